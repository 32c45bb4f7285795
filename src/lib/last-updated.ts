/**
 * When each entry file last changed, from the project's Git history, for «Cập nhật lần cuối» on
 * entry pages (as Starlight's `lastUpdated`). One `git log` over the content folder per build,
 * not one per file: at 10,000 entries a call per page would cost minutes.
 *
 * The date is that of the commit that last touched the file on the first-parent history: a
 * change published by merging a CMS draft branch counts from the merge (the publication), not
 * from when the draft was saved. No history for a file (new, uncommitted, a project copy
 * outside Git, Git not installed, a shallow clone's files all dated by its one commit — so the
 * deploy workflow fetches the whole history) gives no date rather than the build time.
 *
 * The working copy counts, not only HEAD: a file that differs from HEAD (edited by hand, new,
 * staged) has no recorded date — unless `npm start`'s editorial workflow published it: its
 * clone `.cms-workflow/` holds the publication on its own `main`, and when that clone's blob is
 * byte-identical to the working copy's file, the date is the clone's (the merge, i.e. «Công
 * bố»). So a page published locally shows its date before the developer commits content/, and
 * a hand edit made afterwards takes it away again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WORKFLOW_BRANCH, WORKFLOW_DIR } from '../local-backend/workflow-clone.ts';
import { todayInVietnam } from './dates.ts';

/** Path relative to the project root (`content/news/x.mdx`) → date of its last commit. */
export type LastUpdatedIndex = ReadonlyMap<string, Date>;

const RECORD = '\u0001';

/**
 * Reads the history of `folder` (relative to `root`) in one `git log` of `rev` (HEAD by
 * default), or only of `paths` when given. Paths in the result are relative to `root`, with `/`
 * separators, as Astro's `entry.filePath`.
 */
