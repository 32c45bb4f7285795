/**
 * Publish latency of `npm start` (issue 13.6; `npm run bench:publish`, scripts/bench-publish.ts):
 * from «Công bố» to the new page served with the new text.
 *
 * On a throwaway copy of the project (its sample content, optionally plus a generated archive of
 * N achievements: generate.ts), made a Git repository as a developer's checkout is, it starts the
 * real `npm start` (scripts/start.ts, a process of its own) and publishes through the local
 * backend's API exactly the requests Decap sends:
 * - simple mode: `persistEntry` is «Công bố»;
 * - editorial workflow: `persistEntry` (draft, Nháp) → `updateUnpublishedEntryStatus`
 *   pending_review (Chờ duyệt) → pending_publish (Sẵn sàng), untimed; then
 *   `publishUnpublishedEntry` is «Công bố» (the merge in .cms-workflow/, the copy into content/).
 * Each run publishes one new article and one edit of an existing article, and polls the page
 * (every 25 ms) until it answers 200 with the new text. Beside the latency it keeps where the
 * time went, from npm start's own output with a time stamp per line: the API request, the wait
 * until the rebuild starts (write, copy, debounce), Astro's build, the search index, the swap.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { copyProjectInto, PROJECT_ROOT, type ProjectCopy } from '../build/project-copy.ts';
import { freePort } from '../lib/free-port.ts';
import { routes } from '../lib/routes.ts';
import { astroBuild } from '../build/run-build.ts';
import { compareSites, type SiteDifference } from './compare-sites.ts';
import { removeBuildCaches } from './floor.ts';
import { generateArchive } from './generate.ts';

export type PublishMode = 'simple' | 'workflow';

export interface PublishBenchOptions {
  modes: PublishMode[];
  /** Generated achievements added to the sample content (0: the sample site alone). */
  achievements: number;
  /** Publications of each kind (new article, edit) per mode. */
  runs: number;
  keep: boolean;
  /** After the publications, build the same content cold and compare it with the served site. */
  verify: boolean;
}

/** What one publication cost, in ms from «Công bố» (the request's start). */
export interface PublishRun {
  mode: PublishMode;
  kind: 'new' | 'edit';
  /** «Công bố» → page answers 200 with the new text. */
  latency: number;
  /** The «Công bố» request itself (the write; in the workflow: the merge and the copy). */
  request: number;
  /** → npm start says it is rebuilding (the watcher's debounce included). */
  rebuildStarted?: number;
  /** → Astro's build finished (its «Complete!»). */
  astroDone?: number;
  /** The rebuild's own time as npm start prints it («✓ Site updated in X s»). */
  rebuild?: number;
  /** One-minute load average when the run started. */
  load: number;
  /** npm start's output for this publication, each line stamped with its time from «Công bố». */
  output: string[];
}

export interface PublishBenchMode {
  mode: PublishMode;
  firstBuild: number;
  runs: PublishRun[];
  /** The served site against a cold build of the same content afterwards (files that differ). */
  coldBuild?: SiteDifference & { ms: number };
}

const NEWS = 'content/news';
const BENCH_DIR = join(PROJECT_ROOT, '.bench');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (ms: number | undefined) => (ms === undefined ? '—' : (ms / 1000).toFixed(1));

/** The environment npm start runs (and builds) with in `mode` (the CMS's config depends on it). */
const startEnv = (mode: PublishMode) => ({ CMS_PUBLISH_MODE: mode === 'simple' ? 'simple' : 'editorial_workflow' });

/** The output of `npm start`, line by line with the time each arrived. */
class StartProcess {
  readonly lines: { at: number; text: string }[] = [];
  readonly child: ChildProcess;
  readonly url: string;

