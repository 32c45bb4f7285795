/** Rules of campaigns: their period and plan date, content ids, one file per document. */
import { campaign } from '../fields.ts';
import { entriesOf, type Rule } from './context.ts';
import { inOrder, notInFuture } from './dates.ts';

export const periodInOrder: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'campaigns')) {
    const start = campaign.text(e, 'periodStart');
    const end = campaign.text(e, 'periodEnd');
    inOrder(
      ctx,
      e,
      'periodEnd',
      start,
      end,
      `ngày kết thúc ${end} ở trước ngày bắt đầu ${start}; sửa lại một trong hai ngày.`,
      `period end ${end} is before period start ${start}; correct one of them.`,
    );
  }
};

export const planNotInFuture: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'campaigns')) {
    notInFuture(
      ctx,
      e,
      'issuedOn',
      campaign.text(e, 'issuedOn'),
      { vi: 'ngày ban hành', en: 'issue date' },
      { vi: 'kiểm tra lại ngày.', en: 'check the date.' },
    );
  }
};

/** Achievements point at a content by its id: two contents cannot share one. */
export const contentIdsUnique: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'campaigns')) {
    const contents = campaign.value(e, 'contents');
    if (!campaign.valid(e, 'contents') || !Array.isArray(contents)) continue;
    const ids = (contents as { id?: string }[]).map((c) => c.id);
    const dup = ids.find((id, i) => id && ids.indexOf(id) !== i);
    if (dup)
      ctx.report(
        e,
        'contents',
        `mã nội dung «${dup}» dùng cho hai nội dung; mỗi nội dung cần một mã riêng.`,
        `content id "${dup}" is used twice; each content needs its own id.`,
      );
  }
};

/** One founding document, one campaign. */
export const documentRecordedOnce: Rule = (ctx) => {
  const seen = new Map<string, (typeof ctx.entries)[number]>();
  for (const e of entriesOf(ctx, 'campaigns').sort(ctx.compare)) {
    const n = campaign.text(e, 'documentNumber');
    if (!n) continue;
    const other = seen.get(n);
    if (other)
      ctx.report(
        e,
        'documentNumber',
        `văn bản ${n} đã có ở ${other.file}; mỗi đợt thi đua ghi một lần.`,
        `document ${n} already exists in ${other.file}; record each campaign once.`,
      );
    else seen.set(n, e);
  }
};

export const rules: Rule[] = [periodInOrder, planNotInFuture, contentIdsUnique, documentRecordedOnce];
