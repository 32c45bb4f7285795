/**
 * axe-core (WCAG 2.2 AA) over every page of the built site: every URL of the sitemap, the 404
 * page, and the search page with a query and a filter in its URL. One browser, two reused tabs
 * (the machine has two cores), each page loaded from the local static server with its headers.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAxe, axeViolations, formatViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { searchSettled } from '../support/search-settled.ts';
import { serveSite } from '../support/server.ts';
import { FILTER_PARAMS, routes } from '../../src/lib/routes.ts';
import { sitemapPaths } from '../support/site-files.ts';

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
const TABS = 2;

describe('axe-core over the whole site', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let tabs: Page[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveSite()]);
    // Axe is injected as an inline script, which the site's Content-Security-Policy forbids.
    const context = await browser.newContext({ bypassCSP: true });
    await addAxe(context);
    tabs = await Promise.all(Array.from({ length: TABS }, () => context.newPage()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds 0 violations on every sitemap page, the 404 page and the search page', async () => {
    const paths = [...(await sitemapPaths()), ...EXTRA];
    expect(paths.length).toBeGreaterThan(EXTRA.length + 10);
    const problems: string[] = [];
    const queue = [...paths];
    await Promise.all(
      tabs.map(async (tab) => {
        for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
          await tab.goto(server.url + path);
          // The search UI renders its results after load: check them once its status line has spoken.
          if (path.includes('?')) await searchSettled(tab);
          problems.push(...formatViolations(path, await axeViolations(tab)));
        }
      }),
    );
    console.info(`axe: ${paths.length} pages checked`);
    expect(problems, `${problems.length} axe violation(s):\n${problems.join('\n')}`).toEqual([]);
  });
});
