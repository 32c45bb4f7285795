/**
 * The ONE reader and writer of entry files. Every door reads front matter through
 * `parseEntryFile` (the validator, the CMS gate, the importer's view of existing content, the
 * loader's body split) and writes it through `serializeEntryFile` (importer, CMS).
 *
 * Reads the file the way an editor wrote it: the front matter is parsed with the YAML 1.2 core
 * schema, which keeps `2025-02-30` a string (Astro's parser would already have rolled it over
 * into March), every YAML error keeps its line, and YAML's code-like features are refused with
 * a message instead of a crash: explicit tags (`!!js/function`), alias bombs, numbers written
 * as hex, octal, exponent or with a sign. Pure and browser-safe.
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, stringify, visit, type Document, type YAMLError } from 'yaml';
import type { CollectionSpec } from '../schema/field.ts';
import type { Problem } from './problem.ts';
import { invisibleLines, invisibleText, lineAt } from './text.ts';

export interface RawEntry {
  /** The data: the front matter of an `.mdx` file, or the whole of a `.yml` file. */
  data: Record<string, unknown>;
  /** The MDX body, and the 1-based file line it starts on. */
  body?: { text: string; firstLine: number };
}

/**
 * `ok` with the data when the file could be read; `problems` may hold text problems (invisible
 * characters, numbers) even then: they concern single values, not the structure.
 */
export type ReadResult = { ok: true; entry: RawEntry; problems: Problem[] } | { ok: false; problems: Problem[] };

/** How many aliases (`*name`) a file may use: editors and the CMS never write any. */
export const MAX_YAML_ALIASES = 20;

/** Vietnamese for the YAML errors editors actually make, with the usual fix. */
const YAML_ERRORS_VI: Record<string, string> = {
  DUPLICATE_KEY: 'một trường được khai báo hai lần; xóa một dòng',
  TAB_AS_INDENT: 'dùng phím Tab để thụt lề; YAML chỉ nhận dấu cách',
  BAD_INDENT: 'thụt lề sai hoặc thiếu dấu đóng ] }',
  MISSING_CHAR: 'thiếu dấu đóng (dấu nháy " hoặc \', ngoặc ] hay })',
  BLOCK_AS_IMPLICIT_KEY:
    'giá trị có dấu hai chấm ":" hoặc thụt lề sai; nếu giá trị chứa ":", đặt cả giá trị trong dấu nháy kép "…"',
  MULTILINE_IMPLICIT_KEY: 'tên trường phải nằm trên một dòng; kiểm tra thụt lề và dấu hai chấm',
  UNEXPECTED_TOKEN:
    'có ký tự không hợp lệ; nếu giá trị bắt đầu bằng ký tự đặc biệt (@ ` * & ! | > % [ {), đặt nó trong dấu nháy kép',
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

/** A plain decimal integer or decimal fraction, as an editor types a year or an order. */
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** `basis[2].date` for a node, from the keys and indexes on the way to it. */
function pathOf(ancestors: readonly unknown[], node: unknown): string {
  let path = '';
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length - 1; i++) {
    const parent = chain[i];
    const child = chain[i + 1];
    if (isPair(parent) && parent.value === child && isScalar(parent.key)) {
      path += path ? `.${String(parent.key.value)}` : String(parent.key.value);
    } else if (isSeq(parent)) {
      path += `[${parent.items.indexOf(child as never)}]`;
    }
  }
  return path;
}

