/** The budgets of issue 7, checked against a benchmark's measurements (never as a timed test). */
import type { SearchRun } from './measure-search.ts';
import type { SiteMeasure } from './measure-site.ts';

export const BUDGETS = {
  /** 10,000 achievements + 1,000 news built and indexed, cold. */
  buildSeconds: 45,
  peakBytes: 1.5 * 1024 ** 3,
  firstSearchBytes: 150 * 1024,
  firstSearchMs: 300,
  /** gzip HTML + CSS of any page. */
  pageGzipBytes: 15 * 1024,
  /** JavaScript on any page but the search page. */
  jsBytesOutsideSearch: 0,
  entriesPerPage: 50,
} as const;

export interface BudgetResult { name: string; limit: string; measured: string; met: boolean; note?: string }

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function checkBudgets(input: { buildSeconds: number; peakBytes: number; site: SiteMeasure; search: SearchRun[]; searchApi?: SearchRun[]; scaleNote?: string }): BudgetResult[] {
  const { site, search } = input;
  const results: BudgetResult[] = [
    { name: 'build + index, cold', limit: `≤ ${BUDGETS.buildSeconds} s`, measured: `${input.buildSeconds.toFixed(1)} s`, met: input.buildSeconds <= BUDGETS.buildSeconds, note: input.scaleNote },
    { name: 'peak memory (process tree)', limit: '≤ 1.5 GiB', measured: `${(input.peakBytes / 1024 ** 3).toFixed(2)} GiB`, met: input.peakBytes <= BUDGETS.peakBytes, note: input.scaleNote },
  ];
  for (const runs of [search, input.searchApi ?? []].filter((r) => r.length > 0)) {
    const worstBytes = runs.reduce((a, s) => (s.first.pagefindBytes > a.first.pagefindBytes ? s : a));
    const worstMs = runs.reduce((a, s) => (s.first.ms > a.first.ms ? s : a));
    const how = runs[0]!.mode === 'search page' ? 'through /tim-kiem/' : 'Pagefind alone';
    results.push(
      { name: `first search, search files (${how})`, limit: '≤ 150 KB', measured: `${kb(worstBytes.first.pagefindBytes)} («${worstBytes.query}»)`, met: worstBytes.first.pagefindBytes <= BUDGETS.firstSearchBytes },
      { name: `first search, time (${how})`, limit: '≤ 300 ms', measured: `${Math.round(worstMs.first.ms)} ms («${worstMs.query}»)`, met: worstMs.first.ms <= BUDGETS.firstSearchMs },
    );
  }
  if (search.length === 0) {
    results.push({ name: 'first search', limit: '≤ 150 KB, ≤ 300 ms', measured: 'no search index', met: false });
  }
  const content = Object.entries(site.pageTypes).filter(([t]) => t !== 'admin');
  const heaviest = content.map(([t, s]) => ({ t, s, total: s.largest.html.gzip + s.largest.css.gzip })).sort((a, b) => b.total - a.total)[0];
  if (heaviest) {
    results.push({ name: 'largest page, gzip HTML + CSS', limit: '≤ 15 KB', measured: `${kb(heaviest.total)} (${heaviest.s.largest.route})`, met: heaviest.total <= BUDGETS.pageGzipBytes });
  }
  const js = site.pagesWithJs.filter((p) => p.type !== 'search' && p.type !== 'admin');
  results.push({
    name: 'JS outside search',
    limit: '0 KB',
    measured: js.length === 0 ? '0 KB' : js.map((p) => `${p.type} ×${p.count}: ${p.scripts.join(', ')}`).join('; '),
    met: js.length === 0,
  });
  const longest = content.map(([t, s]) => ({ t, n: s.maxEntries })).sort((a, b) => b.n - a.n)[0];
  if (longest) {
    const over = content.filter(([, s]) => s.maxEntries > BUDGETS.entriesPerPage).map(([t, s]) => `${t} ${s.maxEntries}`);
    results.push({ name: 'entries per page', limit: '≤ 50', measured: over.length ? over.join(', ') : `${longest.n} (${longest.t})`, met: over.length === 0 });
  }
  return results;
}
