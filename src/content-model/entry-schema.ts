/**
 * Validates one entry's data against its collection's field list (the same list Astro's
 * schema is built from), and turns every Zod issue into a bilingual problem that names the
 * field, its Vietnamese label and the fix.
 */
import { z } from 'astro/zod';
import type { CollectionSpec, Field } from '../schema/field.ts';
import { cleanText, objectSchema, type ZodFactories } from '../schema/to-zod.ts';
import { checkCalendarDate, YEAR_RANGE } from './calendar-date.ts';
import type { Problem } from './problem.ts';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The validator's factories: dates stay strings (checked as calendar dates), references and
 * images are ids and paths whose targets are checked across entries afterwards.
 */
const factories: ZodFactories = {
  date: () =>
    z.string().superRefine((text, ctx) => {
      const check = checkCalendarDate(text);
      if (!check.ok) ctx.addIssue({ code: 'custom', message: 'date', params: { dateCheck: check } });
    }),
  image: () => cleanText().pipe(z.string().min(1)),
  reference: () => cleanText().pipe(z.string().min(1)),
};

const schemas = new Map<CollectionSpec, z.ZodType>();
function schemaOf(spec: CollectionSpec): z.ZodType {
  let s = schemas.get(spec);
  if (!s) schemas.set(spec, (s = objectSchema(spec.fields, factories)));
  return s;
}

export interface SchemaResult {
  /** The data as Astro will see it (NFC, trimmed, defaults filled), or the raw data when invalid. */
  data: Record<string, unknown>;
  /** Top-level fields that failed: later checks leave them alone. */
  failed: Set<string>;
  problems: Problem[];
}

export function validateEntryData(spec: CollectionSpec, file: string, raw: Record<string, unknown>): SchemaResult {
  const result = schemaOf(spec).safeParse(raw);
  if (result.success) return { data: result.data as Record<string, unknown>, failed: new Set(), problems: [] };
  const failed = new Set<string>();
  let problems: IssueProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.path.length > 0) failed.add(String(issue.path[0]));
    problems.push(...issueProblems(spec, file, raw, issue));
  }
  // A misspelt key ("recipent") also leaves its field missing: say it once, as the typo.
  const guessed = new Set(problems.flatMap((p) => (p.guess ? [p.guess] : [])));
  problems = problems.filter((p) => !(p.missing && guessed.has(p.field)));
  return { data: raw, failed, problems: problems.map(({ guess: _g, missing: _m, ...p }) => p) };
}

interface IssueProblem extends Problem {
  /** The field an unknown key probably meant (path). */
  guess?: string;
  /** Set when the problem is a missing field. */
  missing?: boolean;
}

