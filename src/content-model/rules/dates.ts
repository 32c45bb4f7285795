/** Date rules several collections share: not in the future, one date not before another. */
import type { ContentEntry } from '../fields.ts';
import type { RuleContext } from './context.ts';

/** `date` of field `field` is not after today. */
export function notInFuture(
  ctx: RuleContext,
  e: ContentEntry,
  field: string,
  date: string | undefined,
  what: { vi: string; en: string },
  fix: { vi: string; en: string },
): void {
  if (date && date > ctx.today)
    ctx.report(
      e,
      field,
      `${what.vi} ${date} ở sau hôm nay (${ctx.today}); ${fix.vi}`,
      `${what.en} ${date} is after today (${ctx.today}); ${fix.en}`,
    );
}

/** Two dates of one entry in order: `later` is reported when it comes before `earlier`. */
export function inOrder(
  ctx: RuleContext,
  e: ContentEntry,
  field: string,
  earlier: string | undefined,
  later: string | undefined,
  vi: string,
  en: string,
): void {
  if (earlier && later && earlier > later) ctx.report(e, field, vi, en);
}
