/**
 * Spreadsheet cells to the values the schema stores: dates written the Vietnamese way, names
 * typed without tones, list cells. Pure; every parser returns a value or a Vietnamese message.
 */
import { isoDate } from '../lib/dates.ts';
import { foldVietnamese } from '../lib/fold.ts';
import { isRealIsoDate } from './rules.ts';

/** A cell as read from CSV (text) or XLSX (text, number, date). */
export type Cell = string | number | Date | boolean | null;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** Single-line text: NFC, inner runs of spaces collapsed, trimmed. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoDate(cell);
  return String(cell).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Multi-line text (the body): NFC, each line trimmed, blank lines kept as paragraph breaks. */
export function cellParagraphs(cell: Cell): string {
  if (cell === null) return '';
  return String(cell)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n|\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

const pad = (n: number) => String(n).padStart(2, '0');
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date as clerks write it: `28/12/2023` or `28-12-2023` (day first, as in Vietnam),
 * `2023-12-28`, an Excel date cell, or an Excel day serial left as a number.
 */
export function parseDate(cell: Cell): Parsed<string> {
  if (cell instanceof Date) {
    // exceljs gives date cells as UTC midnight of the day shown.
    return ok(`${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`);
  }
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2958465) return fail(`«${cell}» không phải là ngày.`);
    return ok(isoDate(new Date(EXCEL_EPOCH + cell * 86_400_000)));
  }
  const text = cellText(cell);
  let iso: string | undefined;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) iso = `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  if (!iso)
    return fail(
      `Ngày «${text}» không đúng dạng; ghi ngày/tháng/năm (ví dụ 28/12/2023) hoặc năm-tháng-ngày (2023-12-28).`,
    );
  if (!isRealIsoDate(iso)) return fail(`Ngày «${text}» không có thật (ghi theo thứ tự ngày/tháng/năm).`);
  return ok(iso);
}

export function parseYear(cell: Cell): Parsed<number> {
  const text = cellText(cell);
  if (typeof cell === 'number' && Number.isInteger(cell)) return ok(cell);
  if (/^\d{4}$/.test(text)) return ok(Number(text));
  return fail(`Năm «${text}» không hợp lệ; ghi bốn chữ số, ví dụ 2023.`);
}

/**
 * A decision number with stray spaces dropped; typed all in lower case (`45/qđ-skhđt`) it is
 * put in capitals, but mixed case is kept as written (`123/QĐ-TTg`, the Prime Minister).
 */
export function tidyDecisionNumber(cell: Cell): string {
  const compact = cellText(cell).replace(/\s+/g, '');
  return compact === compact.toLowerCase() ? compact.toUpperCase() : compact;
}

/** Several values in one cell, separated by `;` or line breaks. */
export function cellList(cell: Cell): string[] {
  return cellText(cell === null ? null : String(cell).replace(/\r?\n/g, ';'))
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The one value whose folded name equals the folded cell (tones, case, spaces ignored). */
export function matchFolded<T>(
  text: string,
  items: readonly T[],
  names: (item: T) => readonly (string | undefined)[],
): T[] {
  const key = foldVietnamese(text);
  if (!key) return [];
  return items.filter((item) => names(item).some((n) => n !== undefined && foldVietnamese(n) === key));
}

/** Edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The name a typo most likely meant ("Phòng Kinh tế ngàng" → "Phòng Kinh tế ngành"), compared
 * folded; none when nothing is close (a fifth of the length, at most).
 */
export function closestName(text: string, names: readonly string[]): string | undefined {
  const key = foldVietnamese(text);
  let best: { name: string; d: number } | undefined;
  for (const name of names) {
    const d = editDistance(key, foldVietnamese(name));
    if (d <= Math.max(1, Math.floor(key.length / 5)) && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}
