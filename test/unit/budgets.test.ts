/**
 * The page-level budgets of `npm run bench` (src/bench/budgets.ts): a budget that always fails
 * tells nothing, so what is deliberate (an award record's copy and print script, a record shown
 * whole) passes, and anything else still fails.
 */
import { describe, expect, it } from 'vitest';
import { checkBudgets, type BuildRatios } from '../../src/bench/budgets.ts';
import { pageTypeOf, type PageTypeStats, type SiteMeasure } from '../../src/bench/measure-site.ts';

const weight = { raw: 1000, gzip: 400 };
const stats = (route: string, maxEntries: number): PageTypeStats => ({
  pages: 1,
  largest: { route, html: weight, css: weight, js: weight, entries: maxEntries },
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
});
