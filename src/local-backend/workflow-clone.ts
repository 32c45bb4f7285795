/**
 * The editorial workflow under `npm start` without touching the developer's checkout.
 * decap-server's git mode keeps drafts on `cms/<collection>/<slug>` branches, runs
 * `git checkout` to move between them and merges into the publishing branch on «Công bố»: it
 * must never run in the developer's working copy. It runs in a clone of the project,
 * `.cms-workflow/` (git-ignored), whose branch `main` is where published content lands.
 *
 * After each write to `main` there (publish, delete, simple save), the content files that
 * changed are brought into the working copy's `content/`, one file at a time, only if the
 * working copy still holds what the clone had before: a file the developer changed by hand is
 * never overwritten (it is reported instead). The developer commits content/ as usual; at the
 * next start the clone merges the developer's commits, so both histories meet again.
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

export const WORKFLOW_DIR = '.cms-workflow';
/** The clone's publishing branch (Decap's `backend.branch`). */
export const WORKFLOW_BRANCH = 'main';
const SYNCED_REF = 'refs/thidua/synced';

async function git(cwd: string, args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return stdout.trim();
}

async function gitBuffer(cwd: string, args: string[]): Promise<Buffer> {
  const { stdout } = await exec('git', args, { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
  return stdout;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

export interface SyncResult {
  /** Files of content/ written or deleted in the working copy. */
  copied: string[];
  /** Files left alone because the developer changed them by hand. */
  skipped: string[];
}

export interface WorkflowClone {
  dir: string;
  branch: string;
  /** Brings what was published in the clone into the working copy's content/. */
  sync: () => Promise<SyncResult>;
}

/** Whether `root` is a Git repository with at least one commit. */
export async function isGitRepository(root: string): Promise<boolean> {
  return git(root, ['rev-parse', '--verify', 'HEAD']).then(
    () => true,
    () => false,
  );
}

/** Creates (or brings up to date) the clone the CMS works in, and returns it. */
export async function prepareWorkflowClone(
  root: string,
  log: (line: string) => void = console.log,
): Promise<WorkflowClone> {
  const dir = join(root, WORKFLOW_DIR);
  const head = await git(root, ['rev-parse', 'HEAD']);
  if (!(await exists(join(dir, '.git')))) {
    await rm(dir, { recursive: true, force: true });
    await git(root, ['clone', '--quiet', '--no-hardlinks', '--no-checkout', root, dir]);
    await git(dir, ['checkout', '--quiet', '-B', WORKFLOW_BRANCH, head]);
    // Published entries are merge commits in the history, as in a reviewed pull request.
    await git(dir, ['config', 'merge.ff', 'false']);
    await git(dir, ['config', 'core.hooksPath', '/dev/null']);
    await git(dir, ['update-ref', SYNCED_REF, head]);
    log(`CMS: editorial workflow in ${WORKFLOW_DIR}/ (a clone; your checkout is never switched)`);
  } else {
    // The developer's new commits (content committed from earlier publications, code) join in.
    await git(dir, ['checkout', '--quiet', WORKFLOW_BRANCH]);
    await git(dir, ['fetch', '--quiet', root, head]);
    const merged = await git(dir, [
      'merge',
      '--quiet',
      '--no-edit',
      '-m',
      'Nhập các thay đổi của bản làm việc',
      'FETCH_HEAD',
    ]).then(
      () => true,
      async () => {
        await git(dir, ['merge', '--abort']).catch(() => undefined);
        return false;
      },
    );
    if (!merged) log(`CMS: ${WORKFLOW_DIR}/ could not merge your latest commits (conflict); it keeps its own history.`);
  }
  for (const [key, fallback] of [
    ['user.name', 'CMS (máy cục bộ)'],
    ['user.email', 'cms@localhost'],
  ] as const) {
    const value = await git(root, ['config', key]).catch(() => '');
    await git(dir, ['config', key, value || fallback]);
  }
  const sync = () => syncContent(root, dir);
  return { dir, branch: WORKFLOW_BRANCH, sync };
}

async function fileAt(dir: string, commit: string, path: string): Promise<Buffer | undefined> {
  return gitBuffer(dir, ['show', `${commit}:${path}`]).catch(() => undefined);
}

async function syncContent(root: string, dir: string): Promise<SyncResult> {
  const from = await git(dir, ['rev-parse', SYNCED_REF]);
  const to = await git(dir, ['rev-parse', WORKFLOW_BRANCH]);
  const result: SyncResult = { copied: [], skipped: [] };
  if (from === to) return result;
  const changed = (await git(dir, ['diff', '--name-only', '--no-renames', '-z', from, to, '--', 'content/']))
    .split('\0')
    .filter(Boolean);
  for (const path of changed) {
    const target = join(root, path);
    const [before, after, current] = await Promise.all([
      fileAt(dir, from, path),
      fileAt(dir, to, path),
      readFile(target).catch(() => undefined),
    ]);
    const untouched = before === undefined ? current === undefined : current !== undefined && before.equals(current);
    const alreadyThere = after === undefined ? current === undefined : current !== undefined && after.equals(current);
    if (alreadyThere) continue;
    if (!untouched) {
      result.skipped.push(path);
      continue;
    }
    if (after === undefined) await rm(target, { force: true });
    else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, after);
    }
    result.copied.push(path);
  }
  await git(dir, ['update-ref', SYNCED_REF, to]);
  return result;
}
