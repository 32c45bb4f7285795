/**
 * The search page shows its results before the facet counts: counting needs every Pagefind
 * filter chunk, a search without filters none. Holding the filter chunks (a Playwright route)
 * makes "results shown, counts pending" a state to look at, not a race: the results and their
 * count are announced, the facets are aria-busy and show no counts; once the chunks are let
 * through, the counts fill in and nothing else changes (status text, results, their position).
 * The same hold shows that a search typed on after a pause does not wait for the counts of the
 * search run during the pause, and that this run does not rewrite the box being typed in.
 */
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { launchChromium } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';

interface Seen {
  status: string;
  urls: string[];
  /** Top of the first result, in page coordinates. */
  firstTop: number;
  busy: string | null;
  /** Facet options (not "Tất cả", not the sort order) whose label ends with a count. */
  counted: number;
  options: number;
}

const see = (page: Page): Promise<Seen> =>
  page.evaluate(() => {
    const options = [...document.querySelectorAll<HTMLOptionElement>('select[data-facet] option')].filter(
      (o) => o.value,
    );
    const first = document.querySelector('.search__results li');
    return {
      status: document.querySelector('.search__status')?.textContent ?? '',
      urls: [...document.querySelectorAll<HTMLAnchorElement>('.search__results .result__title a')].map(
        (a) => new URL(a.href).pathname,
      ),
      firstTop: first ? first.getBoundingClientRect().top + window.scrollY : NaN,
      busy: document.querySelector('.search__facets')?.getAttribute('aria-busy') ?? null,
      counted: options.filter((o) => /\(\d+\)$/.test(o.textContent ?? '')).length,
      options: options.length,
    };
  });

describe('search results before facet counts', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let context: BrowserContext;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveSite()]);
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows and announces the results while the filter chunks are held, then adds the counts without moving them', async () => {
    const held: Route[] = [];
    let holding = true;
    await context.route('**/pagefind/filter/**', (route) => {
      if (holding) held.push(route);
      else void route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${server.url}${routes.search}?q=${encodeURIComponent('thi dua')}`);
    await page.waitForFunction(
      () =>
        /^\d+ kết quả/.test(document.querySelector('.search__status')?.textContent ?? '') &&
        document.querySelector('.search__results li') !== null,
    );
    // The counts step has asked for the filter chunks and is waiting for them.
    await expect.poll(() => held.length).toBeGreaterThan(0);

    const before = await see(page);
    expect(before.status).toMatch(/^\d+ kết quả cho «thi dua»\.$/);
    expect(before.urls.length).toBeGreaterThan(0);
    expect(before.busy).toBe('true');
    expect(before.counted).toBe(0);
    expect(before.options).toBeGreaterThan(0);

    holding = false;
    for (const route of held.splice(0)) await route.continue();
    await page.waitForFunction(() => !document.querySelector('.search__facets[aria-busy]'));

    const after = await see(page);
    expect(after.counted).toBe(after.options);
    expect(after.status).toBe(before.status);
    expect(after.urls).toEqual(before.urls);
    expect(after.firstTop).toBe(before.firstTop);
    await page.close();
  });

  /** Waits until the status line reports results for `query`. */
  const resultsFor = (page: Page, query: string) =>
    page.waitForFunction(
      (q) =>
        new RegExp(`^\\d+ kết quả cho «${q}»\\.$`).test(document.querySelector('.search__status')?.textContent ?? '') &&
        document.querySelector('.search__results li') !== null,
      query,
    );

  it('shows the results of a query typed on after a pause while the counts of the pause are still loading', async () => {
    // The search run during a pause in typing draws its results, then its counts ask for the
    // filter chunks, held here. Enter's search must not wait for them: at 10,000 achievements
    // that wait made Enter's results 1–3 s late.
    const held: Route[] = [];
    const ctx = await browser.newContext();
    await ctx.route('**/pagefind/filter/**', (route) => void held.push(route));
    const page = await ctx.newPage();
    await page.goto(`${server.url}${routes.search}`);
    const box = page.locator('[data-search] input[name="q"]').first();
    await box.fill('thi');
    await resultsFor(page, 'thi');
    await expect.poll(() => held.length).toBeGreaterThan(0);

    await box.pressSequentially(' dua');
    await box.press('Enter');
    await resultsFor(page, 'thi dua');
    expect((await see(page)).busy).toBe('true');

    for (const route of held.splice(0)) await route.continue();
    await page.waitForFunction(() => !document.querySelector('.search__facets[aria-busy]'));
    const after = await see(page);
    expect(after.counted).toBe(after.options);
    await ctx.close();
  });

  it('keeps the space typed before a pause (the search run during the pause does not rewrite the box)', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}${routes.search}`);
    const box = page.locator('[data-search] input[name="q"]').first();
    await box.fill('thi ');
    await resultsFor(page, 'thi');
    await box.pressSequentially('dua');
    expect(await box.inputValue()).toBe('thi dua');
    await box.press('Enter');
    await resultsFor(page, 'thi dua');
    await page.close();
  });
});
