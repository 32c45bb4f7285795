/**
 * What a first search costs between Enter and the first results, counted rather than timed
 * (timings belong in `npm run bench`): the Pagefind searches the page sends, and when results
 * are drawn while their files still load. On a phone profile at 10,000 achievements Enter's
 * search waited 1–1.5 s behind searches of prefixes the reader had typed past, «Phan Văn Lực»
 * was searched twice (during the pause before Enter, then on Enter), and the first results
 * waited for the last of the 20 result files.
 *
 * Pagefind's own pagefind.js is served with its exports wrapped to record every search term
 * (the searches still run in real Pagefind); holding a Playwright route on the wasm or on the
 * result files makes "Pagefind still loading" and "some results still loading" states to look
 * at, not races.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { launchChromium } from '../support/browser.ts';
import { searchSettled } from '../support/search-settled.ts';
import { serveSite } from '../support/server.ts';

/** Appended to pagefind.js in place of its export list: every `search` call is recorded. */
const RECORD_SEARCHES = `
const __searched = (globalThis.__searched = []);
const __search = (term, options) => { __searched.push(term); return search(term, options); };
export { createInstance, debouncedSearch, destroy, filters, init, mergeIndex, options, preload, __search as search };
`;

/** A context whose pages record the terms they send to Pagefind's `search`. */
async function recordingContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route('**/pagefind/pagefind.js', async (route) => {
    const response = await route.fetch();
    const source = await response.text();
    const exports = /export\s*\{[^}]*\};?\s*$/;
    if (!exports.test(source)) throw new Error('pagefind.js does not end with its export list any more');
    await route.fulfill({ response, body: source.replace(exports, RECORD_SEARCHES) });
  });
  return context;
}

/** Requests matching `url` are held (in `routes`, in the order asked) until `release`. */
async function holdRequests(context: BrowserContext, url: string) {
  const routes: Route[] = [];
  let holding = true;
  await context.route(url, (route) => {
    if (holding) routes.push(route);
    else void route.continue();
  });
  return {
    routes,
    release: async () => {
      holding = false;
      for (const route of routes.splice(0)) await route.continue();
    },
  };
}

const searched = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...((globalThis as unknown as { __searched?: string[] }).__searched ?? [])]);

/** Waits until the status line reports results for `query` and every result of the first page is drawn. */
const resultsFor = (page: Page, query: string) =>
  page.waitForFunction((q) => {
    const status = document.querySelector('.search__status')?.textContent ?? '';
    if (!new RegExp(`^\\d+ kết quả cho «${q}»\\.$`).test(status)) return false;
    return document.querySelectorAll('.search__results li').length === Math.min(20, Number.parseInt(status, 10));
  }, query);

