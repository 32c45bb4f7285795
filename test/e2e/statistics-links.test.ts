/**
 * A number on the statistics page opens the list it counts: in Chromium over the shared build,
 * the first number of every chart is followed and the filtered list announces that many results.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { launchChromium } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';

describe('statistics links', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveSite()]);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the first number of each chart opens a list with that many results', async () => {
    await page.goto(server.url + routes.statistics);
    const links = await page.$$eval('section.bar-chart', (sections) =>
      sections.flatMap((s) => {
        const a = s.querySelector<HTMLAnchorElement>('tbody td a');
        return a ? [{ chart: s.getAttribute('aria-labelledby'), href: a.getAttribute('href')!, count: Number(a.firstChild?.textContent) }] : [];
      }),
    );
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const link of links) {
      await page.goto(server.url + link.href);
      await page.waitForFunction(() => /^\d+ kết quả/.test(document.querySelector('.search__status')?.textContent?.trim() ?? ''));
      const status = (await page.locator('.search__status').textContent())!.trim();
      expect(status, `${link.chart}: ${link.href}`).toBe(`${link.count} kết quả.`);
    }
  });
});
