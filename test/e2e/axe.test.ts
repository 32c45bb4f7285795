/**
 * axe-core (WCAG 2.2 AA) over every page of the built site: every URL of the sitemap, the 404
 * page, and the search page with a query and a filter in its URL. One browser, two reused tabs
 * (the machine has two cores), each page loaded from the local static server with its headers.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, formatViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { sitemapPaths } from '../support/site-files.ts';

/** Pages outside the sitemap that people still see. The search page runs its UI on a query and a year filter. */
const EXTRA = ['/404.html', '/tim-kiem/?q=thi%20dua', '/tim-kiem/?q=thi%20dua&nam=2022'];
const TABS = 2;

describe('axe-core over the whole site', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let tabs: Page[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveSite()]);
    // Axe is injected as an inline script, which the site's Content-Security-Policy forbids.
    const context = await browser.newContext({ bypassCSP: true });
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
          // The search page renders its results with JavaScript after load: wait until the network is quiet.
          await tab.goto(server.url + path, { waitUntil: path.startsWith('/tim-kiem/') ? 'networkidle' : 'load' });
          problems.push(...formatViolations(path, await axeViolations(tab)));
        }
      }),
    );
    console.info(`axe: ${paths.length} pages checked`);
    expect(problems, `${problems.length} axe violation(s):\n${problems.join('\n')}`).toEqual([]);
  });
});
