/**
 * A number on the statistics page opens the list it counts: in Chromium over the shared build,
 * the first number of every chart is followed and the filtered list announces that many results.
 */
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

describe('statistics links', () => {
  const site = siteInBrowser();

  it('the first number of each chart opens a list with that many results', async () => {
    const { server, page } = site;
    await page.goto(server.url + routes.statistics);
    const links = await page.$$eval('section.bar-chart', (sections) =>
      sections.flatMap((s) => {
        const a = s.querySelector<HTMLAnchorElement>('tbody td a');
        return a
          ? [
              {
                chart: s.getAttribute('aria-labelledby'),
                href: a.getAttribute('href')!,
                count: Number(a.firstChild?.textContent),
              },
            ]
          : [];
      }),
    );
    expect(links.length).toBeGreaterThanOrEqual(6);
    for (const link of links) {
      await page.goto(server.url + link.href);
      await page.waitForFunction(() =>
        /^Đang hiển thị \d+/.test(document.querySelector('.search__status')?.textContent?.trim() ?? ''),
      );
      const status = (await page.locator('.search__status').textContent())!.trim();
      // «Đang hiển thị 12 / 63 thành tích.», or past the first batch «… 20 / 26 thành tích khớp bộ lọc …».
      const matches = /^Đang hiển thị (?:(\d+) \/ \d+ thành tích\.|\d+ \/ (\d+) thành tích khớp bộ lọc)/.exec(status);
      expect(Number(matches?.[1] ?? matches?.[2]), `${link.chart}: ${link.href}: ${status}`).toBe(link.count);
    }
  });
});
