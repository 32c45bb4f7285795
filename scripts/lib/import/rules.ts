/**
 * Row rules of an achievement beyond what the Zod schema checks: pure functions, each returning
 * a Vietnamese message or undefined. They are written to be shared with the content validator
 * (src/validate/), so a spreadsheet row and a file in content/ are held to the same rules.
 */
import { AWARD_FORMS, RECIPIENT_KINDS, labelOf } from '../../../src/schema/vocabulary.ts';

/** `YYYY-MM-DD` naming a day that exists (YAML and `Date` silently roll 2025-02-30 over). */
export function isRealIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function invalidIsoDateMessage(text: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return `Ngày «${text}» không đúng dạng năm-tháng-ngày (ví dụ 2023-12-28).`;
  if (!isRealIsoDate(text)) return `Ngày «${text}» không có thật.`;
  return undefined;
}

/** Titles for individuals cannot go to a collective, and the reverse (Law 06/2022/QH15). */
export function awardKindMessage(award: string, kind: string): string | undefined {
  const form = AWARD_FORMS.find((f) => f.value === award);
  if (!form || (form.kinds as readonly string[]).includes(kind)) return undefined;
  const allowed = form.kinds.map((k) => labelOf(RECIPIENT_KINDS, k).toLowerCase()).join(', ');
  return `«${award}» chỉ dành cho ${allowed}, không dành cho ${labelOf(RECIPIENT_KINDS, kind).toLowerCase()}.`;
}

/** An award closes a campaign: its decision cannot predate the plan that launched it. */
export function decisionBeforeCampaignMessage(decisionDate: string, campaign: { documentNumber: string; issuedOn: string }): string | undefined {
  if (decisionDate >= campaign.issuedOn) return undefined;
  return `Quyết định ngày ${decisionDate} có trước ngày ban hành kế hoạch ${campaign.documentNumber} (${campaign.issuedOn}).`;
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
