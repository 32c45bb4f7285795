/** Document and decision numbers within sane bounds: 1–99999, as offices number them in a year. */
import { achievement, campaign, type ContentEntry } from '../fields.ts';
import { entriesOf, type Rule, type RuleContext } from './context.ts';

export const MAX_DOCUMENT_SERIAL = 99_999;

function serialInBounds(ctx: RuleContext, e: ContentEntry, field: string, number: string | undefined) {
  const serial = number && /^\d+/.exec(number)?.[0];
  if (!serial) return;
  if (
    serial.length > String(MAX_DOCUMENT_SERIAL).length ||
    Number(serial) < 1 ||
    Number(serial) > MAX_DOCUMENT_SERIAL
  ) {
    ctx.report(
      e,
      field,
      `số thứ tự «${serial.length > 12 ? `${serial.slice(0, 12)}…` : serial}» của số «${number.length > 40 ? `${number.slice(0, 40)}…` : number}» phải từ 1 đến ${MAX_DOCUMENT_SERIAL}; kiểm tra lại số văn bản.`,
      `serial "${serial.length > 12 ? `${serial.slice(0, 12)}…` : serial}" of number "${number.length > 40 ? `${number.slice(0, 40)}…` : number}" must be between 1 and ${MAX_DOCUMENT_SERIAL}; check the number.`,
    );
  }
}

export const decisionNumberInBounds: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'achievements'))
    serialInBounds(ctx, e, 'decisionNumber', achievement.text(e, 'decisionNumber'));
};

export const documentNumberInBounds: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'campaigns')) {
    serialInBounds(ctx, e, 'documentNumber', campaign.text(e, 'documentNumber'));
    const basis = campaign.value(e, 'basis');
    if (campaign.valid(e, 'basis') && Array.isArray(basis)) {
      basis.forEach((b: { number?: unknown }, i) =>
        serialInBounds(ctx, e, `basis[${i}].number`, typeof b?.number === 'string' ? b.number : undefined),
      );
    }
  }
};

export const rules: Rule[] = [decisionNumberInBounds, documentNumberInBounds];
