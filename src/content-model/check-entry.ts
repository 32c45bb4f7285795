/**
 * The gate of the CMS form and of the local backend: checks one entry (or a few, for the
 * importer) as if its file replaced or joined the content of a snapshot, with EVERY rule — its
 * own fields and body, its file name, and every cross-entry rule — and returns the problems of
 * that file — and the problems it would cause in OTHER files (e.g. a unit closed before the
 * decisions of its achievements) — with the same sentences `npm run check` prints.
 *
 * PURE AND BROWSER-SAFE: nothing in this module's import graph may import `node:*`.
 * The file-system checks (symlinks, realpath, image bytes) are Node's: `read-content.ts`.
 */
import { analyseEntry } from './entry.ts';
import { entryId, extensionProblem, fileNameProblem, hasEntryExtension, idCollisionProblem } from './file-name.ts';
import type { CollectionName, ContentEntry } from './fields.ts';
import { formatProblem, sortProblems, type Problem } from './problem.ts';
import { runRules } from './run-rules.ts';
import type { ContentSnapshot } from './snapshot.ts';
import { specOf } from './specs.ts';
import { todayInVietnam } from '../lib/dates.ts';

export interface EntrySource {
  collection: CollectionName;
  /** Project-relative path of the file (`content/achievements/x.mdx`). */
  file: string;
  /** The whole file's text, as it would be written. */
  source: string;
}

export interface CheckOptions {
  /** Today as YYYY-MM-DD; defaults to today in Vietnam. */
  today?: string;
  /** Whether illustrative entries are published; defaults to true (the site's default). */
  includeSamples?: boolean;
}

export function checkEntry(entry: EntrySource, snapshot: ContentSnapshot, options: CheckOptions = {}): Problem[] {
  return checkEntries([entry], snapshot, options);
}

/** Several new or changed files at once (an import): each is checked with the others present. */
export function checkEntries(
  sources: readonly EntrySource[],
  snapshot: ContentSnapshot,
  { today = todayInVietnam(), includeSamples = true }: CheckOptions = {},
): Problem[] {
  const problems: Problem[] = [];
  const checked = new Set(sources.map((s) => s.file));
  const entries: ContentEntry[] = snapshot.entries.filter((e) => !checked.has(e.file));
  const files = new Set(snapshot.files);
  for (const { collection, file, source } of sources) {
    const spec = specOf(collection);
    if (!file.startsWith(`${spec.folder}/`) || file.slice(spec.folder.length + 1).includes('/')) {
      problems.push({
        file,
        field: 'file',
        vi: `tệp phải nằm ngay trong thư mục ${spec.folder}/.`,
        en: `the file must be directly in ${spec.folder}/.`,
      });
      continue;
    }
    if (!hasEntryExtension(spec, file)) {
      problems.push(extensionProblem(spec, file));
      continue;
    }
    const id = entryId(spec, file);
    const twin = entries.find((e) => e.collection === collection && e.id === id);
    if (twin) {
      problems.push(idCollisionProblem(file, twin.file, id));
      continue;
    }
    const named = fileNameProblem(spec, file);
    if (named) problems.push(named);
    const analysis = analyseEntry(spec, file, source);
    problems.push(...analysis.problems);
    entries.push(analysis.entry);
    files.add(file);
  }
  const cross = runRules(entries, {
    files,
    publicFiles: new Set(snapshot.publicFiles),
    today,
    includeSamples,
    newest: checked,
  });
  problems.push(...cross.filter((p) => checked.has(p.file)));
  // What the change would break elsewhere (a unit closed before its achievements, a campaign
  // content removed that achievements name): problems of other files that the content did not
  // have before. Reported on those files, so the door refuses the change and says why.
  const before = baselineOf(snapshot, today, includeSamples);
  problems.push(...cross.filter((p) => !checked.has(p.file) && !before.has(formatProblem(p))));
  return sortProblems(problems);
}

/** The problems the snapshot's content already has, computed once per snapshot and day. */
const baselines = new WeakMap<ContentSnapshot, Map<string, Set<string>>>();
function baselineOf(snapshot: ContentSnapshot, today: string, includeSamples: boolean): Set<string> {
  let byOptions = baselines.get(snapshot);
  if (!byOptions) baselines.set(snapshot, (byOptions = new Map()));
  const key = `${today}|${includeSamples}`;
  let set = byOptions.get(key);
  if (!set) {
    const problems = runRules(snapshot.entries, {
      files: new Set(snapshot.files),
      publicFiles: new Set(snapshot.publicFiles),
      today,
      includeSamples,
    });
    byOptions.set(key, (set = new Set(problems.map(formatProblem))));
  }
  return set;
}
