/**
 * The budgets, checked against a benchmark's measurements (never as a timed test). Build figures
 * are ratios to the floor built in the same run (src/bench/floor.ts): absolute seconds drift with
 * the machine and its load, ratios measured side by side much less.
 */
import type { PhoneSearch } from './measure-search.ts';
import type { SiteMeasure } from './measure-site.ts';

export const BUDGETS = {
  /** Cold build + index at 10,000 achievements + 1,000 news, per page, ÷ the floor's. */
  timePerPageOfFloor: 1.15,
  /** Peak memory of the build's process tree ÷ the larger of the floor's Astro and Pagefind peaks. */
  peakMemoryOfFloor: 1.1,
  /** A warm rebuild (one new or edited entry) ÷ the cold build. */
  warmOfCold: 0.5,
  /** First search on the phone profile, Enter to first results, through /tim-kiem/. */
  phoneFirstSearchMs: 1500,
  /** /tim-kiem/ ÷ Pagefind alone, bytes and time of a first search on the phone profile. */
  searchPageOfPagefind: 1.1,
  /** Search files a second visit's first search transfers (the rest is in the HTTP cache). */
  secondVisitBytes: 30 * 1024,
  /** gzip HTML + CSS of any page but a whole one (WHOLE_PAGES). */
  pageGzipBytes: 15 * 1024,
  /** What a whole page may weigh beyond pageGzipBytes for each entry it lists beyond entriesPerPage. */
  wholePageGzipBytesPerExtraEntry: 16,
  entriesPerPage: 50,
} as const;

/**
 * JavaScript that pages outside the search page load on purpose: the achievement list is the
 * search UI without a query (its facets); wherever a campaign's status shows, its time is
 * counted live (/js/campaign-status.js); and an award record (a person's page, a unit's «Quá
 * trình khen thưởng») has its copy-for-Word and print buttons (src/components/RecordTables.astro),
 * which an officer uses to put the record into an award report. Any other script fails the budget.
 */
const BUNDLED_SCRIPT_PAGES = new Set(['achievement list', 'person record', 'unit record']);

export function isIntendedScript(pageType: string, src: string): boolean {
  return (
    /^\/js\/campaign-status\.js$/.test(src) || (BUNDLED_SCRIPT_PAGES.has(pageType) && /^\/_astro\/.+\.js$/.test(src))
  );
}

/**
 * Pages that show the whole of one thing and do not grow with the archive's size but with that
 * thing's own: a decision lists its own recipients (one decision, one page; 59 at most in the
 * generated archive), and an award record lists every honour of one person or unit (an award
 * report needs the whole record, to copy or print it in one piece).
 */
export const WHOLE_PAGES = new Set(['decision', 'person record', 'unit record']);

export interface BudgetResult {
  name: string;
  limit: string;
  measured: string;
  met: boolean;
  note?: string;
}

export interface BuildRatios {
  timePerPage: number;
  cpuPerPage: number;
  peakMemory: number;
  warm: { change: string; seconds: number; ofCold: number }[];
}

/** What no cache can hold for a query not searched before: its word chunks and result fragments. */
const newBytes = (s: { byKind: Record<string, { bytes: number }> }) =>
  (s.byKind['word index chunks']?.bytes ?? 0) + (s.byKind['result fragments']?.bytes ?? 0);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const x = (r: number) => `${r.toFixed(2)}×`;