const drawnUrls = (page: Page): Promise<string[]> =>
  page.$$eval('.search__results .result__title a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );

describe('first search: nothing between Enter and the first results that nobody will see', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveSite()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Enter after the search run during a pause in typing shows that search, without searching again', async () => {
    const context = await recordingContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}${routes.search}`);
    const box = page.locator('[data-search] input[name="q"]').first();
    await box.fill('thi dua');
    await resultsFor(page, 'thi dua');
    const before = await searched(page);
    expect(before).toContain('thi dua');
    const urls = await drawnUrls(page);

    await box.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('thi dua');
    await resultsFor(page, 'thi dua');
    expect(await drawnUrls(page)).toEqual(urls);
    // Only the facet counts may search again (with filters, after the results).
    expect((await searched(page)).slice(before.length).filter((t) => t !== 'thi dua')).toEqual([]);
    expect((await searched(page)).slice(before.length).length).toBeLessThanOrEqual(1);
    await context.close();
  });

  it('a search superseded while Pagefind loads sends nothing to Pagefind', async () => {
    const context = await recordingContext(browser);
    const held = await holdRequests(context, '**/pagefind/wasm.*');
    const page = await context.newPage();
    await page.goto(`${server.url}${routes.search}`);
    const box = page.locator('[data-search] input[name="q"]').first();
    // A pause after «th»: its search starts and waits for Pagefind's wasm, held here.
    await box.fill('th');
    await page.waitForFunction(() => document.querySelector('.search__status')?.textContent === 'Đang tìm…');
    await expect.poll(() => held.routes.length, { timeout: 15_000 }).toBeGreaterThan(0);
    await box.pressSequentially('i dua');
    await box.press('Enter');

    await held.release();
    await resultsFor(page, 'thi dua');
    const terms = await searched(page);
    // «th» was typed past before Pagefind could search it: it fetched no word chunks, ranked nothing.
    expect(terms).not.toContain('th');
    expect(terms).toContain('thi dua');
    await context.close();
  });

  it('draws the first results while the files of the others are still loading, in the final order', async () => {
    const context = await browser.newContext();
    const held = await holdRequests(context, '**/pagefind/fragment/**');
    const page = await context.newPage();
    await page.goto(`${server.url}${routes.search}`);
    const box = page.locator('[data-search] input[name="q"]').first();
    await box.fill('thi dua');
    await box.press('Enter');
    await expect.poll(() => held.routes.length, { timeout: 15_000 }).toBeGreaterThan(2);
    // Result files are asked for in result order: let them through one at a time until the
    // first result is drawn; the others are still held then.
    while ((await drawnUrls(page)).length === 0) {
      const next = held.routes.shift();
      expect(next, 'every result file let through, and still no result drawn').toBeDefined();
      await next!.continue();
      await page.waitForTimeout(50);
    }
    expect(held.routes.length).toBeGreaterThan(0);
    const early = await drawnUrls(page);

    await held.release();
    await resultsFor(page, 'thi dua');
    const all = await drawnUrls(page);
    expect(all.length).toBeGreaterThan(early.length);
    expect(all.slice(0, early.length)).toEqual(early);
    await context.close();
  });

  it('does not search a last word of one letter during a pause in typing; the next letter, or Enter, does', async () => {
    const context = await recordingContext(browser);
    const page = await context.newPage();
    // The page's timers on a clock of the test's: a "pause" is the clock run on, not a wait.
    await page.clock.install();
    await page.goto(`${server.url}${routes.search}`);
    const box = page.locator('[data-search] input[name="q"]').first();
    // Pagefind loaded and idle (results and facet counts in), so a search would be sent at once.
    await box.fill('thi');
    await box.press('Enter');
    await resultsFor(page, 'thi');
    await searchSettled(page);
    const sent = (from: number) => searched(page).then((terms) => terms.slice(from).map((t) => t.replaceAll('"', '')));
    const before = (await searched(page)).length;

    await box.fill('thi d');
    await page.clock.runFor(1000);
    expect(await sent(before)).toEqual([]);

    await box.fill('thi du');
    await page.clock.runFor(1000);
    await resultsFor(page, 'thi du');
    expect(await sent(before)).toContain('thi du');
    expect(await sent(before)).not.toContain('thi d');

    await box.fill('thi dua v');
    await box.press('Enter');
    await expect.poll(() => sent(before), { timeout: 15_000 }).toContain('thi dua v');
    await context.close();
  });

  it('after a search stopped by a one-letter word, still searches in the pause (never stuck on «Đang tìm…»)', async () => {
    const context = await recordingContext(browser);
    const held = await holdRequests(context, '**/pagefind/wasm.*');
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${server.url}${routes.search}`);
    const box = page.locator('[data-search] input[name="q"]').first();
    // The pause after «thi»: its search starts and waits for Pagefind's wasm, held here.
    await box.fill('thi');
    await page.clock.runFor(1000);
    await page.waitForFunction(() => document.querySelector('.search__status')?.textContent === 'Đang tìm…');
    // «thi d» stops that search before anything is drawn; its pause must search «thi d».
    await box.fill('thi d');
    await page.clock.runFor(1000);
    await held.release();
    await resultsFor(page, 'thi d');
    await context.close();
  });
});
