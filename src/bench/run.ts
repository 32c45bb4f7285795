/**
 * The benchmark (`npm run bench`, scripts/bench.ts): copies the project into .bench/work/,
 * writes a seeded synthetic archive into the COPY's content/, and in the same run builds
 * - the floor (src/bench/floor.ts: a bare Astro + Pagefind site of the same entries) and the
 *   project, cold (caches removed), alternately, `runs` times each;
 * - the project warm (caches kept) after one new entry and after one edited entry;
 * then measures the project's last cold build: files, page weights, search index, and search in
 * headless Chromium. Prints tables with the project's figures as ratios to the floor's, checks
 * the budgets (src/bench/budgets.ts) and writes .bench/report-<date>.json. The repository's
 * content/ is never touched.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/chromium.ts';
import { copyProjectInto, PROJECT_ROOT } from '../build/project-copy.ts';
import { BUDGETS, checkBudgets } from './budgets.ts';
import { removeBuildCaches, writeFloor } from './floor.ts';
import { generateArchive } from './generate.ts';
import { measureBuild, measureCommands, type BuildMeasure } from './measure-build.ts';
import { PHONE_CPU_SLOWDOWN, PHONE_NETWORK } from './throttle.ts';
import { measureFirstSearches, type PhoneSearch } from './measure-search.ts';
import { measureSite } from './measure-site.ts';
import { summariseProfiles, type ProfileSummary } from './profile.ts';
import { addOneEntry, editOneEntry } from './warm.ts';

export interface BenchOptions {
  achievements: number;
  news: number;
  runs: number;
  seed: number;
  keep: boolean;
  search: boolean;
  warm: boolean;
  /** One more cold build of the project under `--cpu-prof`, summarised (not in the figures). */
  profile: boolean;
}

