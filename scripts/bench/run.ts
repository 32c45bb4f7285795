/**
 * `npm run bench -- --achievements 10000 --news 1000 [--runs 3] [--seed N] [--keep]`
 *
 * Copies the project into .bench/work/, writes a seeded synthetic archive into the COPY's
 * content/, builds it cold (caches removed) `runs` times, then measures the last build: files,
 * page weights, search index, and search in headless Chromium. Prints a table, checks the
 * budgets of issue 7, and writes .bench/report-<date>.json. The repository's content/ is
 * never touched.
 */
import { mkdir, rm, writeFile, readFile, access } from 'node:fs/promises';
import { loadavg, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../test/support/browser.ts';
import { copyProjectInto, PROJECT_ROOT } from '../lib/project-copy.ts';
import { BUDGETS, checkBudgets } from './budgets.ts';
import { generateArchive } from './generate.ts';
import { indexSite } from './index-site.ts';
import { measureBuild, treeRss, type BuildMeasure } from './measure-build.ts';
import { measureSearch, type SearchRun } from './measure-search.ts';
import { measureSite } from './measure-site.ts';

const { values: args } = parseArgs({
  options: {
    achievements: { type: 'string', default: '1000' },
    news: { type: 'string', default: '' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: '20220615' },
    keep: { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
  },
});
const achievements = Number(args.achievements);
const news = args.news === '' ? Math.round(achievements / 10) : Number(args.news);
const runs = Math.max(1, Number(args.runs));
const seed = Number(args.seed);

const BENCH_DIR = join(PROJECT_ROOT, '.bench');
const started = Date.now();
const log = (msg: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
const mib = (n: number) => `${(n / 1024 ** 2).toFixed(0)} MiB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const exists = (p: string) => access(p).then(() => true, () => false);

log(`${achievements} achievements, ${news} news, ${runs} cold build(s), seed ${seed}; ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
const copy = await copyProjectInto(join(BENCH_DIR, 'work'), `bench-${achievements}`);
log(`project copied to ${copy.dir}`);
const archive = await generateArchive({ dir: copy.dir, achievements, news, seed });
log(`generated ${archive.achievements.length} achievements and ${archive.news.length} articles`);
if (archive.skippedAuthorities.length) log(`left out (decision symbol refused by DECISION_NUMBER): ${archive.skippedAuthorities.join(', ')}`);

const dist = join(copy.dir, 'dist');
const builds: (BuildMeasure & { indexMs: number; indexPeakBytes: number; indexedInBuild: boolean; load: number[] })[] = [];
for (let run = 1; run <= runs; run++) {
  // Cold: no output, no content data store, no Vite cache.
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) await rm(join(copy.dir, cache), { recursive: true, force: true });
  const load = loadavg();
  log(`build ${run}/${runs} (cold)…`);
  let lastShown = 0;
  const build = await measureBuild({
    root: copy.dir,
    outDir: dist,
    onLine: (line) => {
      // Phase lines only; a progress dot every ~10 s while pages render.
      if (/\[(content|build|vite)\]|generating|Completed|pagefind/i.test(line) && !/▶|└─|├─/.test(line)) log(`  ${line.trim()}`);
      else if (Date.now() - lastShown > 10_000) {
        lastShown = Date.now();
        log(`  … ${line.trim().slice(0, 100)}`);
      }
    },
  });
  if (build.code !== 0) {
    console.error(build.lines.slice(-40).map((l) => l.text).join('\n'));
    throw new Error(`astro build failed (exit ${build.code}); the copy is kept at ${copy.dir}`);
  }
  let indexMs = 0;
  let indexPeakBytes = 0;
  const indexedInBuild = await exists(join(dist, 'pagefind', 'pagefind.js'));
  if (!indexedInBuild) {
    log('  no dist/pagefind/ from the build: indexing with Pagefind’s Node API…');
    let peak = 0;
    const poll = setInterval(() => {
      treeRss(process.pid)
        .then(({ total }) => (peak = Math.max(peak, total)))
        .catch(() => undefined); // a reading that fails is skipped; the next one counts
    }, 100);
    const indexed = await indexSite(dist);
    clearInterval(poll);
    indexMs = indexed.ms;
    indexPeakBytes = peak;
    log(`  indexed ${indexed.pages} pages in ${(indexMs / 1000).toFixed(1)} s`);
  }
  builds.push({ ...build, indexMs, indexPeakBytes, indexedInBuild, load });
  log(`build ${run}: ${(build.wallMs / 1000).toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s), peak ${mib(build.peakTreeRssBytes)} (largest process ${mib(build.peakProcessRssBytes)})`);
}

log('measuring files and page weights…');
const site = await measureSite(dist);
let search: SearchRun[] = [];
let searchApi: SearchRun[] = [];
const name = archive.achievements.find((a) => a.kind === 'ca-nhan')?.recipient ?? 'Nguyễn Văn An';
const queries = ['chuyển đổi số', 'cai cach hanh chinh', name];
if (!args['no-search'] && site.pagefind) {
  log(`searching in Chromium: ${queries.map((q) => `«${q}»`).join(', ')}…`);
  const browser = await launchChromium();
  try {
    search = await measureSearch(browser, dist, queries);
    if (search[0]?.mode === 'search page') searchApi = await measureSearch(browser, dist, queries, 'pagefind api');
  } finally {
    await browser.close();
  }
}

const totals = builds.map((b) => b.wallMs + b.indexMs);
const buildSeconds = median(totals) / 1000;
const peakBytes = Math.max(...builds.map((b) => Math.max(b.peakTreeRssBytes, b.indexPeakBytes)));
const scaleNote = achievements === 10_000 && news === 1_000 ? undefined : `budget is for 10,000 + 1,000; this run: ${achievements} + ${news}`;
const budgets = checkBudgets({ buildSeconds, peakBytes, site, search, searchApi, scaleNote });

// ---- Table ----
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join('  ')).join('\n');
};
console.log(`\n== Build (${achievements} achievements + ${news} news, ${runs} cold run(s), median) ==`);
console.log(table([
  ['run', 'build s', 'index s (outside build)', 'total s', 'CPU s', 'peak tree', 'largest process', 'load avg before'],
  ...builds.map((b, i) => [String(i + 1), (b.wallMs / 1000).toFixed(1), b.indexedInBuild ? 'in build' : (b.indexMs / 1000).toFixed(1), ((b.wallMs + b.indexMs) / 1000).toFixed(1), b.cpuSeconds.toFixed(1), mib(Math.max(b.peakTreeRssBytes, b.indexPeakBytes)), mib(b.peakProcessRssBytes), b.load[0]!.toFixed(2)]),
]));
console.log('\nphases of the last build (s):', JSON.stringify(builds.at(-1)!.phases));
console.log(`\n== Output: ${site.files} files, ${mib(site.bytes)}, ${site.htmlPages} HTML pages; search index ${site.pagefind ? `${site.pagefind.files} files, ${mib(site.pagefind.bytes)}` : 'none'} ==`);
console.log(table([
  ['page type', 'pages', 'median HTML raw/gz', 'largest page', 'HTML raw/gz', 'CSS raw/gz', 'JS raw/gz', 'max entries'],
  ...Object.entries(site.pageTypes).map(([t, s]) => [t, String(s.pages), `${kb(s.medianHtml.raw)}/${kb(s.medianHtml.gzip)}`, s.largest.route.length > 40 ? s.largest.route.slice(0, 39) + '…' : s.largest.route, `${kb(s.largest.html.raw)}/${kb(s.largest.html.gzip)}`, `${kb(s.largest.css.raw)}/${kb(s.largest.css.gzip)}`, `${kb(s.largest.js.raw)}/${kb(s.largest.js.gzip)}`, String(s.maxEntries)]),
]));
if (site.pagefind) console.log('search index:', Object.entries(site.pagefind.byKind).map(([k, v]) => `${k}: ${v.files} files ${kb(v.bytes)}`).join('; '));
for (const runs of [search, searchApi].filter((r) => r.length > 0)) {
  console.log(`\n== Search in Chromium (${runs[0]!.mode}) ==`);
  console.log(table([
    ['query', 'results', '1st: ms to results', 'bytes (search files)', 'requests', '2nd query', '2nd: ms', 'bytes', 'requests'],
    ...runs.map((s) => [s.query, String(s.first.results), Math.round(s.first.ms).toString(), `${kb(s.first.bytes)} (${kb(s.first.pagefindBytes)})`, `${s.first.requests} (${s.first.pagefindRequests})`, s.second.query, Math.round(s.second.ms).toString(), kb(s.second.bytes), String(s.second.requests)]),
  ]));
  for (const s of runs) console.log(`first «${s.query}» loads: ${Object.entries(s.first.pagefindByKind).map(([k, v]) => `${k} ${v.requests}× ${kb(v.bytes)}`).join('; ')}`);
  // The search page shows results first (the '1st' columns), then fills in the facet counts.
  for (const s of runs) if (s.first.counts) console.log(`first «${s.query}» to facet counts: ${Math.round(s.first.counts.ms)} ms, ${kb(s.first.counts.bytes)} (${kb(s.first.counts.pagefindBytes)}), ${s.first.counts.requests} (${s.first.counts.pagefindRequests}) requests`);
}
console.log('\n== Budgets ==');
console.log(table([['budget', 'limit', 'measured', 'met'], ...budgets.map((b) => [b.name, b.limit, b.measured, b.met ? 'met' : 'NOT met'])]));
if (scaleNote) console.log(`(${scaleNote})`);

