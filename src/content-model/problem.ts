/**
 * One thing wrong with the content, said to the editor in Vietnamese and to the developer in
 * English. Each half says what is wrong and how to fix it, so a single line is enough.
 */
export interface Problem {
  /** Path relative to the project root, with `/` separators (`content/news/x.mdx`). */
  readonly file: string;
  /** 1-based line in the file, when the problem has a place (YAML, MDX). */
  readonly line?: number;
  /** Field key path (`decisionDate`, `cover.alt`, `basis[2].date`), or `file`, `front matter`, `body`. */
  readonly field: string;
  readonly vi: string;
  readonly en: string;
}

/** `<file>[:<line>]: <field>: <Vietnamese> / <English>`, one line. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.field}: ${oneLine(p.vi)} / ${oneLine(p.en)}`;
}

/** Problems in a stable order (file, line, field), so runs and tests compare equal. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.field < b.field ? -1 : a.field > b.field ? 1 : 0),
  );
}

/** The full report: a count, then one line per problem. */
export function formatReport(problems: readonly Problem[]): string {
  const head = `Nội dung có ${problems.length} lỗi, cần sửa trước khi xuất bản / Content has ${problems.length} problem(s) to fix before publishing:`;
  return [head, ...sortProblems(problems).map(formatProblem)].join('\n');
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

/** The content's problems as one error, its message the full report (what stops a build). */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatReport(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
