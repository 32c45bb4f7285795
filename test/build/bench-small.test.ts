/**
 * The benchmark's pipeline at a small size: the seeded generator writes 200 achievements and
 * 20 articles into a project copy, ONE real `astro build` (pages and Pagefind index), then every
 * generated entry must have its page and be found by a search for its name in Chromium, through
 * the real index. Correctness only: timings belong to `npm run bench`.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, type GeneratedArchive } from '../../src/bench/generate.ts';
import { allResultUrls } from '../../src/bench/measure-search.ts';
import { countEntries, measureSite } from '../../src/bench/measure-site.ts';
import { astroBuild } from '../../src/build/run-build.ts';
import { startStaticServer, type StaticServer } from '../../src/local-backend/static-files.ts';
import { routes } from '../../src/lib/routes.ts';
import { DECISION_NUMBER } from '../../src/schema/patterns.ts';
import { PAGE_SIZE } from '../../src/site.ts';
import { launchChromium } from '../support/browser.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

const ACHIEVEMENTS = 200;
const NEWS = 20;

let copy: ProjectCopy;
let archive: GeneratedArchive;
let dist: string;
let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  copy = await copyProject('bench-small');
  archive = await generateArchive({ dir: copy.dir, achievements: ACHIEVEMENTS, news: NEWS });
  dist = join(copy.dir, 'dist');
  const build = await astroBuild({ root: copy.dir, outDir: dist, quiet: true });
  if (build.code !== 0) throw new Error(`astro build of the generated archive failed:\n${build.output.slice(-4000)}`);
  server = await startStaticServer(() => dist);
  browser = await launchChromium();
  // bypassCSP: the test loads Pagefind's own script in a page that does not use it.
  page = await (await browser.newContext({ bypassCSP: true })).newPage();
  await page.goto(`${server.url}/404.html`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await copy?.remove();
});

describe('the benchmark generator', () => {
  it('is deterministic: the same seed writes the same archive', async () => {
    const again = await copyProject('bench-small-again');
    try {
      const second = await generateArchive({ dir: again.dir, achievements: ACHIEVEMENTS, news: NEWS });
      expect(second.achievements).toEqual(archive.achievements);
      expect(second.news).toEqual(archive.news);
      const file = `content/achievements/${archive.achievements[7]!.id}.mdx`;
      expect(await readFile(join(again.dir, file), 'utf8')).toBe(await readFile(join(copy.dir, file), 'utf8'));
    } finally {
      await again.remove();
    }
  });

  it('writes Vietnamese with full diacritics, valid decision numbers, over many years', () => {
    expect(archive.achievements).toHaveLength(ACHIEVEMENTS);
    expect(archive.news).toHaveLength(NEWS);
    const pattern = new RegExp(DECISION_NUMBER, 'u');
    for (const a of archive.achievements) {
      expect(a.decisionNumber, a.id).toMatch(pattern);
      expect(a.recipient, a.id).toBe(a.recipient.normalize('NFC'));
    }
    expect(archive.achievements.some((a) => /[đĐ]/.test(a.recipient))).toBe(true);
    expect(archive.achievements.some((a) => /[ăâêôơư]/.test(a.recipient.toLowerCase()))).toBe(true);
    expect(new Set(archive.achievements.map((a) => a.decisionDate.slice(0, 4))).size).toBeGreaterThanOrEqual(15);
    expect(new Set(archive.achievements.map((a) => a.kind))).toEqual(new Set(['ca-nhan', 'tap-the']));
  });
});

describe('the site built from the generated archive', () => {
  it('has a page for every generated achievement and article', async () => {
    const missing: string[] = [];
    const pages = [
      ...archive.achievements.map((a) => routes.achievement(a.id)),
      ...archive.news.map((n) => routes.article(n.id)),
    ];
    for (const route of pages) {
      await access(join(dist, route, 'index.html')).catch(() => missing.push(route));
    }
    expect(missing).toEqual([]);
    const html = await readFile(join(dist, routes.achievement(archive.achievements[0]!.id), 'index.html'), 'utf8');
    expect(html).toContain(archive.achievements[0]!.recipient);
  });

  it('keeps the paged achievement list within the page size', async () => {
    const site = await measureSite(dist);
    expect(site.pageTypes['achievement list']!.maxEntries).toBeLessThanOrEqual(50);
    expect(site.pageTypes['achievement']!.pages).toBeGreaterThanOrEqual(ACHIEVEMENTS);
    expect(site.pagefind?.files).toBeGreaterThan(0);
  });

  it('pages the people list: each page within the page size, every person on exactly one page', async () => {
    const everyone = (await readdir(join(copy.dir, 'content/people'))).map((f) => f.replace(/\.yml$/, '')).sort();
    // The generator writes at least 40 people: more than a page, so the list must be paged.
    expect(everyone.length).toBeGreaterThan(PAGE_SIZE.people);
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      const html = await readFile(join(dist, routes.peoplePage(n), 'index.html'), 'utf8').catch(() => undefined);
      if (html === undefined) break;
      expect(countEntries(html), routes.peoplePage(n)).toBeLessThanOrEqual(PAGE_SIZE.people);
      const main = html.slice(html.indexOf('<main'), html.lastIndexOf('</main>'));
      const onPage = new Set([...main.matchAll(/href="\/ca-nhan\/(?!trang\/)([^"/]+)\/"/g)].map((m) => m[1]!));
      seen.push(...onPage);
    }
    expect(seen.sort()).toEqual(everyone);
    const site = await measureSite(dist);
    expect(site.pageTypes['people list']!.pages).toBe(Math.ceil(everyone.length / PAGE_SIZE.people));
    expect(site.pageTypes['people list']!.maxEntries).toBeLessThanOrEqual(PAGE_SIZE.people);
  });

  it('finds every generated achievement by its recipient’s name through the real Pagefind index', async () => {
    const byName = new Map<string, string[]>();
    for (const a of archive.achievements)
      byName.set(a.recipient, [...(byName.get(a.recipient) ?? []), routes.achievement(a.id)]);
    const notFound: string[] = [];
    for (const [name, urls] of byName) {
      const found = new Set(await allResultUrls(page, name));
      for (const url of urls) if (!found.has(url)) notFound.push(`${name} → ${url}`);
    }
    expect(notFound).toEqual([]);
  });

  it('finds a name typed without tones and with d for đ', async () => {
    const withD = archive.achievements.find((a) => a.kind === 'ca-nhan' && /[đĐ]/.test(a.recipient))!;
    const unaccented = withD.recipient.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    expect(await allResultUrls(page, unaccented)).toContain(routes.achievement(withD.id));
  });

  it('finds a generated article by its title', async () => {
    const article = archive.news[3]!;
    expect(await allResultUrls(page, article.title)).toContain(routes.article(article.id));
  });
});