export async function runBench({
  achievements,
  news,
  runs,
  seed,
  keep,
  search: withSearch,
  warm,
  profile,
}: BenchOptions): Promise<void> {
  const BENCH_DIR = join(PROJECT_ROOT, '.bench');
  const started = Date.now();
  const log = (msg: string) =>
    console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);
  const mib = (n: number) => `${(n / 1024 ** 2).toFixed(0)} MiB`;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

  log(
    `${achievements} achievements, ${news} news, ${runs} cold build(s), seed ${seed}; ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const copy = await copyProjectInto(join(BENCH_DIR, 'work'), `bench-${achievements}`);
  log(`project copied to ${copy.dir}`);
  const archive = await generateArchive({ dir: copy.dir, achievements, news, seed });
  log(`generated ${archive.achievements.length} achievements and ${archive.news.length} articles`);
  if (archive.skippedAuthorities.length)
    log(`left out (decision symbol refused by DECISION_NUMBER): ${archive.skippedAuthorities.join(', ')}`);

  const dist = join(copy.dir, 'dist');
  const floor = await writeFloor(copy.dir, join(BENCH_DIR, 'work'));
  log(`floor project (bare Astro + Pagefind, ${floor.entries} entries) written to ${floor.dir}`);
  let lastShown = 0;
  const onLine = (line: string) => {
    // Phase lines only; a progress line every ~10 s while pages render.
    if (/\[(content|build|vite|search)\]|generating|Completed|Indexed|pagefind/i.test(line) && !/▶|└─|├─/.test(line))
      log(`  ${line.trim()}`);
    else if (Date.now() - lastShown > 10_000) {
      lastShown = Date.now();
      log(`  … ${line.trim().slice(0, 100)}`);
    }
  };
  const failed = (what: string, build: BuildMeasure) => {
    console.error(
      build.lines
        .slice(-40)
        .map((l) => l.text)
        .join('\n'),
    );
    return new Error(`${what} failed (exit ${build.code}); the copies are kept in ${join(BENCH_DIR, 'work')}`);
  };

  type Run = BuildMeasure & { load: number[] };
  const builds: Run[] = [];
  const floors: Run[] = [];
  for (let run = 1; run <= runs; run++) {
    // Floor and project alternate, so a change in the machine's load touches both alike.
    await removeBuildCaches(floor.dir, floor.outDir);
    let load = loadavg();
    log(`floor ${run}/${runs} (cold), load ${load[0]!.toFixed(2)}…`);
    const f = await measureCommands(floor.commands, onLine);
    if (f.code !== 0) throw failed('the floor’s build', f);
    floors.push({ ...f, load });
    log(
      `floor ${run}: ${(f.wallMs / 1000).toFixed(1)} s (CPU ${f.cpuSeconds.toFixed(1)} s), peak ${f.steps.map((s) => `${s.name} ${mib(s.peakTreeRssBytes)}`).join(', ')}`,
    );

    await removeBuildCaches(copy.dir, dist);
    load = loadavg();
    log(`build ${run}/${runs} (cold), load ${load[0]!.toFixed(2)}…`);
    const build = await measureBuild({ root: copy.dir, outDir: dist, onLine });
    if (build.code !== 0) throw failed('the project’s build', build);
    builds.push({ ...build, load });
    log(
      `build ${run}: ${(build.wallMs / 1000).toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s), peak ${build.steps.map((s) => `${s.name} ${mib(s.peakTreeRssBytes)}`).join(', ')}`,
    );
  }
  const floorPages = await countHtml(floor.outDir);
  await floor.remove();
  log('measuring files and page weights…');
  const site = await measureSite(dist);
  const phone: PhoneSearch[] = [];
  const unthrottled: PhoneSearch[] = [];
  const name = archive.achievements.find((a) => a.kind === 'ca-nhan')?.recipient ?? 'Nguyễn Văn An';
  const queries = ['chuyển đổi số', 'cai cach hanh chinh', name];
  if (withSearch && site.pagefind) {
    log(`first searches in Chromium, phone profile and unthrottled: ${queries.map((q) => `«${q}»`).join(', ')}…`);
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
    try {
      phone.push(...(await measureFirstSearches(browser, dist, queries, 'phone')));
      unthrottled.push(...(await measureFirstSearches(browser, dist, queries, 'unthrottled')));
    } finally {
      await browser.close();
    }
  }

  // ---- Warm rebuilds: caches kept, after one new entry and after one edited entry ----
  const warmBuilds: (Run & { change: string })[] = [];
  if (warm) {
    for (const [change, apply] of [
      ['one new entry', addOneEntry],
      ['one edited entry', editOneEntry],
    ] as const) {
      const file = await apply(copy.dir);
      const load = loadavg();
      log(`warm build after ${change} (${file}), load ${load[0]!.toFixed(2)}…`);
      const build = await measureBuild({ root: copy.dir, outDir: dist, onLine });
      if (build.code !== 0) throw failed(`the warm build after ${change}`, build);
      warmBuilds.push({ ...build, load, change });
      log(`warm build: ${(build.wallMs / 1000).toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s)`);
    }
  }

  // ---- The project as ratios to the floor ----
  const stepPeak = (rs: Run[], step: number) => Math.max(...rs.map((r) => r.steps[step]?.peakTreeRssBytes ?? 0));
  const figures = (rs: Run[], pages: number) => ({
    pages,
    wallSeconds: median(rs.map((r) => r.wallMs)) / 1000,
    cpuSeconds: median(rs.map((r) => r.cpuSeconds)),
    astroSeconds: median(rs.map((r) => r.steps[0]!.wallMs)) / 1000,
    indexSeconds: median(rs.map((r) => r.steps[1]?.wallMs ?? 0)) / 1000,
    astroPeakBytes: stepPeak(rs, 0),
    indexPeakBytes: stepPeak(rs, 1),
    peakBytes: Math.max(...rs.map((r) => r.peakTreeRssBytes)),
  });
  const projectFigures = figures(builds, site.htmlPages);
  const floorFigures = figures(floors, floorPages);
  const ratios = {
    timePerPage: projectFigures.wallSeconds / projectFigures.pages / (floorFigures.wallSeconds / floorFigures.pages),
    cpuPerPage: projectFigures.cpuSeconds / projectFigures.pages / (floorFigures.cpuSeconds / floorFigures.pages),
    peakMemory: projectFigures.peakBytes / Math.max(floorFigures.astroPeakBytes, floorFigures.indexPeakBytes),
    warm: warmBuilds.map((w) => ({
      change: w.change,
      seconds: w.wallMs / 1000,
      cpuSeconds: w.cpuSeconds,
      ofCold: w.wallMs / 1000 / projectFigures.wallSeconds,
    })),
  };
  const scaleNote =
    achievements === 10_000 && news === 1_000
      ? undefined
      : `targets are for 10,000 + 1,000; this run: ${achievements} + ${news}`;
  const budgets = checkBudgets({ ratios, site, phone, scaleNote });

  // ---- Table ----
  const table = (rows: string[][]) => {
    const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
    return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join('  ')).join('\n');
  };
  const x = (r: number) => `${r.toFixed(2)}×`;
  console.log(
    `\n== Build: the project and its floor (${achievements} achievements + ${news} news, ${runs} cold run(s) each, median; load average ${builds.map((b) => b.load[0]!.toFixed(1)).join(', ')}) ==`,
  );
  console.log(
    table([
      ['', 'floor (bare Astro + Pagefind)', 'project', 'project ÷ floor'],
      ['pages', String(floorFigures.pages), String(projectFigures.pages), x(projectFigures.pages / floorFigures.pages)],
      [
        'build + index, wall',
        `${floorFigures.wallSeconds.toFixed(1)} s`,
        `${projectFigures.wallSeconds.toFixed(1)} s`,
        `${x(projectFigures.wallSeconds / floorFigures.wallSeconds)} (per page ${x(ratios.timePerPage)})`,
      ],
      [
        '  astro build / index',
        `${floorFigures.astroSeconds.toFixed(1)} / ${floorFigures.indexSeconds.toFixed(1)} s`,
        `${projectFigures.astroSeconds.toFixed(1)} / ${projectFigures.indexSeconds.toFixed(1)} s`,
        `${x(projectFigures.astroSeconds / floorFigures.astroSeconds)} / ${x(projectFigures.indexSeconds / floorFigures.indexSeconds)}`,
      ],
      [
        'CPU, every process',
        `${floorFigures.cpuSeconds.toFixed(1)} s`,
        `${projectFigures.cpuSeconds.toFixed(1)} s`,
        `${x(projectFigures.cpuSeconds / floorFigures.cpuSeconds)} (per page ${x(ratios.cpuPerPage)})`,
      ],
      [
        'peak memory, astro / index step',
        `${mib(floorFigures.astroPeakBytes)} / ${mib(floorFigures.indexPeakBytes)}`,
        `${mib(projectFigures.astroPeakBytes)} / ${mib(projectFigures.indexPeakBytes)}`,
        `${x(projectFigures.peakBytes / Math.max(floorFigures.astroPeakBytes, floorFigures.indexPeakBytes))} of the larger`,
      ],
      ...ratios.warm.map((w) => [
        `warm rebuild after ${w.change}`,
        '',
        `${w.seconds.toFixed(1)} s (CPU ${w.cpuSeconds.toFixed(1)} s)`,
        `${x(w.ofCold)} of the project's cold build`,
      ]),
    ]),
  );
  console.log('\nruns (s wall / s CPU / peak):');
  for (const [i, b] of builds.entries())
    console.log(
      `  ${i + 1}: floor ${(floors[i]!.wallMs / 1000).toFixed(1)} / ${floors[i]!.cpuSeconds.toFixed(1)} / ${mib(floors[i]!.peakTreeRssBytes)} (load ${floors[i]!.load[0]!.toFixed(2)}); project ${(b.wallMs / 1000).toFixed(1)} / ${b.cpuSeconds.toFixed(1)} / ${mib(b.peakTreeRssBytes)} (load ${b.load[0]!.toFixed(2)})`,
    );
  console.log('phases of the last cold build (s):', JSON.stringify(builds.at(-1)!.phases));
  console.log('phases of the floor’s last build (s):', JSON.stringify(floors.at(-1)!.phases));
  for (const w of warmBuilds) console.log(`phases of the warm build after ${w.change} (s):`, JSON.stringify(w.phases));
  console.log(
    `\n== Output: ${site.files} files, ${mib(site.bytes)}, ${site.htmlPages} HTML pages; search index ${site.pagefind ? `${site.pagefind.files} files, ${mib(site.pagefind.bytes)}` : 'none'} ==`,
  );
  console.log(
    table([
      [
        'page type',
        'pages',
        'median HTML raw/gz',
        'largest page',
        'HTML raw/gz',
        'CSS raw/gz',
        'JS raw/gz',
        'max entries',
      ],
      ...Object.entries(site.pageTypes).map(([t, s]) => [
        t,
        String(s.pages),
        `${kb(s.medianHtml.raw)}/${kb(s.medianHtml.gzip)}`,
        s.largest.route.length > 40 ? s.largest.route.slice(0, 39) + '…' : s.largest.route,
        `${kb(s.largest.html.raw)}/${kb(s.largest.html.gzip)}`,
        `${kb(s.largest.css.raw)}/${kb(s.largest.css.gzip)}`,
        `${kb(s.largest.js.raw)}/${kb(s.largest.js.gzip)}`,
        String(s.maxEntries),
      ]),
    ]),
  );
  if (site.pagefind)
    console.log(
      'search index:',
      Object.entries(site.pagefind.byKind)
        .map(([k, v]) => `${k}: ${v.files} files ${kb(v.bytes)}`)
        .join('; '),
    );
  for (const runs of [phone, unthrottled].filter((r) => r.length > 0)) {
    const how =
      runs[0]!.profile === 'phone'
        ? `phone profile: ${PHONE_CPU_SLOWDOWN}× CPU slowdown, ${PHONE_NETWORK.downBitsPerSecond / 1e6} Mbps, ${PHONE_NETWORK.rttMs} ms RTT`
        : 'unthrottled';
    console.log(`\n== First search in Chromium, ${how}: Enter → first results; search files transferred ==`);
    console.log(
      table([
        [
          'query',
          'results',
          '/tim-kiem/ ms',
          'whole 1st page ms',
          'bytes',
          'requests',
          'Pagefind alone ms',
          'bytes',
          'requests',
          'page ÷ alone (time / bytes)',
          '2nd visit: bytes, ms',
          'another query: bytes, ms',
        ],
        ...runs.map((s) => [
          s.query,
          String(s.page.results),
          String(Math.round(s.page.ms)),
          s.page.wholePageMs === undefined ? '' : String(Math.round(s.page.wholePageMs)),
          kb(s.page.bytes),
          String(s.page.requests),
          String(Math.round(s.pagefind.ms)),
          kb(s.pagefind.bytes),
          String(s.pagefind.requests),
          `${x(s.page.ms / s.pagefind.ms)} / ${x(s.page.bytes / s.pagefind.bytes)}`,
          `${kb(s.secondVisit.bytes)}, ${Math.round(s.secondVisit.ms)}`,
          `«${s.secondVisitOther.query}» ${kb(s.secondVisitOther.bytes)}, ${Math.round(s.secondVisitOther.ms)}`,
        ]),
      ]),
    );
    for (const s of runs)
      console.log(
        `«${s.query}» /tim-kiem/ loads: ${Object.entries(s.page.byKind)
          .map(([k, v]) => `${k} ${v.requests}× ${kb(v.bytes)}`)
          .join('; ')}`,
      );
  }
  console.log('\n== Budgets ==');
  console.log(
    table([
      ['budget', 'limit', 'measured', 'met'],
      ...budgets.map((b) => [b.name, b.limit, b.measured, b.met ? 'met' : 'NOT met']),
    ]),
  );
  if (scaleNote) console.log(`(${scaleNote})`);

  // ---- Where the time goes: a cold build of the project under --cpu-prof ----
  let profiles: ProfileSummary[] = [];
  if (profile) {
    const profileDir = join(BENCH_DIR, `profile-${new Date().toISOString().replace(/[:.]/g, '-')}`);
    await removeBuildCaches(copy.dir, dist);
    log(`cold build under --cpu-prof (profiles in ${profileDir})…`);
    const build = await measureBuild({
      root: copy.dir,
      outDir: dist,
      onLine,
      env: { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profileDir}` },
    });
    if (build.code !== 0) throw failed('the profiled build', build);
    profiles = await summariseProfiles(profileDir);
    console.log(
      `\n== Profile of a cold build (${(build.wallMs / 1000).toFixed(1)} s wall under the profiler, CPU ${build.cpuSeconds.toFixed(1)} s; self time by place, then the heaviest functions) ==`,
    );
    for (const p of profiles) {
      console.log(`${p.file}: ${p.totalSeconds.toFixed(1)} s`);
      console.log(
        `  by place: ${p.byPlace
          .slice(0, 12)
          .map((x) => `${x.place} ${x.seconds.toFixed(1)}`)
          .join(', ')}`,
      );
      for (const f of p.topFunctions.slice(0, 10))
        console.log(`  ${f.seconds.toFixed(2).padStart(6)} s  ${f.name}  [${f.place}]`);
    }
  }

  // ---- JSON report ----
  const gitHead = (await readFile(join(PROJECT_ROOT, '.git', 'HEAD'), 'utf8').catch(() => '')).trim();
  const report = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, memoryBytes: totalmem(), node: process.version },
    git: gitHead,
    options: { achievements, news, runs, seed },
    generated: {
      achievements: archive.achievements.length,
      news: archive.news.length,
      skippedAuthorities: archive.skippedAuthorities,
    },
    load: { before: loadavg() },
    floor: { figures: floorFigures, runs: floors.map((b) => runJson(b)) },
    project: { figures: projectFigures, runs: builds.map((b) => runJson(b)) },
    warm: warmBuilds.map((w) => ({ change: w.change, ...runJson(w) })),
    ratios,
    profiles,
    site,
    search: { phone, unthrottled },
    budgets,
    budgetLimits: BUDGETS,
  };
  await mkdir(BENCH_DIR, { recursive: true });
  const reportPath = join(BENCH_DIR, `report-${report.date.replace(/[:.]/g, '-')}-${achievements}.json`);
  await writeFile(reportPath, JSON.stringify(report, null, 2));
  log(`report written to ${reportPath}`);
  if (keep) log(`project copy kept at ${copy.dir}`);
  else await copy.remove();
}

/** A build run for the JSON report (without its log). */
function runJson(b: BuildMeasure & { load: number[] }) {
  return {
    wallSeconds: b.wallMs / 1000,
    cpuSeconds: b.cpuSeconds,
    peakTreeRssBytes: b.peakTreeRssBytes,
    peakProcessRssBytes: b.peakProcessRssBytes,
    loadAverageBefore: b.load,
    steps: b.steps.map((s) => ({
      name: s.name,
      wallSeconds: s.wallMs / 1000,
      cpuSeconds: s.cpuSeconds,
      peakTreeRssBytes: s.peakTreeRssBytes,
      peakProcessRssBytes: s.peakProcessRssBytes,
    })),
    phases: b.phases,
  };
}

/** HTML pages of a built site (what "per page" divides by). */
async function countHtml(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}
