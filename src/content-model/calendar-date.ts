/**
 * Calendar dates as editors write them, checked on the raw text: a YAML parser turns
 * `2025-02-30` into 2 March without a word, so the check must happen before any conversion.
 */

export type DateCheck =
  | { ok: true }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'month'; month: number }
  | { ok: false; reason: 'day'; year: number; month: number; daysInMonth: number }
  | { ok: false; reason: 'range'; year: number };

const ISO_CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Years a record of this archive can plausibly carry; outside them it is a typo. */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function checkCalendarDate(text: string): DateCheck {
  const m = ISO_CALENDAR_DATE.exec(text);
  if (!m) return { ok: false, reason: 'format' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { ok: false, reason: 'month', month };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { ok: false, reason: 'day', year, month, daysInMonth: days };
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return { ok: false, reason: 'range', year };
  return { ok: true };
}