export function readLastUpdated(
  root: string,
  folder = 'content',
  rev = 'HEAD',
  paths: readonly string[] = [folder],
): LastUpdatedIndex {
  const result = spawnSync(
    'git',
    [
      '-c',
      'core.quotepath=off',
      'log',
      '--first-parent',
      '-m',
      '--no-renames',
      '--relative',
      '-z',
      `--format=${RECORD}%cI`,
      '--name-only',
      rev,
      '--',
      ...paths,
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const index = new Map<string, Date>();
  // Git missing (ENOENT), not a repository (128), no commit yet: no dates at all.
  if (result.error || result.status !== 0 || !result.stdout) return index;
  // A shallow clone would date every file by its one commit: wrong dates are worse than none.
  const shallow = spawnSync('git', ['rev-parse', '--is-shallow-repository'], { cwd: root, encoding: 'utf8' });
  if (shallow.stdout?.trim() === 'true') return index;
  // Newest first: the first commit naming a file is its last change.
  for (const record of result.stdout.split(RECORD).slice(1)) {
    const [date, ...files] = record.split('\0');
    const when = new Date(date!.trim());
    if (Number.isNaN(when.getTime())) continue;
    for (const raw of files) {
      const file = raw.replace(/^\n/, '');
      if (file && !index.has(file)) index.set(file, when);
    }
  }
  return index;
}

function gitLines(cwd: string, args: string[], input?: string): string[] | undefined {
  const result = spawnSync('git', ['-c', 'core.quotepath=off', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    ...(input === undefined ? {} : { input }),
  });
  if (result.error || result.status !== 0) return undefined;
  return result.stdout.split(/\0|\n/).filter(Boolean);
}

/** Files of `folder` in the working copy that differ from HEAD: modified, staged, new, deleted. */
function changedSinceHead(root: string, folder: string): string[] {
  const modified = gitLines(root, ['diff', '--name-only', '--no-renames', '--relative', '-z', 'HEAD', '--', folder]);
  const untracked = gitLines(root, ['ls-files', '-z', '--others', '--exclude-standard', '--', folder]);
  return [...new Set([...(modified ?? []), ...(untracked ?? [])])];
}

/** More pathspecs than this and the clone's whole folder is read instead (the command line). */
const MAX_PATHSPECS = 200;

/**
 * The files of `changed` that the workflow clone in `root/<clone>` published byte for byte as
 * the working copy holds them, dated by the clone's history of its publishing branch.
 */
function publishedByClone(root: string, folder: string, changed: string[], clone: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  const dir = join(root, clone);
  // Not a clone of its own: git would otherwise answer for the repository around it.
  if (!existsSync(join(dir, '.git'))) return dates;
  const blobs = new Map<string, string>();
  // `<mode> blob <id>\t<path>` per file.
  const tree = gitLines(dir, ['ls-tree', '-r', '-z', WORKFLOW_BRANCH, '--', folder]);
  if (!tree) return dates;
  for (const line of tree) {
    const [meta, path] = line.split('\t');
    if (path) blobs.set(path, meta!.split(' ')[2]!);
  }
  const candidates = changed.filter((path) => blobs.has(path));
  if (!candidates.length) return dates;
  // `--no-filters`: the bytes as they are on disk, hashed by the clone's own object format.
  // A deleted working file makes hash-object fail: then check one file at a time.
  const hashOf = (paths: string[]) =>
    gitLines(dir, ['hash-object', '--no-filters', '--stdin-paths'], paths.map((p) => join(root, p)).join('\n'));
  const hashes = hashOf(candidates) ?? candidates.map((path) => hashOf([path])?.[0]);
  const identical = candidates.filter((path, i) => hashes[i] === blobs.get(path));
  if (!identical.length) return dates;
  const history = readLastUpdated(
    dir,
    folder,
    WORKFLOW_BRANCH,
    identical.length <= MAX_PATHSPECS ? identical : [folder],
  );
  for (const path of identical) {
    const when = history.get(path);
    if (when) dates.set(path, when);
  }
  return dates;
}

/**
 * The dates of the files as they are in the working copy of `root`: HEAD's history for files
 * equal to HEAD; for the others, the date of their publication in the editorial workflow's
 * clone when it holds exactly the same bytes; otherwise none (module comment).
 */
export function readWorkingCopyLastUpdated(
  root: string,
  folder = 'content',
  clone: string = WORKFLOW_DIR,
): LastUpdatedIndex {
  const index = new Map(readLastUpdated(root, folder));
  const changed = changedSinceHead(root, folder);
  if (!changed.length) return index;
  for (const path of changed) index.delete(path);
  for (const [path, when] of publishedByClone(root, folder, changed, clone)) index.set(path, when);
  return index;
}

let cached: { root: string; index: LastUpdatedIndex } | undefined;

/** The index of the project being built (its working copy), read once per process. */
export function lastUpdatedIndex(root: string = process.cwd()): LastUpdatedIndex {
  if (cached?.root !== root) cached = { root, index: readWorkingCopyLastUpdated(root) };
  return cached.index;
}

/**
 * Days already worked out, by commit time: every entry page asks, a history has far fewer
 * commits than entries, and todayInVietnam makes an Intl formatter per call (≈ 65 µs: 0.65 s
 * of CPU for 10,000 pages; dates.ts is left as it is because the CMS bundles it).
 */
const daysByTime = new Map<number, number>();

/**
 * The calendar day in Vietnam of a commit time, as the site's dates are (UTC midnight): a
 * change saved at 01:00 in Đồng Tháp is dated that day, not the day before in UTC.
 */
export function vietnamDay(when: Date): Date {
  const time = when.getTime();
  let day = daysByTime.get(time);
  if (day === undefined) daysByTime.set(time, (day = new Date(`${todayInVietnam(when)}T00:00:00Z`).getTime()));
  return new Date(day);
}

/** When the entry file last changed, as a calendar date, or `undefined` without history. */
export function lastUpdatedOf(
  filePath: string | undefined,
  index: LastUpdatedIndex = lastUpdatedIndex(),
): Date | undefined {
  const when = filePath ? index.get(filePath.replace(/^\.\//, '')) : undefined;
  return when && vietnamDay(when);
}
