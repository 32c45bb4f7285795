/**
 * Every CSV the site or the importer writes goes through here, so a downloaded file cannot
 * poison a spreadsheet: a cell that Excel, LibreOffice or Google Sheets would read as a formula
 * (`=HYPERLINK(…)`, `+…`, `-…`, `@…`, or one starting with a tab or carriage return) is written
 * with a leading apostrophe, as the OWASP "CSV Injection" guidance recommends. The apostrophe
 * makes the spreadsheet show the text as text; the JSON files keep the text exactly as written.
 *
 * Only text is neutralised: numbers and booleans are written as they are (a year is never a
 * formula, and `-5` typed as a number stays a number).
 */
import { stringify } from 'csv-stringify/sync';

/** First characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet will show it as text: `'` before a formula-like start. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Column names written as the first row (neutralised like any text). */
  header?: readonly string[];
  /** `,` (default, the open data) or `;` (what Excel saves as «CSV UTF-8» in Vietnam). */
  delimiter?: ',' | ';';
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? neutraliseFormula(value) : String(value);
}

/**
 * CSV text: UTF-8 with a byte-order mark (without it Excel reads the file as the local code
 * page and garbles every Vietnamese letter), CRLF line ends, quoting where needed.
 */
export function toCsvText(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const body = [...(options.header ? [options.header] : []), ...rows].map((row) => row.map(cell));
  return stringify(body, { bom: true, delimiter: options.delimiter ?? ',', record_delimiter: 'windows' });
}