  constructor(dir: string, port: number, mode: PublishMode) {
    this.url = `http://127.0.0.1:${port}`;
    this.child = spawn(process.execPath, ['scripts/start.ts'], {
      cwd: dir,
      env: { ...process.env, PORT: String(port), ...startEnv(mode) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    const take = (chunk: Buffer) => {
      const parts = (partial + String(chunk)).split('\n');
      partial = parts.pop()!;
      for (const text of parts) this.lines.push({ at: Date.now(), text });
    };
    this.child.stdout!.on('data', take);
    this.child.stderr!.on('data', take);
  }

  /** The first line at or after `since` (index) that matches, waiting for it. */
  async waitFor(pattern: RegExp, since = 0, timeout = 900_000): Promise<{ at: number; text: string; index: number }> {
    const end = Date.now() + timeout;
    for (;;) {
      for (let i = since; i < this.lines.length; i++)
        if (pattern.test(this.lines[i]!.text)) return { ...this.lines[i]!, index: i };
      if (this.child.exitCode !== null) throw new Error(`npm start stopped (${this.child.exitCode}):\n${this.tail()}`);
      if (Date.now() > end) throw new Error(`npm start did not print ${pattern}:\n${this.tail()}`);
      await sleep(20);
    }
  }

  tail(): string {
    return this.lines
      .slice(-30)
      .map((l) => l.text)
      .join('\n');
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

/** A copy of the project as a developer's checkout: sample content (+ archive), one commit. */
async function prepareCopy(mode: PublishMode, achievements: number, log: (line: string) => void): Promise<ProjectCopy> {
  const copy = await copyProjectInto(join(BENCH_DIR, 'publish'), mode);
  if (achievements > 0) {
    log(`generating ${achievements} achievements into the copy…`);
    await generateArchive({ dir: copy.dir, achievements, news: Math.round(achievements / 10) });
  }
  await copyFile(join(PROJECT_ROOT, '.gitignore'), join(copy.dir, '.gitignore'));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: copy.dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Đo thời gian');
  git('config', 'user.email', 'bench@localhost');
  git('add', '-A');
  git('commit', '-q', '-m', 'Bản sao để đo');
  return copy;
}

function newArticle(title: string, marker: string): string {
  return `---
title: ${title}
publishedAt: 2025-11-20
summary: Bài viết dùng để đo thời gian từ khi bấm Công bố đến khi trang hiện ra.
author: Văn phòng Sở
---

${marker}
`;
}

class Api {
  private readonly url: string;
  private readonly mode: PublishMode;

  constructor(url: string, mode: PublishMode) {
    this.url = url;
    this.mode = mode;
  }

  async send(action: string, params: Record<string, unknown>): Promise<void> {
    const response = await fetch(`${this.url}/api/v1`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: this.url },
      body: JSON.stringify({ action, params: { branch: 'main', ...params } }),
    });
    if (!response.ok) throw new Error(`${action}: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
  }

  /** Everything up to «Công bố» (untimed), then returns «Công bố» itself to be timed. */
  async prepare(slug: string, raw: string, isNew: boolean): Promise<() => Promise<void>> {
    const persist = (useWorkflow: boolean) =>
      this.send('persistEntry', {
        entry: { slug, path: `${NEWS}/${slug}.mdx`, raw },
        assets: [],
        options: {
          collectionName: 'news',
          commitMessage: `${isNew ? 'Create' : 'Update'} News “${slug}”`,
          useWorkflow,
          status: 'draft',
        },
      });
    if (this.mode === 'simple') return () => persist(false);
    await persist(true);
    for (const newStatus of ['pending_review', 'pending_publish'])
      await this.send('updateUnpublishedEntryStatus', { collection: 'news', slug, newStatus });
    return () => this.send('publishUnpublishedEntry', { collection: 'news', slug });
  }
}

async function pageShows(url: string, marker: string): Promise<boolean> {
  const response = await fetch(url).catch(() => undefined);
  if (!response) return false;
  const text = await response.text();
  return response.status === 200 && text.includes(marker);
}

async function publishOnce(
  start: StartProcess,
  api: Api,
  dir: string,
  mode: PublishMode,
  kind: 'new' | 'edit',
  i: number,
): Promise<PublishRun> {
  const marker = `Dấu đo thời gian ${mode} ${kind} ${i} ${Date.now()}`;
  let slug: string;
  let raw: string;
  if (kind === 'new') {
    slug = `do-thoi-gian-cong-bo-${mode}-${i}-${Date.now()}`;
    raw = newArticle(`Đo thời gian công bố ${mode} số ${i}`, marker);
  } else {
    // The same sample article every time: an everyday correction of a published page.
    const file = (await readdir(join(dir, NEWS))).filter((f) => f.endsWith('.mdx') && !f.startsWith('do-')).sort()[0]!;
    slug = file.slice(0, -'.mdx'.length);
    raw = `${(await readFile(join(dir, NEWS, file), 'utf8')).trimEnd()}\n\n${marker}\n`;
  }
  const publish = await api.prepare(slug, raw, kind === 'new');
  // Whatever the preparation set off (nothing should: drafts are not in content/) settles first.
  await sleep(1500);
  const since = start.lines.length;
  const load = loadavg()[0]!;
  const t0 = Date.now();
  await publish();
  const request = Date.now() - t0;
  const url = `${start.url}${routes.article(slug)}`;
  while (!(await pageShows(url, marker))) await sleep(25);
  const latency = Date.now() - t0;
  const done = await start.waitFor(/✓ Site updated in ([\d.]+) s/, since);
  const started = start.lines.slice(since).find((l) => /Content changed, rebuilding/.test(l.text));
  const astro = start.lines.slice(since).find((l) => /\[build\] Complete!/.test(l.text));
  return {
    mode,
    kind,
    latency,
    request,
    ...(started ? { rebuildStarted: started.at - t0 } : {}),
    ...(astro ? { astroDone: astro.at - t0 } : {}),
    rebuild: Number(/([\d.]+) s/.exec(done.text)![1]) * 1000,
    load,
    output: start.lines
      .slice(since, done.index + 1)
      // Astro's line per route and per image would be most of it at 10,000 pages.
      .filter((l) => l.text.trim() && !/^\S*\s+(├─|▶)/.test(l.text))
      .map((l) => `+${((l.at - t0) / 1000).toFixed(2)} s ${l.text}`),
  };
}

/**
 * Builds the copy's content as it now is, cold (Astro's caches removed), into the folder npm
 * start builds into, and compares the result with the site npm start was serving.
 */
async function coldBuildCheck(
  dir: string,
  env: Record<string, string>,
  log: (line: string) => void,
): Promise<SiteDifference & { ms: number }> {
  const outDir = join(dir, '.dist-next');
  await removeBuildCaches(dir, outDir);
  const built = await astroBuild({ root: dir, outDir, quiet: true, env });
  if (built.code !== 0) throw new Error(`cold build failed:\n${built.output.slice(-3000)}`);
  const difference = await compareSites(join(dir, 'dist'), outDir);
  const same = !difference.onlyInA.length && !difference.onlyInB.length && !difference.differ.length;
  log(
    same
      ? `served site = cold build of the same content, byte for byte (cold build ${seconds(built.ms)} s)`
      : `served site ≠ cold build: only served ${difference.onlyInA.length}, only cold ${difference.onlyInB.length}, different ${difference.differ.length} (${[...difference.onlyInA, ...difference.onlyInB, ...difference.differ].slice(0, 8).join(', ')})`,
  );
  return { ...difference, ms: built.ms };
}

async function benchMode(mode: PublishMode, options: PublishBenchOptions, log: (line: string) => void) {
  const copy = await prepareCopy(mode, options.achievements, log);
  const start = new StartProcess(copy.dir, await freePort(), mode);
  try {
    const t0 = Date.now();
    await start.waitFor(/Site: +http/);
    const firstBuild = Date.now() - t0;
    log(`${mode}: npm start ready in ${seconds(firstBuild)} s (first build)`);
    const api = new Api(start.url, mode);
    const runs: PublishRun[] = [];
    for (let i = 1; i <= options.runs; i++) {
      for (const kind of ['new', 'edit'] as const) {
        const run = await publishOnce(start, api, copy.dir, mode, kind, i);
        runs.push(run);
        log(
          `${mode} ${kind.padEnd(4)} #${i}: ${seconds(run.latency)} s (request ${seconds(run.request)}, rebuild from ${seconds(run.rebuildStarted)}, astro done ${seconds(run.astroDone)}, rebuild ${seconds(run.rebuild)} s; load ${run.load.toFixed(1)})`,
        );
      }
    }
    await start.stop();
    return {
      mode,
      firstBuild,
      runs,
      ...(options.verify ? { coldBuild: await coldBuildCheck(copy.dir, startEnv(mode), log) } : {}),
    };
  } finally {
    await start.stop();
    if (!options.keep) await copy.remove();
  }
}

export async function runPublishBench(options: PublishBenchOptions): Promise<PublishBenchMode[]> {
  const began = Date.now();
  const log = (line: string) =>
    console.log(`[bench:publish ${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  log(
    `sample content${options.achievements ? ` + ${options.achievements} achievements` : ''}, ${options.runs} run(s) per kind; ${cpus().length} cores, load ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const results: PublishBenchMode[] = [];
  for (const mode of options.modes) results.push(await benchMode(mode, options, log));

  console.log('\n«Công bố» → page served (s)      median   min   max   rebuild (median)   load (1 min)');
  for (const { mode, runs } of results) {
    for (const kind of ['new', 'edit'] as const) {
      const xs = runs.filter((r) => r.kind === kind);
      const lat = xs.map((r) => r.latency);
      const loads = xs.map((r) => r.load);
      console.log(
        `${`${mode}, ${kind === 'new' ? 'new article' : 'edit'}`.padEnd(32)} ${seconds(median(lat)).padStart(6)} ${seconds(Math.min(...lat)).padStart(5)} ${seconds(Math.max(...lat)).padStart(5)}   ${seconds(median(xs.map((r) => r.rebuild ?? NaN))).padStart(8)}           ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`,
      );
    }
  }
  await mkdir(BENCH_DIR, { recursive: true });
  const report = join(BENCH_DIR, `publish-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(report, JSON.stringify({ options, cores: cpus().length, results }, null, 2));
  console.log(`\nreport: ${report}`);
  return results;
}