/** Problems a parsed document has that YAML itself accepts: tags, odd numbers, invisible text. */
function valueProblems(
  file: string,
  doc: Document,
  text: string,
  lineOffset: number,
): { tags: Problem[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const tags: Problem[] = [];
  const line = (node: { range?: [number, number, number] | null }) => lineAt(text, node.range?.[0] ?? 0) + lineOffset;
  visit(doc, {
    Node(_key, node, ancestors) {
      if (isPair(node)) return undefined;
      const field = pathOf(ancestors, node) || 'front matter';
      if ('tag' in node && node.tag) {
        const tag = String(node.tag).replace(/^tag:yaml\.org,2002:/, '!!');
        tags.push({
          file,
          line: line(node),
          field,
          vi: `thẻ YAML «${tag}» không được dùng; nội dung chỉ là dữ liệu: xóa «${tag}» và viết giá trị thường.`,
          en: `YAML tag "${tag}" is not allowed (content is data, never code); remove it and write a plain value.`,
        });
        return visit.SKIP;
      }
      if (isScalar(node)) {
        const source = node.range ? text.slice(node.range[0], node.range[1]) : '';
        if (typeof node.value === 'number' && !PLAIN_NUMBER.test(source.trim())) {
          problems.push({
            file,
            line: line(node),
            field,
            vi: `số «${source.trim()}» phải viết bằng chữ số thập phân thường (ví dụ 2022), không dùng dạng 0x…, 0o…, 1e3 hay dấu +.`,
            en: `number "${source.trim()}" must be written as a plain decimal (e.g. 2022): no 0x…, 0o…, exponent or "+".`,
          });
        } else if (typeof node.value === 'string') {
          const found = invisibleText(node.value);
          // A key is reported as itself: the field it would name does not exist yet.
          const isKey = isPair(ancestors.at(-1)) && (ancestors.at(-1) as { key: unknown }).key === node;
          if (found)
            problems.push({
              file,
              line: line(node),
              field: isKey ? pathOf(ancestors.slice(0, -1), ancestors.at(-2)) || 'front matter' : field,
              ...found,
            });
        }
      }
      return undefined;
    },
  });
  return { tags, problems };
}

/** Parses YAML text whose first line is file line `lineOffset + 1`. */
function parseYaml(
  file: string,
  text: string,
  lineOffset: number,
): { data?: Record<string, unknown>; problems: Problem[] } {
  const doc = parseDocument(text, { schema: 'core', prettyErrors: true, uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) return { problems: doc.errors.map((e) => yamlProblem(file, e, lineOffset)) };
  const { tags, problems } = valueProblems(file, doc, text, lineOffset);
  // A tag asks the reader to build something other than plain data: the file is not read at all.
  if (tags.length > 0) return { problems: tags };
  // Comments are not values, but a comment can hide text direction tricks all the same.
  for (const [i, l] of text.split('\n').entries()) {
    const hash = l.indexOf('#');
    if (hash >= 0 && invisibleText(l.slice(hash)) && !problems.some((p) => p.line === i + 1 + lineOffset)) {
      problems.push(...invisibleLines(file, 'front matter', l.slice(hash), i + 1 + lineOffset));
    }
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // "Excessive alias count": an alias bomb (a few lines that expand to millions of values).
    const alias = /alias/i.test((error as Error).message);
    return {
      problems: [
        {
          file,
          line: lineOffset + 1,
          field: 'front matter',
          vi: alias
            ? `YAML dùng bí danh (&tên / *tên) quá ${MAX_YAML_ALIASES} lần; viết thẳng giá trị, không dùng bí danh.`
            : 'YAML không đọc được thành dữ liệu; kiểm tra lại phần khai báo.',
          en: alias
            ? `YAML uses aliases (&name / *name) more than ${MAX_YAML_ALIASES} times (an alias bomb); write the values out.`
            : `YAML could not be read as data: ${(error as Error).message}.`,
        },
      ],
    };
  }
  if (data === null || data === undefined) return { data: {}, problems };
  if (typeof data !== 'object' || Array.isArray(data) || !isMap(doc.contents)) {
    return {
      problems: [
        {
          file,
          line: lineOffset + 1,
          field: 'front matter',
          vi: 'phần khai báo phải là các dòng «tên trường: giá trị», không phải một danh sách hay một giá trị đơn.',
          en: 'the data must be a mapping of "field: value" lines, not a list or a single value.',
        },
      ],
    };
  }
  return { data: data as Record<string, unknown>, problems };
}

export type Split =
  | { ok: true; frontMatter: { text: string; firstLine: number }; body: { text: string; firstLine: number } }
  | { ok: false; reason: 'missing' | 'unclosed'; line: number };

/**
 * Splits an `.mdx` file into its front matter and body the way Astro does: blank lines, a `---`
 * line, the YAML, and the first line that starts with `---` closes it.
 */
export function splitEntryFile(source: string): Split {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  let open = 0;
  while (open < lines.length && lines[open]!.trim() === '') open++;
  if (lines[open]?.trimEnd() !== '---') return { ok: false, reason: 'missing', line: open + 1 };
  let close = open + 1;
  while (close < lines.length && !lines[close]!.startsWith('---')) close++;
  if (close >= lines.length) return { ok: false, reason: 'unclosed', line: open + 1 };
  return {
    ok: true,
    frontMatter: { text: lines.slice(open + 1, close).join('\n'), firstLine: open + 2 },
    body: { text: lines.slice(close + 1).join('\n'), firstLine: close + 2 },
  };
}

/** Reads an entry file of a collection: its data, and its body for `.mdx` collections. */
export function parseEntryFile(spec: Pick<CollectionSpec, 'format'>, file: string, source: string): ReadResult {
  if (spec.format === 'yml') {
    const { data, problems } = parseYaml(file, source.replace(/^\uFEFF/, ''), 0);
    return data ? { ok: true, entry: { data }, problems } : { ok: false, problems };
  }
  const split = splitEntryFile(source);
  if (!split.ok) {
    const problem =
      split.reason === 'missing'
        ? {
            vi: 'thiếu phần khai báo ở đầu tệp: tệp phải bắt đầu bằng một dòng "---", các dòng «tên trường: giá trị», rồi một dòng "---".',
            en: 'missing front matter: the file must start with a "---" line, then "field: value" lines, then a "---" line.',
          }
        : {
            vi: 'phần khai báo mở bằng "---" nhưng không có dòng "---" đóng lại; thêm dòng "---" sau trường cuối cùng.',
            en: 'the front matter opened by "---" is never closed; add a "---" line after the last field.',
          };
    return { ok: false, problems: [{ file, line: split.line, field: 'front matter', ...problem }] };
  }
  const { data, problems } = parseYaml(file, split.frontMatter.text, split.frontMatter.firstLine - 1);
  if (!data) return { ok: false, problems };
  return { ok: true, entry: { data, body: split.body }, problems };
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Writes an entry file: keys in the schema's field order (then any others), empty values left
 * out, no line folding (an edit changes only the lines edited), everything NFC. `.mdx` files get
 * `---` front matter `---`, a blank line and the body.
 */
export function serializeEntryFile(
  spec: Pick<CollectionSpec, 'format' | 'fields'>,
  data: Record<string, unknown>,
  body?: string,
): string {
  const ordered: Record<string, unknown> = {};
  for (const field of spec.fields) if (!isEmpty(data[field.name])) ordered[field.name] = data[field.name];
  for (const [key, value] of Object.entries(data)) if (!(key in ordered) && !isEmpty(value)) ordered[key] = value;
  const yaml = Object.keys(ordered).length > 0 ? stringify(ordered, { lineWidth: 0, minContentWidth: 0 }) : '';
  if (spec.format === 'yml') return yaml.normalize('NFC');
  const text = body?.replace(/^(?:\r?\n)+/, '').replace(/\s+$/, '') ?? '';
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`.normalize('NFC');
}

/**
 * The data of an `.mdx` entry, for code that only reads well-formed files (tests, benchmark
 * generators); throws with the content model's report when the file cannot be read.
 */
export function frontMatterOf(source: string, file = 'entry.mdx'): Record<string, unknown> {
  const read = parseEntryFile({ format: 'mdx' }, file, source);
  if (!read.ok) throw new Error(read.problems.map((p) => `${p.file}:${p.line ?? ''}: ${p.en}`).join('\n'));
  return read.entry.data;
}
