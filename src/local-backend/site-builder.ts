/**
 * The site `npm start` serves, kept up to date with content/: builds aside into `.dist-next`,
 * then swaps it in, so the server never serves a half-written site and a failed rebuild keeps
 * the last good one online — while the build status (build-status.ts) says so to /admin.
 */
import { spawn } from 'node:child_process';
import { watch, type FSWatcher } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { astroBuild } from '../build/run-build.ts';
import { BuildState, problemsFromBuildOutput } from './build-status.ts';

/** Quiet time after a change on disk before rebuilding (several files of one save). */
const DEBOUNCE_MS = 300;
/** Files written this soon after a rebuild started are read by it (see the watcher). */
const COVERED_MS = 250;

export interface SiteBuilder {
  dist: string;
  state: BuildState;
  /** Resolves when the first build is done: true if it succeeded. */
  firstBuild: Promise<boolean>;
  /** Resolves once no rebuild is pending or running, and the site it replaced is deleted. */
  idle: () => Promise<void>;
  /**
   * Rebuilds without waiting out the debounce: the caller knows its write to content/ is
   * complete (the CMS's local backend, once a publication is in content/). `files` (relative to
   * the project root) are what it wrote: none of them newer than the start of a rebuild already
   * started means that rebuild reads them, and no other is started.
   */
  rebuildNow: (files?: readonly string[]) => void;
  close: () => void;
}

export interface SiteBuilderOptions {
  root: string;
  /** Print Astro's output (npm start) or keep it (tests). */
  quiet?: boolean;
  env?: Record<string, string>;
  log?: (line: string) => void;
}

/**
 * Deletes a replaced site in a process of its own, after the swap. Deleted through Node's fs,
 * the ≈ 28,000 files of a 10,000-entry site queued ahead of every file the server read through
 * the same thread pool: the new site was swapped in but its pages waited seconds behind the
 * old one's removal (measured: 11 s under load, npm run bench:publish).
 */
function removeAside(dir: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn('rm', ['-rf', '--', dir], { stdio: 'ignore' });
    // No `rm` (not a Unix system): Node's own, as before.
    child.on('error', () => void rm(dir, { recursive: true, force: true }).then(resolve, () => resolve()));
    child.on('exit', () => resolve());
  });
}

export function startSiteBuilder({ root, quiet = false, env, log = console.log }: SiteBuilderOptions): SiteBuilder {
  const dist = join(root, 'dist');
  const next = join(root, '.dist-next');
  const old = join(root, '.dist-old');
  const state = new BuildState();

  async function buildInto(dir: string): Promise<boolean> {
    await rm(dir, { recursive: true, force: true });
    const result = await astroBuild({ root, outDir: dir, quiet, ...(env ? { env } : {}) });
    if (result.code === 0) return true;
    const problems = problemsFromBuildOutput(result.output);
    state.failed(problems);
    log(
      `\n✗ Build failed (${result.code}); the site keeps its last good version.${quiet ? `\n${problems.join('\n')}` : ''}\n`,
    );
    return false;
  }

  // The previous site, being deleted after a swap (removeAside).
  let removing: Promise<void> = Promise.resolve();

  async function rebuild(): Promise<void> {
    const started = Date.now();
    state.building();
    if (!(await buildInto(next))) return;
    await removing;
    await rm(old, { recursive: true, force: true });
    await rename(dist, old).catch(() => undefined);
    await rename(next, dist);
    state.succeeded();
    log(`\n✓ Site updated in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    removing = removeAside(old);
  }

  // The first build goes through .dist-next too: Astro keeps its content store only between
  // builds of the same configuration, and the output folder is part of it (README, "Scale").
  // When the latest build or rebuild started (it reads every file written before then).
  let lastStart = Date.now();
  const firstBuild = (async () => {
    await rm(dist, { recursive: true, force: true });
    const ok = await buildInto(next);
    if (ok) {
      await rename(next, dist);
      state.succeeded();
    }
    return ok;
  })();

  // Rebuild on content changes, debounced: a save by hand can touch several files (an entry, an
  // image) in a row. The CMS's backend knows when its write is complete and calls rebuildNow.
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = firstBuild.then(() => undefined);
  let pending = false;
  let scheduled = false;
  let startedAt = 0;
  const fire = () => {
    scheduled = false;
    if (pending) return;
    pending = true;
    running = running.then(async () => {
      pending = false;
      startedAt = lastStart = Date.now();
      log('\n↻ Content changed, rebuilding…');
      await rebuild().finally(() => (startedAt = 0));
    });
  };
  const schedule = (delay: number) => {
    clearTimeout(timer);
    state.building();
    scheduled = true;
    timer = setTimeout(fire, delay);
  };
  // A change the queued or the running rebuild reads anyway needs no rebuild of its own: one
  // queued (pending) reads everything; one running reads content/ well after it started (Astro
  // takes more than COVERED_MS to start), so it has every file written by then — judged by the
  // file's mtime, not by when the event arrives, which a busy event loop delays. Without this,
  // the watcher's events for a write that rebuildNow already answered would rebuild twice.
  const watcher: FSWatcher = watch(join(root, 'content'), { recursive: true }, (_event, file) => {
    if (pending) return;
    const since = startedAt;
    if (!since || !file) return schedule(DEBOUNCE_MS);
    stat(join(root, 'content', file)).then(
      (info) => {
        if (info.mtimeMs > since + COVERED_MS) schedule(DEBOUNCE_MS);
      },
      // Deleted: no mtime; an event this close to the start is the rebuild's own write's.
      () => {
        if (Date.now() > since + COVERED_MS) schedule(DEBOUNCE_MS);
      },
    );
  });

  return {
    dist,
    state,
    firstBuild,
    idle: async () => {
      let seen: Promise<void> | undefined;
      while (seen !== running || scheduled) {
        seen = running;
        await running;
        await new Promise((r) => setTimeout(r, 350));
      }
      await removing;
    },
    // The watcher can be first: under load the backend's own steps after the write (git, for a
    // publication copied out of the workflow's clone) outlast the debounce, its rebuild starts,
    // and a second one for the same files would follow.
    rebuildNow: (files = []) => {
      if (files.length === 0) return schedule(0);
      const since = lastStart;
      void Promise.all(
        files.map((file) =>
          stat(join(root, file)).then(
            (info) => info.mtimeMs,
            () => Number.POSITIVE_INFINITY,
          ),
        ),
      ).then((written) => {
        if (pending) return;
        if (scheduled || written.some((time) => time > since + COVERED_MS)) schedule(0);
      });
    },
    close: () => {
      watcher.close();
      clearTimeout(timer);
    },
  };
}
