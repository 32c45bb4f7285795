/**
 * Reads an entry file the way an editor wrote it: the front matter is split off by hand and
 * parsed with the YAML 1.2 core schema, which keeps `2025-02-30` a string (Astro's parser
 * would already have rolled it over into March), and every YAML error keeps its line.
 */
import { parseDocument, type YAMLError } from 'yaml';
import type { Problem } from './problem.ts';

export interface RawEntry {
  /** The data: the front matter of an `.mdx` file, or the whole of a `.yml` file. */
  data: Record<string, unknown>;
  /** The MDX body, and the 1-based file line it starts on. */
  body?: { text: string; firstLine: number };
}

export type ReadResult = { ok: true; entry: RawEntry } | { ok: false; problems: Problem[] };

/** Vietnamese for the YAML errors editors actually make, with the usual fix. */
const YAML_ERRORS_VI: Record<string, string> = {
  DUPLICATE_KEY: 'một trường được khai báo hai lần; xóa một dòng',
  TAB_AS_INDENT: 'dùng phím Tab để thụt lề; YAML chỉ nhận dấu cách',
  BAD_INDENT: 'thụt lề sai hoặc thiếu dấu đóng ] }',
  MISSING_CHAR: 'thiếu dấu đóng (dấu nháy " hoặc \', ngoặc ] hay })',
  BLOCK_AS_IMPLICIT_KEY: 'giá trị có dấu hai chấm ":" hoặc thụt lề sai; nếu giá trị chứa ":", đặt cả giá trị trong dấu nháy kép "…"',
  MULTILINE_IMPLICIT_KEY: 'tên trường phải nằm trên một dòng; kiểm tra thụt lề và dấu hai chấm',
  UNEXPECTED_TOKEN: 'có ký tự không hợp lệ; nếu giá trị bắt đầu bằng ký tự đặc biệt (@ ` * & ! | > % [ {), đặt nó trong dấu nháy kép',
  MULTIPLE_DOCS: 'có nhiều tài liệu YAML (dòng "---" thừa)',
};

function yamlProblem(file: string, error: YAMLError, lineOffset: number): Problem {
  const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const line = (error.linePos?.[0]?.line ?? 1) + lineOffset;
  const vi = YAML_ERRORS_VI[error.code] ?? 'cú pháp không đúng';
  return {
    file,
    line,
    field: 'front matter',
    vi: `YAML không hợp lệ ở dòng ${line}: ${vi}.`,
    en: `invalid YAML at line ${line}: ${detail} (${error.code}).`,
  };
}

/** Parses YAML text whose first line is file line `lineOffset + 1`. */
function parseYaml(file: string, text: string, lineOffset: number): { data?: Record<string, unknown>; problems: Problem[] } {
  const doc = parseDocument(text, { schema: 'core', prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) return { problems: doc.errors.map((e) => yamlProblem(file, e, lineOffset)) };
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (data === null || data === undefined) return { data: {}, problems: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      problems: [{
        file,
        line: lineOffset + 1,
        field: 'front matter',
        vi: 'phần khai báo phải là các dòng «tên trường: giá trị», không phải một danh sách hay một giá trị đơn.',
        en: 'the data must be a mapping of "field: value" lines, not a list or a single value.',
      }],
    };
  }
  return { data: data as Record<string, unknown>, problems: [] };
}

/** An `.mdx` entry: `---` front matter `---`, then the body. */
export function readMdxEntry(file: string, source: string): ReadResult {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  let open = 0;
  while (open < lines.length && lines[open]!.trim() === '') open++;
  if (lines[open]?.trimEnd() !== '---') {
    return {
      ok: false,
      problems: [{
        file,
        line: open + 1,
        field: 'front matter',
        vi: 'thiếu phần khai báo ở đầu tệp: tệp phải bắt đầu bằng một dòng "---", các dòng «tên trường: giá trị», rồi một dòng "---".',
        en: 'missing front matter: the file must start with a "---" line, then "field: value" lines, then a "---" line.',
      }],
    };
  }
  // Astro closes the front matter at the first line that starts with "---"; so do we.
  let close = open + 1;
  while (close < lines.length && !lines[close]!.startsWith('---')) close++;
  if (close >= lines.length) {
    return {
      ok: false,
      problems: [{
        file,
        line: open + 1,
        field: 'front matter',
        vi: 'phần khai báo mở bằng "---" nhưng không có dòng "---" đóng lại; thêm dòng "---" sau trường cuối cùng.',
        en: 'the front matter opened by "---" is never closed; add a "---" line after the last field.',
      }],
    };
  }
  const { data, problems } = parseYaml(file, lines.slice(open + 1, close).join('\n'), open + 1);
  if (!data) return { ok: false, problems };
  return { ok: true, entry: { data, body: { text: lines.slice(close + 1).join('\n'), firstLine: close + 2 } } };
}

/** A `.yml` data entry. */
export function readYamlEntry(file: string, source: string): ReadResult {
  const { data, problems } = parseYaml(file, source.replace(/^\uFEFF/, ''), 0);
  return data ? { ok: true, entry: { data } } : { ok: false, problems };
}
