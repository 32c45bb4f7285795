/**
 * What a spreadsheet cell needs before it can even become a field: a real calendar date
 * (through the content model's own calendar check). Every rule about entries (award forms per
 * kind, dates against the campaign and today, one date and authority per decision, contents of
 * the campaign, duplicates, text, the body) is the content model's, run on the files the import
 * would write (see import.ts).
 */
import { checkCalendarDate, YEAR_RANGE } from '../content-model/calendar-date.ts';

/** `YYYY-MM-DD` naming a day that exists (YAML and `Date` silently roll 2025-02-30 over). */
export function isRealIsoDate(text: string): boolean {
  return checkCalendarDate(text).ok;
}

export function invalidIsoDateMessage(text: string): string | undefined {
  const check = checkCalendarDate(text);
  if (check.ok) return undefined;
  if (check.reason === 'format') return `Ngày «${text}» không đúng dạng năm-tháng-ngày (ví dụ 2023-12-28).`;
  if (check.reason === 'range')
    return `Năm ${check.year} của ngày «${text}» nằm ngoài khoảng ${YEAR_RANGE.min}–${YEAR_RANGE.max}.`;
  return `Ngày «${text}» không có thật.`;
}
