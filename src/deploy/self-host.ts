/**
 * Self-hosting: publishes one release of the site on the office's own server. Called by the
 * `post-receive` hook of the bare repository the CMS publishes to (deploy/git-hooks/post-receive,
 * which has already brought the working copy `source` to the pushed commit, under a lock), it
 * builds into a new folder `releases/<time>-<commit>`, then switches the `current` symlink that
 * nginx serves to it in one atomic rename — the server never serves a half-written site — and
 * keeps the last few releases for a rollback by hand. A build that fails (a refused entry)
 * leaves `current` as it was and says why, on the pusher's screen.
 *
 * Layout of the site folder (default /srv/thidua):
 *   source/          working copy of the repository (with its node_modules)
 *   releases/<id>/   one built site per publication
 *   current -> releases/<id>   what nginx serves (root /srv/thidua/current)
 *   logs/<id>.log    the build's full output
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

export interface PublishOptions {
  /** The site folder: holds source/, releases/, current, logs/. */
  site: string;
  /** The commit being published (for the release's name). */
  rev: string;
  /** Releases kept besides the current one. */
  keep?: number;
  /** Extra environment for the build (SITE_URL, CMS_*). */
  env?: Record<string, string>;
}

export interface PublishResult {
  ok: boolean;
  release: string;
  /** Build time, milliseconds. */
  ms: number;
  /** What to tell the pusher: one line, then the refused entries if any. */
  message: string;
}

export const CURRENT = 'current';

/** `20261130-061502-1a2b3c4`: sorts by time, names the commit. */
export function releaseId(rev: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `${stamp}-${rev.slice(0, 7)}`;
}

function build(source: string, outDir: string, env: Record<string, string>): Promise<{ code: number; output: string }> {
  const astro = join(source, 'node_modules/astro/bin/astro.mjs');
  return new Promise((resolve, reject) => {
    // GIT_DIR is the bare repository inside a hook: the build's own `git log` must read `source`.
    const { GIT_DIR: _gitDir, GIT_WORK_TREE: _workTree, ...inherited } = process.env;
    const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: source,
      env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Points `current` at `release` atomically: a new symlink renamed over the old one. */
export async function switchCurrent(site: string, release: string): Promise<void> {
  const next = join(site, `.${CURRENT}-${process.pid}`);
  await rm(next, { force: true });
  // Relative, so the site folder can be moved or mounted elsewhere.
  await symlink(join('releases', basename(release)), next);
  await rename(next, join(site, CURRENT));
}

/** Removes all but the newest `keep` releases, never the current one. */
export async function pruneReleases(site: string, keep: number): Promise<string[]> {
  const current = basename(await readlink(join(site, CURRENT)).catch(() => ''));
  const releases = (await readdir(join(site, 'releases')).catch(() => [])).sort().reverse();
  const old = releases.slice(keep).filter((r) => r !== current);
  for (const r of old) await rm(join(site, 'releases', r), { recursive: true, force: true });
  return old;
}

export async function publishRelease({ site, rev, keep = 5, env = {} }: PublishOptions): Promise<PublishResult> {
  const id = releaseId(rev);
  const release = join(site, 'releases', id);
  await mkdir(join(site, 'releases'), { recursive: true });
  await mkdir(join(site, 'logs'), { recursive: true });
  const started = Date.now();
  const result = await build(join(site, 'source'), release, env);
  const ms = Date.now() - started;
  await writeFile(join(site, 'logs', `${id}.log`), result.output);
  if (result.code !== 0) {
    await rm(release, { recursive: true, force: true });
    const refused = result.output.split('\n').filter((l) => /^content\//.test(l));
    return {
      ok: false,
      release,
      ms,
      message: [
        `✗ Trang web KHÔNG được cập nhật (bản dựng lỗi, ${(ms / 1000).toFixed(1)} s); trang cũ vẫn chạy. Nhật ký: logs/${id}.log`,
        ...refused,
      ].join('\n'),
    };
  }
  await switchCurrent(site, release);
  await pruneReleases(site, keep);
  return { ok: true, release, ms, message: `✓ Đã cập nhật trang web: releases/${id} (${(ms / 1000).toFixed(1)} s)` };
}
