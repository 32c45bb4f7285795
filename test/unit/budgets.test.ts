/**
 * The page-level budgets of `npm run bench` (src/bench/budgets.ts): a budget that always fails
 * tells nothing, so what is deliberate (an award record's copy and print script, a record shown
 * whole) passes, and anything else still fails.
 */
import { describe, expect, it } from 'vitest';
import { checkBudgets, type BuildRatios } from '../../src/bench/budgets.ts';
import { countEntries, pageTypeOf, type PageTypeStats, type SiteMeasure } from '../../src/bench/measure-site.ts';

const weight = { raw: 1000, gzip: 400 };
const stats = (route: string, maxEntries: number, gzip = weight.gzip): PageTypeStats => ({
  pages: 1,
  largest: { route, html: { raw: gzip * 3, gzip }, css: weight, js: weight, entries: maxEntries },
  medianHtml: weight,
  maxEntries,
});
const ratios: BuildRatios = { timePerPage: 1, cpuPerPage: 1, peakMemory: 1, warm: [] };

function site(pageTypes: Record<string, PageTypeStats>, pagesWithJs: SiteMeasure['pagesWithJs']): SiteMeasure {
  return { files: 1, bytes: 1, htmlPages: 1, pageTypes, pagefind: null, pagesWithJs, otherLargeFiles: [] };
}

const budget = (site: SiteMeasure, name: string) => checkBudgets({ ratios, site }).find((b) => b.name === name)!;

describe('page types', () => {
  it('tells a unit’s award record from the unit’s page', () => {
    expect(pageTypeOf('/don-vi/van-phong-so/qua-trinh-khen-thuong/')).toBe('unit record');
    expect(pageTypeOf('/don-vi/van-phong-so/')).toBe('unit');
    expect(pageTypeOf('/don-vi/van-phong-so/trang/2/')).toBe('unit');
    expect(pageTypeOf('/ca-nhan/nguyen-van-an/')).toBe('person record');
  });

  it('keeps every page of the paged people list a people list', () => {
    expect(pageTypeOf('/ca-nhan/')).toBe('people list');
    expect(pageTypeOf('/ca-nhan/trang/34/')).toBe('people list');
  });
});

describe('entries a page lists', () => {
  const page = (main: string) =>
    `<html><body><header><a href="/ca-nhan/">Cá nhân</a><a href="/don-vi/">Đơn vị</a></header><main>${main}</main>` +
    `<footer><a href="/ca-nhan/le-van-c/">x</a></footer></body></html>`;
  const people = (n: number) => Array.from({ length: n }, (_, i) => `<a href="/ca-nhan/nguoi-${i}/">Người ${i}</a>`);

  it('counts links to people and to units as entries, like achievements', () => {
    expect(countEntries(page(people(60).join('')))).toBe(60);
    const units = Array.from({ length: 7 }, (_, i) => `<a href="/don-vi/don-vi-${i}/">Đơn vị ${i}</a>`);
    expect(countEntries(page(units.join('')))).toBe(7);
  });

  it('counts the most linked kind, each entry once, inside <main> only', () => {
    const achievements = Array.from({ length: 5 }, (_, i) => `<a href="/thanh-tich/thanh-tich-${i}/">x</a>`);
    // A person linked twice (name and count) is one entry; the footer's link is not an entry.
    const twice = [...people(3), ...people(3)];
    expect(countEntries(page([...achievements, ...twice].join('')))).toBe(5);
    expect(countEntries(page(twice.join('')))).toBe(3);
  });

  it('does not count the list’s own pages, a unit’s record or a person’s files as entries', () => {
    const links = [
      '<a href="/ca-nhan/trang/2/">Trang sau</a>',
      '<a href="/don-vi/van-phong-so/trang/2/">Trang sau</a>',
      '<a href="/don-vi/van-phong-so/qua-trinh-khen-thuong/">Quá trình</a>',
      '<a href="/ca-nhan/nguyen-van-an/qua-trinh-khen-thuong.csv">CSV</a>',
    ];
    expect(countEntries(page(links.join('')))).toBe(0);
  });
});

describe('JavaScript outside search', () => {
  it('passes the records’ copy and print script, the list facets and the campaign status', () => {
    const result = budget(
      site({}, [
        { type: 'person record', count: 900, scripts: ['/_astro/RecordTables.abc123.js'] },
        { type: 'unit record', count: 40, scripts: ['/_astro/RecordTables.abc123.js'] },
        { type: 'achievement list', count: 200, scripts: ['/_astro/SearchPanel.def456.js'] },
        { type: 'campaign', count: 3, scripts: ['/js/campaign-status.js'] },
      ]),
      'JS outside search, beyond the intended',
    );
    expect(result.met).toBe(true);
  });

  it('fails any other script, naming the page type and the file', () => {
    const result = budget(
      site({}, [{ type: 'article', count: 12, scripts: ['/_astro/Gallery.0a1b2c.js'] }]),
      'JS outside search, beyond the intended',
    );
    expect(result.met).toBe(false);
    expect(result.measured).toBe('article ×12: /_astro/Gallery.0a1b2c.js');
  });
});

describe('entries per page', () => {
  it('counts a whole award record as one page, and still fails a list that grows', () => {
    const whole = budget(
      site(
        {
          'unit record': stats('/don-vi/van-phong-so/qua-trinh-khen-thuong/', 74),
          decision: stats('/quyet-dinh/45-qd-skhdt-2025/', 59),
          'achievement list': stats('/thanh-tich/', 50),
        },
        [],
      ),
      'entries per page of a list',
    );
    expect(whole.met).toBe(true);
    expect(whole.measured).toContain('unit record 74, one page');

    const grown = budget(
      site({ 'achievement list': stats('/thanh-tich/', 51), unit: stats('/don-vi/van-phong-so/', 12) }, []),
      'entries per page of a list',
    );
    expect(grown.met).toBe(false);
    expect(grown.measured).toBe('achievement list 51');
  });

  it('weighs a whole award record by its length, and still fails a heavy list page or a bloated record', () => {
    const KB = 1024;
    const record = stats('/don-vi/van-phong-so/qua-trinh-khen-thuong/', 568, 15 * KB);
    const list = stats('/thanh-tich/', 50, 9 * KB);
    const passed = budget(
      site({ 'unit record': record, 'achievement list': list }, []),
      'largest page, gzip HTML + CSS',
    );
    expect(passed.met).toBe(true);
    expect(passed.measured).toContain('/thanh-tich/');
    const whole = (gzip: number) =>
      budget(
        site({ 'unit record': stats('/don-vi/van-phong-so/qua-trinh-khen-thuong/', 568, gzip) }, []),
        'largest whole page (a decision, an award record), gzip HTML + CSS',
      );
    // 15 KB + 16 B × (568 − 50) = 23.1 KB.
    expect(whole(15 * KB).met).toBe(true);
    expect(whole(24 * KB).met).toBe(false);
    const heavyList = budget(
      site({ 'achievement list': stats('/thanh-tich/', 50, 16 * KB) }, []),
      'largest page, gzip HTML + CSS',
    );
    expect(heavyList.met).toBe(false);
  });

  it('fails a people list of everyone on one page', () => {
    const result = budget(
      site({ 'people list': stats('/ca-nhan/', 1680), 'person record': stats('/ca-nhan/nguyen-van-an/', 12) }, []),
      'entries per page of a list',
    );
    expect(result.met).toBe(false);
    expect(result.measured).toBe('people list 1680; person record 12, one page');
  });
});
