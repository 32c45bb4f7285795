/**
 * «Quá trình khen thưởng»: the honours of one person or unit in the two tables an award report
 * lists them in (DOMAIN.md, "Award reports and records"), and the consecutive-year runs of each
 * emulation title. Pure: pages, CSV/JSON files and tests give it plain honours.
 *
 * Facts only. A run says which years in a row a title was received; whether that makes anyone
 * eligible for a higher honour is for the emulation council to judge, so nothing here says so.
 */
import { AWARD_FORMS, RECORD_TABLES, recordTableOf, type RecordTable } from '../schema/vocabulary.ts';
import { compareVietnamese } from './collate.ts';
import { formatShortDate, isoDate } from './dates.ts';

/** One honour as a record lists it (one achievement). */
export interface Honour {
  /** Id of the achievement (its page). */
  id: string;
  /** The year the honour is FOR: the achievement's `year`, else its decision's year. */
  year: number;
  award: string;
  decisionNumber: string;
  decisionDate: Date;
  authority: string;
  /** The recipient's name as the decision wrote it (a unit's predecessor keeps its old name). */
  recipient: string;
}

/** A record: its honours split into the report's two tables, each in report order. */
export interface AwardRecord<H extends Honour = Honour> {
  titles: H[];
  forms: H[];
  /** Consecutive-year runs of each emulation title received. */
  runs: TitleRuns[];
}

export interface YearRun {
  from: number;
  to: number;
  /** Number of years in the run (to − from + 1). */
  years: number;
}

export interface TitleRuns {
  award: string;
  runs: YearRun[];
}

/** Report order: by the year an honour is for, then decision date, number and award. */
export function compareHonours(a: Honour, b: Honour): number {
  return (
    a.year - b.year ||
    a.decisionDate.getTime() - b.decisionDate.getTime() ||
    compareVietnamese(a.decisionNumber, b.decisionNumber) ||
    compareVietnamese(a.award, b.award)
  );
}

/**
 * Runs of consecutive years of one title. The same title twice in one year (two decisions)
 * counts as one year; a missing year ends a run.
 */
export function yearRuns(years: readonly number[]): YearRun[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: YearRun[] = [];
  for (const year of sorted) {
    const last = runs.at(-1);
    if (last && year === last.to + 1) {
      last.to = year;
      last.years += 1;
    } else runs.push({ from: year, to: year, years: 1 });
  }
  return runs;
}

/**
 * The runs of every emulation title among the honours, titles in the vocabulary's order. With a
 * holder's name, honours given under another name (a unit's predecessor before a merger or
 * rename) run apart, labelled with that name: whether a run carries across a merger is for the
 * council to judge, so the record does not join them.
 */
export function titleRuns(honours: readonly Honour[], holderName?: string): TitleRuns[] {
  const byAward = new Map<string, { award: string; years: number[] }>();
  for (const h of honours) {
    if (recordTableOf(h.award) !== 'danh-hieu') continue;
    const label = awardText(h, holderName);
    const group = byAward.get(label) ?? { award: h.award, years: [] };
    group.years.push(h.year);
    byAward.set(label, group);
  }
  const order = (award: string) => {
    const i = AWARD_FORMS.findIndex((f) => f.value === award);
    return i === -1 ? AWARD_FORMS.length : i;
  };
  return [...byAward.entries()]
    .sort(
      ([la, a], [lb, b]) =>
        order(a.award) - order(b.award) || Math.min(...a.years) - Math.min(...b.years) || compareVietnamese(la, lb),
    )
    .map(([label, { years }]) => ({ award: label, runs: yearRuns(years) }));
}

/** The record of a person or unit from its honours (any order), for the holder named so today. */
export function awardRecord<H extends Honour>(honours: readonly H[], holderName?: string): AwardRecord<H> {
  const sorted = [...honours].sort(compareHonours);
  return {
    titles: sorted.filter((h) => recordTableOf(h.award) === 'danh-hieu'),
    forms: sorted.filter((h) => recordTableOf(h.award) === 'hinh-thuc'),
    runs: titleRuns(sorted, holderName),
  };
}

/** «2022–2024, 3 năm liên tục», or «2025» for a single year. */
export function describeRun(run: YearRun): string {
  return run.years === 1 ? String(run.from) : `${run.from}–${run.to}, ${run.years} năm liên tục`;
}

/** «Lao động tiên tiến: 2022–2023, 2 năm liên tục; 2025». */
export function describeTitleRuns(t: TitleRuns): string {
  return `${t.award}: ${t.runs.map(describeRun).join('; ')}`;
}

/**
 * The third column of both tables, as reports write it: number, date and issuing authority of
 * the decision — «Quyết định số 45/QĐ-SKHĐT ngày 10/01/2023 của Giám đốc Sở».
 */
export function decisionText(h: Pick<Honour, 'decisionNumber' | 'decisionDate' | 'authority'>): string {
  return `Quyết định số ${h.decisionNumber} ngày ${formatShortDate(h.decisionDate)} của ${h.authority}`;
}

/**
 * Column headings of the two tables, as the report templates annexed to the decree word them
 * (Mẫu báo cáo thành tích: «1. Danh hiệu thi đua», «2. Hình thức khen thưởng»).
 */
export const RECORD_COLUMNS: Readonly<Record<RecordTable, readonly [string, string, string]>> = {
  'danh-hieu': [
    'Năm',
    'Danh hiệu thi đua',
    'Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định',
  ],
  'hinh-thuc': [
    'Năm',
    'Hình thức khen thưởng',
    'Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định',
  ],
};

