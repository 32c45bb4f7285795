/**
 * Rules a spreadsheet row needs before it becomes a file: dates (through the content
 * validator's own calendar check), contents without a campaign, and one date and authority per
 * decision across rows. Every other rule (award forms per kind, dates against the campaign and
 * today, duplicates, the MDX body) is the content validator's, run on the files the import
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
  if (check.reason === 'range') return `Năm ${check.year} của ngày «${text}» nằm ngoài khoảng ${YEAR_RANGE.min}–${YEAR_RANGE.max}.`;
  return `Ngày «${text}» không có thật.`;
}

/** Contents are contents of a campaign: they need one. */
export function contentsWithoutCampaignMessage(contents: readonly string[], campaign: string | undefined): string | undefined {
  return contents.length > 0 && !campaign ? 'Có nội dung thi đua nhưng chưa ghi đợt thi đua.' : undefined;
}

/** One decision has one date and one authority, whichever entry states it. */
export function decisionMismatchMessage(
  a: { decisionNumber: string; decisionDate: string; authority: string },
  b: { decisionDate: string; authority: string },
  where: string,
): string | undefined {
  if (a.decisionDate !== b.decisionDate) return `Quyết định ${a.decisionNumber} đã ghi ngày ${b.decisionDate} ở ${where}, ở đây lại là ${a.decisionDate}.`;
  if (a.authority !== b.authority) return `Quyết định ${a.decisionNumber} đã ghi cấp khen «${b.authority}» ở ${where}, ở đây lại là «${a.authority}».`;
  return undefined;
}