export function checkBudgets(input: {
  ratios: BuildRatios;
  site: SiteMeasure;
  phone?: PhoneSearch[];
  scaleNote?: string;
}): BudgetResult[] {
  const { site, ratios, scaleNote: note } = input;
  const results: BudgetResult[] = [
    {
      name: 'build + index, cold, per page',
      limit: `≤ ${x(BUDGETS.timePerPageOfFloor)} the floor`,
      measured: x(ratios.timePerPage),
      met: ratios.timePerPage <= BUDGETS.timePerPageOfFloor,
      note,
    },
    {
      name: 'peak memory (process tree)',
      limit: `≤ ${x(BUDGETS.peakMemoryOfFloor)} the floor’s larger step`,
      measured: x(ratios.peakMemory),
      met: ratios.peakMemory <= BUDGETS.peakMemoryOfFloor,
      note,
    },
    ...ratios.warm.map((w) => ({
      name: `warm rebuild after ${w.change}`,
      limit: `≤ ${x(BUDGETS.warmOfCold)} the cold build`,
      measured: `${x(w.ofCold)} (${w.seconds.toFixed(1)} s)`,
      met: w.ofCold <= BUDGETS.warmOfCold,
      note,
    })),
  ];
  for (const p of input.phone ?? []) {
    results.push(
      {
        name: `first search on a phone, «${p.query}»`,
        limit: `≤ ${BUDGETS.phoneFirstSearchMs} ms`,
        measured: `${Math.round(p.page.ms)} ms`,
        met: p.page.ms <= BUDGETS.phoneFirstSearchMs,
        note,
      },
      {
        name: `  /tim-kiem/ ÷ Pagefind alone, time`,
        limit: `≤ ${x(BUDGETS.searchPageOfPagefind)}`,
        measured: `${x(p.page.ms / p.pagefind.ms)} (${Math.round(p.page.ms)} / ${Math.round(p.pagefind.ms)} ms)`,
        met: p.page.ms <= p.pagefind.ms * BUDGETS.searchPageOfPagefind,
      },
      {
        name: `  /tim-kiem/ ÷ Pagefind alone, bytes`,
        limit: `≤ ${x(BUDGETS.searchPageOfPagefind)}`,
        measured: `${x(p.page.bytes / p.pagefind.bytes)} (${kb(p.page.bytes)} / ${kb(p.pagefind.bytes)})`,
        met: p.page.bytes <= p.pagefind.bytes * BUDGETS.searchPageOfPagefind,
      },
      {
        name: `  second visit, same query`,
        limit: `≤ ${kb(BUDGETS.secondVisitBytes)}`,
        measured: `${kb(p.secondVisit.bytes)} (another query, «${p.secondVisitOther.query}»: ${kb(p.secondVisitOther.bytes)}, of which new word chunks and results ${kb(newBytes(p.secondVisitOther))})`,
        met: p.secondVisit.bytes <= BUDGETS.secondVisitBytes,
      },
    );
  }
  const content = Object.entries(site.pageTypes).filter(([t]) => t !== 'admin');
  const byWeight = content
    .map(([t, s]) => ({ t, s, total: s.largest.html.gzip + s.largest.css.gzip }))
    .sort((a, b) => b.total - a.total);
  const heaviest = byWeight.find((p) => !WHOLE_PAGES.has(p.t));
  if (heaviest) {
    results.push({
      name: 'largest page, gzip HTML + CSS',
      limit: `≤ ${kb(BUDGETS.pageGzipBytes)}`,
      measured: `${kb(heaviest.total)} (${heaviest.s.largest.route})`,
      met: heaviest.total <= BUDGETS.pageGzipBytes,
    });
  }
  // A whole page grows with its one thing's record, not with the archive: its limit grows by a
  // row's worth for each entry beyond a list page's length, so a bloated row still fails it.
  const wholeLimit = (entries: number) =>
    BUDGETS.pageGzipBytes + BUDGETS.wholePageGzipBytesPerExtraEntry * Math.max(0, entries - BUDGETS.entriesPerPage);
  const heaviestWhole = byWeight
    .filter((p) => WHOLE_PAGES.has(p.t))
    .sort((a, b) => b.total / wholeLimit(b.s.largest.entries) - a.total / wholeLimit(a.s.largest.entries))[0];
  if (heaviestWhole) {
    const { entries, route } = heaviestWhole.s.largest;
    results.push({
      name: 'largest whole page (a decision, an award record), gzip HTML + CSS',
      limit: `≤ ${kb(BUDGETS.pageGzipBytes)} + ${BUDGETS.wholePageGzipBytesPerExtraEntry} B per entry beyond ${BUDGETS.entriesPerPage}`,
      measured: `${kb(heaviestWhole.total)} for ${entries} entries, limit ${kb(wholeLimit(entries))} (${route})`,
      met: heaviestWhole.total <= wholeLimit(entries),
    });
  }
  const js = site.pagesWithJs.filter((p) => p.type !== 'search' && p.type !== 'admin');
  const unintended = js
    .map((p) => ({ ...p, scripts: p.scripts.filter((s) => !isIntendedScript(p.type, s)) }))
    .filter((p) => p.scripts.length > 0);
  results.push({
    name: 'JS outside search, beyond the intended',
    limit: 'none (list facets; campaign status)',
    measured:
      unintended.length === 0
        ? `none (intended: ${js.map((p) => `${p.type} ×${p.count}`).join(', ') || 'none'})`
        : unintended.map((p) => `${p.type} ×${p.count}: ${p.scripts.join(', ')}`).join('; '),
    met: unintended.length === 0,
  });
  const lists = content.filter(([t]) => !WHOLE_PAGES.has(t));
  const over = lists.filter(([, s]) => s.maxEntries > BUDGETS.entriesPerPage).map(([t, s]) => `${t} ${s.maxEntries}`);
  const longest = lists.map(([t, s]) => ({ t, n: s.maxEntries })).sort((a, b) => b.n - a.n)[0];
  const whole = content.filter(([t]) => WHOLE_PAGES.has(t)).map(([t, s]) => `${t} ${s.maxEntries}, one page`);
  results.push({
    name: 'entries per page of a list',
    limit: `≤ ${BUDGETS.entriesPerPage}`,
    measured:
      (over.length ? over.join(', ') : `${longest?.n ?? 0} (${longest?.t ?? '-'})`) +
      (whole.length ? `; ${whole.join(', ')}` : ''),
    met: over.length === 0,
  });
  return results;
}