/** `basis[2].date` */
export function pathText(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** The field a path points at, and the labels of the fields on the way ("Căn cứ › Ngày"). */
function resolveField(fields: readonly Field[], path: readonly PropertyKey[]): { field?: Field; labels: string[] } {
  let current: readonly Field[] | undefined = fields;
  let field: Field | undefined;
  const labels: string[] = [];
  for (const key of path) {
    if (typeof key === 'number') continue;
    field = current?.find((f) => f.name === key);
    if (!field) return { labels };
    labels.push(field.label);
    current = 'fields' in field ? field.fields : undefined;
  }
  return { field, labels };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function show(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Closest field name, for typos such as `recipent`. */
function closest(name: string, fields: readonly Field[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const f of fields) {
    const d = editDistance(name.toLowerCase(), f.name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [f.name, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

function issueProblems(
  spec: CollectionSpec,
  file: string,
  raw: Record<string, unknown>,
  issue: z.core.$ZodIssue,
): IssueProblem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const parent = resolveField(spec.fields, path);
    const siblings = parent.field && 'fields' in parent.field ? parent.field.fields : spec.fields;
    return issue.keys.map((key) => {
      const guess = closest(key, siblings);
      const fix = guess
        ? { vi: `; có phải ý bạn là «${guess}»? Sửa lại tên trường`, en: `; did you mean "${guess}"? Correct the name` }
        : { vi: '; xóa dòng này', en: '; remove it' };
      return {
        file,
        field: pathText([...path, key]),
        vi: `trường «${key}» không có trong mẫu ${spec.labelSingular.toLowerCase()}${fix.vi}.`,
        en: `unknown field "${key}"${fix.en}.`,
        ...(guess ? { guess: pathText([...path, guess]) } : {}),
      };
    });
  }
  const { field, labels } = resolveField(spec.fields, path);
  const where = pathText(path);
  const label = labels.join(' › ') || where;
  const value = valueAt(raw, path);
  const p = (vi: string, en: string): Problem[] => [{ file, field: where, vi, en }];
  if (!field) return p(`giá trị không hợp lệ: ${issue.message}`, `invalid value: ${issue.message}`);

  const isAlt = field.name === 'alt';
  const missing = value === undefined || value === null;
  if (missing || (issue.code === 'too_small' && issue.origin === 'string')) {
    if (isAlt) {
      return p(
        `ảnh chưa có mô tả «${label}»; viết một câu tả nội dung ảnh cho người không nhìn thấy ảnh.`,
        `the image has no alt text ("${where}"); describe what the image shows.`,
      );
    }
    return missing
      ? [
          {
            file,
            field: where,
            missing: true,
            vi: `thiếu trường bắt buộc «${label}»; thêm dòng «${field.name}: …».`,
            en: `required field "${where}" is missing; add a "${field.name}: …" line.`,
          },
        ]
      : field.required
        ? p(`«${label}» không được để trống.`, `"${where}" must not be empty.`)
        : p(
            `«${label}» đang để trống: điền giá trị, hoặc xóa dòng «${field.name}:» nếu không dùng.`,
            `"${where}" is empty: fill it in, or remove the "${field.name}:" line.`,
          );
  }

  switch (field.widget) {
    case 'date': {
      const check =
        issue.code === 'custom' ? (issue.params?.['dateCheck'] as ReturnType<typeof checkCalendarDate>) : undefined;
      const v = show(value);
      if (!check || check.ok || check.reason === 'format') {
        return p(
          `ngày «${v}» viết sai dạng; viết năm-tháng-ngày YYYY-MM-DD, ví dụ 2023-01-18.`,
          `date "${v}" is not written YYYY-MM-DD (e.g. 2023-01-18).`,
        );
      }
      if (check.reason === 'month') {
        return p(
          `ngày «${v}» không có thật: không có tháng ${check.month} (tháng từ 01 đến 12); viết dạng YYYY-MM-DD.`,
          `date "${v}" does not exist: there is no month ${check.month} (months are 01 to 12; the form is YYYY-MM-DD).`,
        );
      }
      if (check.reason === 'day') {
        return p(
          `ngày «${v}» không có thật: tháng ${check.month} năm ${check.year} chỉ có ${check.daysInMonth} ngày; sửa lại ngày cho đúng.`,
          `date "${v}" does not exist: ${MONTHS_EN[check.month - 1]} ${check.year} has ${check.daysInMonth} days; correct the day.`,
        );
      }
      return p(
        `năm ${check.year} của ngày «${v}» nằm ngoài khoảng ${YEAR_RANGE.min}–${YEAR_RANGE.max}; kiểm tra lại năm.`,
        `year ${check.year} of date "${v}" is outside ${YEAR_RANGE.min}–${YEAR_RANGE.max}; check the year.`,
      );
    }
    case 'select': {
      const allowed = field.options.map((o) => o.value);
      const list = allowed.map((a) => `«${a}»`).join(', ');
      return p(
        `«${show(value)}» không có trong danh sách «${label}»; chọn một trong: ${list}.`,
        `"${show(value)}" is not an allowed value of "${where}"; use one of: ${allowed.map((a) => `"${a}"`).join(', ')}.`,
      );
    }
    case 'string': {
      if (issue.code === 'custom' && field.pattern) {
        const example = /ví dụ (.+?)\.?$/i.exec(field.pattern.message)?.[1];
        return p(
          `«${show(value)}» không đúng dạng «${label}»: ${field.pattern.message}`,
          `"${show(value)}" is not a valid "${where}"${example ? ` (expected the form of ${example.replace(/ hoặc /g, ' or ')})` : ` (pattern ${field.pattern.regex})`}.`,
        );
      }
      return p(`«${label}» phải là một dòng chữ.`, `"${where}" must be text.`);
    }
    case 'text':
    case 'file':
      return p(`«${label}» phải là chữ.`, `"${where}" must be text.`);
    case 'number': {
      if (issue.code === 'too_small' || issue.code === 'too_big') {
        const range = `${field.min ?? '…'}–${field.max ?? '…'}`;
        return p(
          `«${label}» = ${show(value)} nằm ngoài khoảng cho phép ${range}.`,
          `"${where}" = ${show(value)} is outside the allowed range ${range}.`,
        );
      }
      return p(
        `«${label}» phải là một số nguyên, viết bằng chữ số, không có dấu nháy.`,
        `"${where}" must be a whole number written in digits, unquoted.`,
      );
    }
    case 'boolean':
      return p(`«${label}» chỉ nhận true hoặc false.`, `"${where}" must be true or false.`);
    case 'relation':
      return p(
        `«${label}» phải là mã (tên tệp, không có phần mở rộng) của một mục «${field.collection}».`,
        `"${where}" must be the id (file name without extension) of a ${field.collection} entry.`,
      );
    case 'image':
      return p(
        `«${label}» phải là đường dẫn tới tệp ảnh, ví dụ ../media/anh.jpg.`,
        `"${where}" must be the path of an image file, e.g. ../media/photo.jpg.`,
      );
    case 'string-list':
    case 'campaign-contents':
    case 'object-list':
      if (issue.code === 'too_small')
        return p(`«${label}» cần ít nhất một mục.`, `"${where}" needs at least one item.`);
      return p(
        `«${label}» phải là một danh sách, mỗi mục một dòng bắt đầu bằng "- ".`,
        `"${where}" must be a list, one "- " line per item.`,
      );
    case 'object':
      return p(
        `«${label}» phải là một nhóm trường con, thụt lề dưới dòng «${field.name}:».`,
        `"${where}" must be a group of indented sub-fields under "${field.name}:".`,
      );
  }
}
