/**
 * Validates the whole `content/` folder of a project and returns every problem at once: what
 * `npm run check` prints and what stops a build. Node only. The same rules as the CMS gate
 * (check-entry.ts): each file's own checks and every cross-entry rule, plus what only the file
 * system can tell (read-content.ts).
 */
import { todayInVietnam } from '../lib/dates.ts';
import { INCLUDE_SAMPLES } from '../site.ts';
import { ContentError, sortProblems, type Problem } from './problem.ts';
import type { EntryAnalyses } from './analysis-cache.ts';
import { readContent } from './read-content.ts';
import { runRules } from './run-rules.ts';

export interface ValidateOptions {
  /** Project root (the folder holding `content/`). */
  root: string;
  /** Today as YYYY-MM-DD; defaults to today in Vietnam. */
  today?: string;
  /** Whether illustrative entries are published (`THIDUA_SAMPLES`, as the build reads it). */
  includeSamples?: boolean;
  /** Each file's own checks, kept between builds (analysis-cache.ts); by default run afresh. */
  analyses?: Pick<EntryAnalyses, 'analyse'>;
}

export interface ValidationResult {
  problems: Problem[];
  /** Entries read, per collection. */
  counts: Record<string, number>;
}

export async function validateContent({
  root,
  today = todayInVietnam(),
  includeSamples = INCLUDE_SAMPLES,
  analyses,
}: ValidateOptions): Promise<ValidationResult> {
  const content = await readContent(root, analyses ? { analyses } : {});
  const cross = runRules(content.entries, {
    files: new Set(content.files),
    publicFiles: new Set(content.publicFiles),
    today,
    includeSamples,
  });
  return { problems: sortProblems([...content.problems, ...cross]), counts: content.counts };
}

/** Throws the full report when the content has problems (for build hooks). */
export async function assertValidContent(options: ValidateOptions): Promise<ValidationResult> {
  const result = await validateContent(options);
  if (result.problems.length > 0) throw new ContentError(result.problems);
  return result;
}
