/**
 * Reads the rows of a spreadsheet: CSV (UTF-8 with or without BOM, `,` or `;` as Excel writes
 * it with Vietnamese regional settings) through csv-parse, `.xlsx` through exceljs. Returns raw
 * cells with the row numbers a clerk sees in Excel.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Cell } from './values.ts';

export interface Table {
  /** Worksheet name (XLSX) for messages. */
  sheet?: string;
  rows: { line: number; cells: Cell[] }[];
}

/** A problem with the file as a whole (encoding, format): the import stops before any row. */
export class TableError extends Error {}

export async function readTable(file: string): Promise<Table> {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return readCsv(await readFile(file));
  if (ext === '.xlsx') return readXlsx(file);
  if (ext === '.xls')
    throw new TableError(
      'định dạng .xls (Excel 97–2003) không được hỗ trợ: mở tệp trong Excel và lưu lại thành «Excel Workbook (*.xlsx)».',
    );
  throw new TableError(`không đọc được tệp «${ext || 'không có đuôi'}»: dùng tệp .xlsx hoặc .csv (UTF-8).`);
}

const WRONG_ENCODING =
  'tệp không phải UTF-8 (có lẽ được lưu bằng bảng mã Windows/ANSI nên chữ có dấu sẽ bị lỗi). ' +
  'Trong Excel chọn File › Save As › «CSV UTF-8 (Comma delimited) (*.csv)», hoặc dùng mẫu .xlsx.';

/** Text of a CSV file; refuses anything that is not UTF-8 rather than guessing a code page. */
export function decodeCsv(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new TableError(
      'tệp được lưu dạng «Unicode Text» (UTF-16). ' + WRONG_ENCODING.slice(WRONG_ENCODING.indexOf('Trong Excel')),
    );
  }
  try {
    // fatal: a byte sequence that is not UTF-8 throws instead of becoming U+FFFD.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new TableError(WRONG_ENCODING);
  }
}

/** `;` when the first line has more semicolons than commas outside quotes (Excel, vi-VN). */
export function detectDelimiter(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const count = (ch: string) => unquoted.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

export function readCsv(bytes: Uint8Array): Table {
  const text = decodeCsv(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    throw new TableError(`không đọc được nội dung CSV: ${(error as Error).message}`);
  }
  return { rows: records.map((cells, i) => ({ line: i + 1, cells })) };
}

type ExcelValue = ExcelJS.CellValue;

/** A cell's value as text, number or date, whatever exceljs wraps it in (rich text, formula…). */
function excelCell(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value)
      return excelCell((value as { result?: ExcelValue }).result ?? null);
    if ('text' in value) return String((value as { text: unknown }).text);
    if ('error' in value) return null;
  }
  return String(value);
}

export async function readXlsx(file: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new TableError(`không mở được tệp Excel: ${(error as Error).message}`);
  }
  // The first worksheet that has rows; the template keeps its instructions on a later sheet.
  const sheet =
    workbook.worksheets.find((ws) => ws.actualRowCount > 0 && ws.state === 'visible') ?? workbook.worksheets[0];
  if (!sheet) throw new TableError('tệp Excel không có trang tính nào.');
  const rows: Table['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: Cell[] = [];
    // row.values is 1-based with a hole at 0.
    const values = row.values as ExcelValue[];
    for (let i = 1; i < values.length; i++) cells.push(excelCell(values[i]));
    rows.push({ line, cells });
  });
  return { sheet: sheet.name, rows };
}
