/** Rules of units: their period, and successors that end somewhere. */
import { unit } from '../fields.ts';
import { entriesOf, type Rule } from './context.ts';
import { inOrder } from './dates.ts';

export const validityInOrder: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'units')) {
    const from = unit.text(e, 'validFrom');
    const until = unit.text(e, 'validUntil');
    inOrder(
      ctx,
      e,
      'validUntil',
      from,
      until,
      `ngày ngừng hoạt động ${until} ở trước ngày bắt đầu ${from}; sửa lại một trong hai ngày.`,
      `validUntil ${until} is before validFrom ${from}; correct one of them.`,
    );
  }
};

/** Following successors from any unit ends at a unit with none, never back where it started. */
export const successorsEnd: Rule = (ctx) => {
  const units = ctx.byId('units');
  for (const start of units.values()) {
    const chain = [start.id];
    let next = unit.text(start, 'successor');
    while (next && units.has(next) && next !== start.id && !chain.includes(next)) {
      chain.push(next);
      next = unit.text(units.get(next)!, 'successor');
    }
    if (next === start.id && chain.length > 1) {
      ctx.report(
        start,
        'successor',
        `các đơn vị kế thừa lẫn nhau thành vòng (${[...chain, start.id].join(' → ')}); đơn vị mới nhất không có đơn vị kế thừa.`,
        `successors form a cycle (${[...chain, start.id].join(' → ')}); the newest unit has no successor.`,
      );
    }
  }
};

export const rules: Rule[] = [validityInOrder, successorsEnd];
