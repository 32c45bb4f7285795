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
 */
import { spawnSync } from 'node:child_process';
import { todayInVietnam } from './dates.ts';

/** Path relative to the project root (`content/news/x.mdx`) → date of its last commit. */
export type LastUpdatedIndex = ReadonlyMap<string, Date>;

const RECORD = '\u0001';

/**
 * Reads the history of `folder` (relative to `root`) in one `git log`. Paths in the result are
 * relative to `root`, with `/` separators, as Astro's `entry.filePath`.
 */
export function readLastUpdated(root: string, folder = 'content'): LastUpdatedIndex {
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
      '--',
      folder,
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

let cached: { root: string; index: LastUpdatedIndex } | undefined;

/** The index of the project being built, read once per process. */
export function lastUpdatedIndex(root: string = process.cwd()): LastUpdatedIndex {
  if (cached?.root !== root) cached = { root, index: readLastUpdated(root) };
  return cached.index;
}

/**
 * The calendar day in Vietnam of a commit time, as the site's dates are (UTC midnight): a
 * change saved at 01:00 in Đồng Tháp is dated that day, not the day before in UTC.
 */
export function vietnamDay(when: Date): Date {
  return new Date(`${todayInVietnam(when)}T00:00:00Z`);
}

/** When the entry file last changed, as a calendar date, or `undefined` without history. */
export function lastUpdatedOf(
  filePath: string | undefined,
  index: LastUpdatedIndex = lastUpdatedIndex(),
): Date | undefined {
  const when = filePath ? index.get(filePath.replace(/^\.\//, '')) : undefined;
  return when && vietnamDay(when);
}
