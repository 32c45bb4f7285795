/**
 * Facets without typing on /thanh-tich/, in Chromium over the shared build: every count the
 * filters show equals the count recomputed from the fixture site's achievement files, filters
 * combine, live in the URL (Back works), results sort by decision date, and the static list
 * stays for readers without JavaScript.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FILTER_PARAMS, routes } from '../../src/lib/routes.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { readAchievements, yearOf, type Achievement } from './search-table.ts';

const achievements = await readAchievements();

/** The facet values of an achievement, as the URL writes them. */
function valuesOf(a: Achievement): Record<string, string[]> {
  return {
    [FILTER_PARAMS.year]: [String(yearOf(a))],
    [FILTER_PARAMS.unit]: [a.data.unit],
    [FILTER_PARAMS.kind]: [a.data.kind],
    [FILTER_PARAMS.award]: [a.data.award],
    [FILTER_PARAMS.campaign]: a.data.campaign ? [a.data.campaign] : [],
    [FILTER_PARAMS.content]: a.data.campaign ? (a.data.contents ?? []) : [],
  };
}

function matching(filters: Record<string, string>): Achievement[] {
  return achievements.filter((a) =>
    Object.entries(filters).every(([name, value]) => valuesOf(a)[name]!.includes(value)),
  );
}

/** Count per value of one facet among achievements matching the other filters. */
function expectedCounts(facet: string, filters: Record<string, string>): Record<string, number> {
  const { [facet]: _own, ...others } = filters;
  const counts: Record<string, number> = {};
  for (const a of matching(others)) for (const v of valuesOf(a)[facet]!) counts[v] = (counts[v] ?? 0) + 1;
  return counts;
}

/** Count shown in each option of a facet select ("2023 (10)" → 10), by option value. */
function shownCounts(page: Page, facet: string): Promise<Record<string, number>> {
  return page.$$eval(`select[name="${facet}"] option`, (elements) =>
    Object.fromEntries(
      (elements as HTMLOptionElement[])
        .filter((o) => o.value)
        .map((o) => [o.value, Number(/\((\d+)\)$/.exec(o.textContent ?? '')?.[1] ?? NaN)]),
    ),
  );
}

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('.search__status')?.textContent ?? '';
    const counted = document.querySelector('select[name="nam"] option:nth-child(2)')?.textContent?.includes('(');
    // Counts come in a second step; the facets are aria-busy until they are in.
    if (!counted || status === 'Đang tìm…' || document.querySelector('.search__facets[aria-busy="true"]')) return false;
    return !/^Đang hiển thị/.test(status) || document.querySelector('.search__table tbody tr') !== null;
  });
}

/** The achievements the filtered table lists (the same table as the static list). */
const resultUrls = (page: Page) =>
  page.$$eval('.search__table:not([hidden]) tbody td:first-child a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );

/** The filters are folded into one <details>: a reader opens it before choosing. */
const openFilters = (page: Page) => page.locator('.search__filters > summary').click();

describe('achievement facets', () => {
  const site = siteInBrowser();

  it('shows, with no filter, counts equal to the content and the static list underneath', async () => {
    const { server, page } = site;
    await page.goto(server.url + routes.achievements);
    await settled(page);
    for (const facet of Object.values(FILTER_PARAMS)) {
      const expected = expectedCounts(facet, {});
      const shown = await shownCounts(page, facet);
      const nonZero = Object.fromEntries(Object.entries(shown).filter(([, n]) => n > 0));
      expect(nonZero, facet).toEqual(expected);
    }
    expect(await page.locator('[data-search-static] table').isVisible()).toBe(true);
    expect(await resultUrls(page)).toEqual([]);
  });

  it('combines filters; each facet counts as if its own choice were open; the URL follows', async () => {
    const { server, page } = site;
    await page.goto(server.url + routes.achievements);
    await settled(page);
    expect(await page.locator('.search__filters > summary').textContent()).toBe('Lọc thành tích');
    await openFilters(page);
    await page.selectOption('#tk-nam', '2023');
    await expect.poll(() => page.url()).toContain('nam=2023');
    await settled(page);
    await page.selectOption('#tk-loai', 'ca-nhan');
    await expect.poll(() => new URL(page.url()).search).toBe('?nam=2023&loai=ca-nhan');
    await settled(page);
    const filters = { nam: '2023', loai: 'ca-nhan' };
    const expected = matching(filters).map((a) => routes.achievement(a.id));
    expect((await resultUrls(page)).sort()).toEqual(expected.slice(0, 20).sort());
    expect(await page.locator('.search__status').textContent()).toBe(
      `Đang hiển thị ${expected.length} / ${achievements.length} thành tích.`,
    );
    expect(await page.locator('.search__filters > summary').textContent()).toBe('Lọc thành tích · 2 đang áp dụng');
    for (const facet of Object.values(FILTER_PARAMS)) {
      const shown = Object.fromEntries(Object.entries(await shownCounts(page, facet)).filter(([, n]) => n > 0));
      expect(shown, facet).toEqual(expectedCounts(facet, filters));
    }
    expect(await page.locator('[data-search-static]').isVisible()).toBe(false);

    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?nam=2023');
    await settled(page);
    expect(await page.inputValue('#tk-loai')).toBe('');
    expect((await resultUrls(page)).length).toBe(Math.min(20, matching({ nam: '2023' }).length));
  });

  it('opens the links of the statistics page (campaign and content) with the right results, newest decision first', async () => {
    const { server, page } = site;
    const filters = { [FILTER_PARAMS.campaign]: '1579-kh-skhdt', [FILTER_PARAMS.content]: 'chuyen-doi-so' };
    await page.goto(`${server.url}${routes.achievements}?${new URLSearchParams(filters)}`);
    await settled(page);
    const urls = await resultUrls(page);
    const expected = matching(filters);
    expect(expected.length).toBeGreaterThan(1);
    expect(urls.sort()).toEqual(expected.map((a) => routes.achievement(a.id)).sort());

    const dateOf = new Map(
      achievements.map((a) => [routes.achievement(a.id), new Date(a.data.decisionDate).getTime()]),
    );
    await page.goto(`${server.url}${routes.achievements}?${FILTER_PARAMS.kind}=tap-the`);
    await settled(page);
    const dates = (await resultUrls(page)).map((u) => dateOf.get(u)!);
    expect(dates.length).toBeGreaterThan(1);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('loads the search script and index only where search is used', async () => {
    const { browser, server } = site;
    const context = await browser.newContext();
    const loaded: string[] = [];
    context.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    const reader = await context.newPage();
    for (const path of [
      routes.home,
      routes.achievement(achievements[0]!.id),
      routes.campaign('1579-kh-skhdt'),
      routes.news,
    ]) {
      await reader.goto(server.url + path);
      await reader.waitForLoadState('load');
    }
    expect(loaded.filter((p) => p.startsWith('/pagefind/') || p.includes('SearchPanel'))).toEqual([]);
    await reader.goto(server.url + routes.search + '?q=dong+thap');
    await reader.waitForSelector('.search__results li');
    expect(loaded.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    await context.close();
  });
});
