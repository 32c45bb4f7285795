/**
 * THE CONTENT MODEL — the only gate for content. Every door runs the same rules from here:
 * `npm run check` and the build (`validateContent`), the importer and the CMS (form and local
 * backend: `checkEntry` against a `ContentSnapshot`).
 *
 * Layout:
 * - `entry-file.ts`   the one front-matter reader/writer (`parseEntryFile`, `serializeEntryFile`)
 * - `text.ts`         UTF-8, invisible characters (refused everywhere, never stripped)
 * - `entry-schema.ts` each field against `src/schema/` (Zod), with bilingual messages
 * - `mdx-body.ts`     the body (what MDX may contain)
 * - `entry.ts`        one file on its own: `analyseEntry(spec, file, text)`
 * - `rules/`          cross-entry rules, one file per family, each rule a named function
 * - `check-entry.ts`  PURE, BROWSER-SAFE: `checkEntry({ collection, file, source }, snapshot)`
 * - `snapshot.ts`     the JSON `ContentSnapshot` the gate checks against
 * - `read-content.ts` NODE ONLY: content/ from disk (+ symlinks, bytes, realpath), the snapshot
 * - `content.ts`      NODE ONLY: `validateContent({ root })`
 *
 * Adding a rule family (e.g. people and identity): write `rules/<family>.ts` exporting
 * `rules: Rule[]`; read fields with the typed accessors of `fields.ts` (`achievement.text(e,
 * 'recipient')`: a misspelt field name does not compile); report with
 * `ctx.report(entry, field, vi, en)`; add the family to `RULE_FAMILIES` in `rules/index.ts`.
 * Every door then runs it. Test it through `checkEntry` and the corpus in
 * test/unit/validate-content.test.ts.
 *
 * This index re-exports only the browser-safe API; import Node-only modules by their path.
 */
export { checkEntries, checkEntry, type CheckOptions, type EntrySource } from './check-entry.ts';
export { parseEntryFile, serializeEntryFile, splitEntryFile } from './entry-file.ts';
export {
  accessor,
  achievement,
  article,
  campaign,
  unit,
  type CollectionName,
  type ContentEntry,
  type FieldName,
} from './fields.ts';
export { CONTENT_FOLDER, MEDIA_FOLDER } from './paths.ts';
export { formatProblem, formatReport, sortProblems, type Problem } from './problem.ts';
export { recipientKey } from './rules/decisions.ts';
export type { Rule, RuleContext } from './rules/index.ts';
export { makeSnapshot, type ContentSnapshot } from './snapshot.ts';
