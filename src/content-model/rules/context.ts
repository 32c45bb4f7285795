/** What every rule is given: all entries, the files that exist, today, and where to report. */
import type { CollectionName, ContentEntry } from '../fields.ts';
import type { Problem } from '../problem.ts';

export interface RuleContext {
  /** Every readable entry (the ones whose file could not be read are only in `byId`). */
  readonly entries: readonly ContentEntry[];
  /** Entries of a collection by id, readable or not (an unreadable file still holds its id). */
  byId(collection: CollectionName): ReadonlyMap<string, ContentEntry>;
  /** Project-relative paths of the files under content/ (entries and media). */
  readonly files: ReadonlySet<string>;
  /** Paths of the files under public/, relative to it, `/`-led (`/favicon.svg`). */
  readonly publicFiles: ReadonlySet<string>;
  /** Today as YYYY-MM-DD. */
  readonly today: string;
  /** Whether illustrative entries are published (a build without them must not need them). */
  readonly includeSamples: boolean;
  /**
   * Which of two entries came first, for rules about pairs (duplicates): by file name in a
   * run over the whole content; the entry being checked comes last in the CMS gate, so the
   * message is on that entry and names the one already there.
   */
  compare(a: ContentEntry, b: ContentEntry): number;
  report(e: ContentEntry, field: string, vi: string, en: string, line?: number): void;
}

/** One named rule: it looks at the context and reports what it finds. */
export type Rule = (ctx: RuleContext) => void;

/** Entries of one collection, in the context's order. */
export function entriesOf(ctx: RuleContext, collection: CollectionName): ContentEntry[] {
  return ctx.entries.filter((e) => e.collection === collection);
}

export type { Problem };
