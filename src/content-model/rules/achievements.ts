/** Rules of one achievement against the unit, the campaign and the calendar. */
import { AWARD_FORMS, labelOf, RECIPIENT_KINDS } from '../../schema/vocabulary.ts';
import { achievement, campaign, unit } from '../fields.ts';
import { entriesOf, type Rule } from './context.ts';
import { notInFuture } from './dates.ts';

/** The award form is one that can be given to this kind of recipient (collective, individual). */
export const awardFitsKind: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'achievements')) {
    const award = achievement.text(e, 'award');
    const kind = achievement.text(e, 'kind');
    const form = AWARD_FORMS.find((f) => f.value === award);
    if (form && kind && !(form.kinds as readonly string[]).includes(kind)) {
      ctx.report(
        e,
        'award',
        `«${award}» không dành cho ${labelOf(RECIPIENT_KINDS, kind).toLowerCase()}; kiểm tra lại «Loại» hoặc hình thức khen thưởng.`,
        `"${award}" cannot be given to ${kind === 'tap-the' ? 'a collective' : 'an individual'} (kind "${kind}"); check "kind" or "award".`,
      );
    }
  }
};

/** A campaign's award is decided after the campaign's plan was issued. */
export const decidedAfterCampaignPlan: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'achievements')) {
    const date = achievement.text(e, 'decisionDate');
    const id = achievement.text(e, 'campaign');
    const plan = id ? ctx.byId('campaigns').get(id) : undefined;
    const issuedOn = plan ? campaign.text(plan, 'issuedOn') : undefined;
    if (date && issuedOn && issuedOn > date) {
      ctx.report(
        e,
        'decisionDate',
        `ngày quyết định ${date} ở trước ngày ban hành kế hoạch của đợt thi đua (${issuedOn}); kiểm tra lại ngày, hoặc đợt thi đua.`,
        `decision date ${date} is before the campaign's plan was issued (${issuedOn}); check the date or the campaign.`,
      );
    }
  }
};

export const decisionNotInFuture: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'achievements')) {
    notInFuture(
      ctx,
      e,
      'decisionDate',
      achievement.text(e, 'decisionDate'),
      { vi: 'ngày quyết định', en: 'decision date' },
      { vi: 'kiểm tra lại ngày.', en: 'check the date.' },
    );
  }
};

/** An achievement keeps its unit as it was on the decision date: that unit must exist then. */
export const unitActiveOnDate: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'achievements')) {
    const date = achievement.text(e, 'decisionDate');
    const id = achievement.text(e, 'unit');
    const u = id ? ctx.byId('units').get(id) : undefined;
    if (!date || !u) continue;
    const from = unit.text(u, 'validFrom');
    const until = unit.text(u, 'validUntil');
    const successor = unit.text(u, 'successor');
    if (until && date > until) {
      ctx.report(
        e,
        'unit',
        `đơn vị «${u.id}» đã ngừng hoạt động từ sau ${until}, trước ngày quyết định ${date}; chọn đơn vị đang hoạt động vào ngày đó${successor ? ` (có thể là «${successor}»)` : ''}.`,
        `unit "${u.id}" ceased after ${until}, before the decision date ${date}; choose the unit active on that day${successor ? ` (perhaps "${successor}")` : ''}.`,
      );
    } else if (from && date < from) {
      ctx.report(
        e,
        'unit',
        `đơn vị «${u.id}» chỉ hoạt động từ ${from}, sau ngày quyết định ${date}; chọn đơn vị đang hoạt động vào ngày đó.`,
        `unit "${u.id}" only exists from ${from}, after the decision date ${date}; choose the unit active on that day.`,
      );
    }
  }
};

/** The year a title is for is not after the year it was decided. */
export const yearNotAfterDecision: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'achievements')) {
    const date = achievement.text(e, 'decisionDate');
    const year = achievement.number(e, 'year');
    if (date && year !== undefined && year > Number(date.slice(0, 4))) {
      ctx.report(
        e,
        'year',
        `năm thành tích ${year} ở sau năm của quyết định (${date.slice(0, 4)}); kiểm tra lại năm.`,
        `achievement year ${year} is after the decision's year (${date.slice(0, 4)}); check the year.`,
      );
    }
  }
};

export const rules: Rule[] = [
  awardFitsKind,
  decidedAfterCampaignPlan,
  decisionNotInFuture,
  unitActiveOnDate,
  yearNotAfterDecision,
];
