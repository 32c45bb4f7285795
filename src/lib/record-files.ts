/**
 * Records as files: one record's two tables as a CSV to open in a spreadsheet, and every record
 * of the site as CSV and JSON under /du-lieu/. CSV through the one safe writer (src/lib/csv.ts:
 * formula-like text neutralised); JSON keeps the text as written.
 */
import { toCsvText } from './csv.ts';
import { OPEN_DATA_LICENCE, type OpenDataMeta } from './open-data.ts';
import {
  awardText,
  decisionText,
  RECORD_FILE_COLUMNS,
  tableHonours,
  type AwardRecord,
  type RecordFileRow,
} from './records.ts';
import { RECORD_TABLES } from '../schema/vocabulary.ts';

/** Columns of one record's CSV: the report's three, after the table each row belongs to. */
export const RECORD_CSV_HEADER = [
  'Bảng',
  'Năm',
  'Danh hiệu thi đua / Hình thức khen thưởng',
  'Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định',
] as const;

/** One record's CSV: the titles table's rows, then the forms table's. */
export function recordCsv(record: AwardRecord, holderName: string): string {
  const rows = RECORD_TABLES.flatMap((t) =>
    tableHonours(record, t.value).map((h) => [t.label, h.year, awardText(h, holderName), decisionText(h)]),
  );
  return toCsvText(rows, { header: RECORD_CSV_HEADER });
}

/** Every record of the site as CSV, one honour a row (columns: RECORD_FILE_COLUMNS). */
export function recordsCsv(rows: readonly RecordFileRow[]): string {
  return toCsvText(
    rows.map((r) => RECORD_FILE_COLUMNS.map((c) => r[c.name])),
    { header: RECORD_FILE_COLUMNS.map((c) => c.name) },
  );
}

/** Every record as JSON: the data set's description, its columns, then one object per honour. */
export function recordsJson(rows: readonly RecordFileRow[], meta: OpenDataMeta): string {
  return JSON.stringify(
    {
      ...meta,
      license: { ...OPEN_DATA_LICENCE },
      columns: RECORD_FILE_COLUMNS.map((c) => ({ name: c.name, label: c.label, description: c.description })),
      count: rows.length,
      records: rows.map((r) => Object.fromEntries(RECORD_FILE_COLUMNS.map((c) => [c.name, r[c.name]]))),
    },
    null,
    2,
  );
}