// ---- JSON report ----
const gitHead = (await readFile(join(PROJECT_ROOT, '.git', 'HEAD'), 'utf8').catch(() => '')).trim();
const report = {
  date: new Date().toISOString(),
  machine: { cores: cpus().length, memoryBytes: totalmem(), node: process.version },
  git: gitHead,
  options: { achievements, news, runs, seed },
  generated: { achievements: archive.achievements.length, news: archive.news.length, skippedAuthorities: archive.skippedAuthorities },
  builds: builds.map((b) => ({ wallSeconds: b.wallMs / 1000, indexSecondsOutsideBuild: b.indexMs / 1000, indexedInBuild: b.indexedInBuild, peakTreeRssBytes: b.peakTreeRssBytes, peakProcessRssBytes: b.peakProcessRssBytes, cpuSeconds: b.cpuSeconds, indexPeakBytes: b.indexPeakBytes, loadAverageBefore: b.load, phases: b.phases })),
  medianBuildAndIndexSeconds: buildSeconds,
  peakBytes,
  site,
  search,
  searchPagefindApi: searchApi,
  budgets,
  budgetLimits: BUDGETS,
};
await mkdir(BENCH_DIR, { recursive: true });
const reportPath = join(BENCH_DIR, `report-${report.date.replace(/[:.]/g, '-')}-${achievements}.json`);
await writeFile(reportPath, JSON.stringify(report, null, 2));
log(`report written to ${reportPath}`);
if (args.keep) log(`project copy kept at ${copy.dir}`);
else await copy.remove();
