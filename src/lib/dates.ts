/**
 * Vietnamese dates. Content dates are calendar dates (no time of day): they are read as UTC
 * midnight and always formatted in UTC, so a date never shifts by a time zone.
 * "Today" is the calendar day in Vietnam (UTC+7), whatever the machine's zone.
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const numeric = new Intl.DateTimeFormat('vi-VN', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});

function parts(date: Date): { day: string; month: string; year: string } {
  const out = { day: '', month: '', year: '' };
  for (const p of numeric.formatToParts(date)) {
    if (p.type === 'day' || p.type === 'month' || p.type === 'year') out[p.type] = p.value;
  }
  return out;
}

/** "15/06/2022". */
export function formatShortDate(date: Date): string {
  const { day, month, year } = parts(date);
  return `${day}/${month}/${year}`;
}

/**
 * "ngày 15 tháng 6 năm 2022", as official documents write it (Decree 30/2020/NĐ-CP): days
 * below 10 and the months 1 and 2 keep a leading zero ("ngày 05 tháng 02 năm 2023"), a rule
 * Intl's own long format does not apply.
 */
export function formatLongDate(date: Date): string {
  const { day, month, year } = parts(date);
  const m = Number(month) <= 2 ? month : String(Number(month));
  return `ngày ${day} tháng ${m} năm ${year}`;
}

/** "tháng 6/2022": a month and year, for campaign periods. */
export function formatMonthYear(date: Date): string {
  const { month, year } = parts(date);
  return `tháng ${month}/${year}`;
}

/** ISO calendar date "2022-06-15" (machine-readable: `datetime` attributes, sort keys, CSV). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Today's calendar date in Vietnam as "YYYY-MM-DD". */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: VIETNAM_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Year of a calendar date. */
export function yearOf(date: Date): number {
  return date.getUTCFullYear();
}
