/**
 * Every page of the built site in Chromium, each loaded ONCE from the local static server that
 * applies the generated `_headers`, and checked twice on that load:
 * - Content-Security-Policy: no violation reported, and the policy served is the strict one of
 *   src/lib/security-headers.ts (csp.test.ts holds the static checks and the Pagefind search);
 * - axe-core, WCAG 2.2 AA (evaluated through the DevTools protocol, so under the real policy).
 * The pages: every .html file, every URL of the sitemap, and the search UI with results on
 * screen. One walk instead of two saves a load of every page (issue 17.5).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyText, PUBLIC_POLICY } from '../../src/lib/security-headers.ts';
import { FILTER_PARAMS, routes } from '../../src/lib/routes.ts';
import { addAxe, axeViolations, formatViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { recordCspViolations } from '../support/csp-recorder.ts';
import { searchSettled } from '../support/search-settled.ts';
import { serveSite } from '../support/server.ts';
import { htmlFiles, routeOf, sitemapPaths } from '../support/site-files.ts';

/**
 * Pages outside the sitemap that people still see: the 404 page, and the search UI with results
 * on screen — a query, a query with a year filter, and the achievement facets with filters.
 */
const EXTRA = [
  '/404.html',
  `${routes.search}?q=thi%20dua`,
  `${routes.search}?q=thi%20dua&${FILTER_PARAMS.year}=2023`,
  `${routes.achievements}?${FILTER_PARAMS.year}=2023&${FILTER_PARAMS.kind}=ca-nhan`,
];
/** Tabs walking the pages at once (the machine has two cores). */
const TABS = 3;

describe('every page in Chromium under its served policy', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let paths: string[];
  let publicRoutes: string[];
  const axeProblems: string[] = [];
  const cspProblems: string[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveSite()]);
    const sitemap = await sitemapPaths();
    publicRoutes = (await htmlFiles()).filter((file) => !file.startsWith('admin/')).map(routeOf);
    paths = [...new Set([...sitemap, ...publicRoutes, ...EXTRA])];
    const queue = [...paths];
    await Promise.all(
      Array.from({ length: TABS }, async () => {
        const page = await browser.newPage();
        const csp = await recordCspViolations(page);
        await addAxe(page);
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          csp.reset();
          const response = await page.goto(server.url + path, { waitUntil: 'load' });
          // The search UI renders its results after load: check them once its status line has spoken.
          if (path.includes('?')) await searchSettled(page);
          const served = response?.headers()['content-security-policy'];
          if (served !== policyText(PUBLIC_POLICY)) cspProblems.push(`${path}: served policy ${served ?? '(none)'}`);
          // Collected before axe runs, so nothing axe does is counted against the page.
          await csp.collect();
          cspProblems.push(...csp.violations.map((v) => `${path}: ${v}`));
          axeProblems.push(...formatViolations(path, await axeViolations(page)));
        }
        await page.close();
      }),
    );
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('walks every sitemap page, every public .html file and the search UI with results', () => {
    expect(paths.length).toBeGreaterThan(EXTRA.length + 10);
    expect(publicRoutes.length).toBeGreaterThan(20);
    console.info(`whole site: ${paths.length} pages checked`);
  });

  it('axe-core finds 0 violations (WCAG 2.2 AA) on every page, the 404 page and the search page', () => {
    expect(axeProblems, `${axeProblems.length} axe violation(s):\n${axeProblems.join('\n')}`).toEqual([]);
  });

  it('no page reports a Content-Security-Policy violation, and each is served the policy of its path', () => {
    expect(cspProblems).toEqual([]);
  });
});
