/** Runs every rule family over a set of entries. Pure. */
import type { CollectionName, ContentEntry } from './fields.ts';
import type { Problem } from './problem.ts';
import { RULE_FAMILIES, type RuleContext } from './rules/index.ts';

export interface RunOptions {
  files: ReadonlySet<string>;
  publicFiles: ReadonlySet<string>;
  today: string;
  includeSamples: boolean;
  /** Files that count as written last (the entries being checked by a door). */
  newest?: ReadonlySet<string>;
}

/** `all`: every entry file, readable or not (`failed: ['*']`). */
export function runRules(all: readonly ContentEntry[], options: RunOptions): Problem[] {
  const problems: Problem[] = [];
  const byCollection = new Map<CollectionName, Map<string, ContentEntry>>();
  for (const e of all) {
    let m = byCollection.get(e.collection);
    if (!m) byCollection.set(e.collection, (m = new Map()));
    if (!m.has(e.id)) m.set(e.id, e);
  }
  const newest = options.newest ?? new Set<string>();
  const ctx: RuleContext = {
    entries: all.filter((e) => !e.failed.includes('*')),
    byId: (c) => byCollection.get(c) ?? new Map(),
    files: options.files,
    publicFiles: options.publicFiles,
    today: options.today,
    includeSamples: options.includeSamples,
    compare: (a, b) =>
      Number(newest.has(a.file)) - Number(newest.has(b.file)) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0),
    report: (e, field, vi, en, line) => void problems.push({ file: e.file, ...(line ? { line } : {}), field, vi, en }),
  };
  for (const family of RULE_FAMILIES) for (const rule of family) rule(ctx);
  return problems;
}