/** Heading of each table, numbered as in the templates. */
export const RECORD_TABLE_TITLES: Readonly<Record<RecordTable, string>> = Object.fromEntries(
  RECORD_TABLES.map((t, i) => [t.value, `${i + 1}. ${t.label}`]),
) as Record<RecordTable, string>;

/**
 * The title or form as a row shows it. When the decision named the recipient otherwise than the
 * record's holder is named today (a unit's predecessor before a merger or rename), that name is
 * added: «Tập thể lao động xuất sắc (Phòng Đăng ký kinh doanh)».
 */
export function awardText(h: Pick<Honour, 'award' | 'recipient'>, holderName?: string): string {
  return holderName === undefined || h.recipient === holderName ? h.award : `${h.award} (${h.recipient})`;
}

/** One row of a table as text: year, title or form, decision. */
export function recordRow(h: Honour, holderName?: string): [string, string, string] {
  return [String(h.year), awardText(h, holderName), decisionText(h)];
}

/** The honours of one table. */
export function tableHonours<H extends Honour>(record: AwardRecord<H>, table: RecordTable): H[] {
  return table === 'danh-hieu' ? record.titles : record.forms;
}

/**
 * The two tables as text to paste into a document or spreadsheet: each table's heading, its
 * column headings and rows, cells separated by tabs (Word's "Convert text to table" and every
 * spreadsheet read tabs as columns). Tabs and line breaks inside a cell become spaces.
 */
export function recordTsv(record: AwardRecord, holderName?: string): string {
  const line = (cells: readonly string[]) => cells.map((c) => c.replace(/[\t\r\n]+/g, ' ')).join('\t');
  return RECORD_TABLES.map((t) => {
    const rows = tableHonours(record, t.value).map((h) => recordRow(h, holderName));
    return [
      RECORD_TABLE_TITLES[t.value],
      line(RECORD_COLUMNS[t.value]),
      ...(rows.length > 0 ? rows.map(line) : ['(không có)']),
    ].join('\n');
  }).join('\n\n');
}

/** Columns of the record files (per record CSV and the site-wide CSV/JSON under /du-lieu/). */
export interface RecordFileRow {
  /** `ca-nhan` or `don-vi`: whose record. */
  holderKind: 'ca-nhan' | 'don-vi';
  /** Id of the person or unit whose record it is (their page). */
  holderId: string;
  holderName: string;
  /** `danh-hieu` or `hinh-thuc`. */
  table: RecordTable;
  year: number;
  award: string;
  decisionNumber: string;
  decisionDate: string;
  authority: string;
  /** The recipient as the decision wrote it (differs from the holder for a unit's predecessor). */
  recipient: string;
  achievementId: string;
}

export interface RecordHolder {
  kind: RecordFileRow['holderKind'];
  id: string;
  name: string;
}

/** The rows of one record's files: the titles table, then the forms table. */
export function recordFileRows(holder: RecordHolder, record: AwardRecord): RecordFileRow[] {
  return RECORD_TABLES.flatMap((t) =>
    tableHonours(record, t.value).map((h) => ({
      holderKind: holder.kind,
      holderId: holder.id,
      holderName: holder.name,
      table: t.value,
      year: h.year,
      award: h.award,
      decisionNumber: h.decisionNumber,
      decisionDate: isoDate(h.decisionDate),
      authority: h.authority,
      recipient: h.recipient,
      achievementId: h.id,
    })),
  );
}

/** Column names (header row, JSON keys) with their Vietnamese meaning, for /du-lieu/. */
export const RECORD_FILE_COLUMNS: readonly { name: keyof RecordFileRow; label: string; description: string }[] = [
  {
    name: 'holderKind',
    label: 'Loại hồ sơ',
    description: 'ca-nhan (quá trình khen thưởng của một cá nhân) hoặc don-vi (của một đơn vị, tập thể).',
  },
  {
    name: 'holderId',
    label: 'Mã cá nhân / đơn vị',
    description: 'Mã của cá nhân (trang /ca-nhan/<mã>/) hoặc đơn vị (trang /don-vi/<mã>/).',
  },
  { name: 'holderName', label: 'Họ tên / Tên đơn vị', description: 'Tên hiện nay của cá nhân hoặc đơn vị.' },
  {
    name: 'table',
    label: 'Bảng',
    description:
      'danh-hieu (Danh hiệu thi đua) hoặc hinh-thuc (Hình thức khen thưởng), như hai bảng của mẫu báo cáo thành tích.',
  },
  {
    name: 'year',
    label: 'Năm',
    description: 'Năm của danh hiệu hoặc hình thức khen thưởng (năm được khen, không phải năm ký quyết định nếu khác).',
  },
  {
    name: 'award',
    label: 'Danh hiệu / Hình thức',
    description: 'Danh hiệu thi đua hoặc hình thức khen thưởng, như ghi trong quyết định.',
  },
  { name: 'decisionNumber', label: 'Số quyết định', description: 'Số, ký hiệu quyết định, ví dụ 45/QĐ-SKHĐT.' },
  {
    name: 'decisionDate',
    label: 'Ngày quyết định',
    description: 'Ngày ký quyết định, dạng năm-tháng-ngày (ISO 8601).',
  },
  { name: 'authority', label: 'Cơ quan ban hành', description: 'Người có thẩm quyền ban hành quyết định (cấp khen).' },
  {
    name: 'recipient',
    label: 'Tên trong quyết định',
    description: 'Tên người hoặc tập thể như ghi trong quyết định (với đơn vị tiền thân: tên lúc đó).',
  },
  { name: 'achievementId', label: 'Mã thành tích', description: 'Mã của thành tích (trang /thanh-tich/<mã>/).' },
];
