/**
 * One decision is one page (/quyet-dinh/<slug>/): the achievements it lists must agree on its
 * date and authority, two decisions must not share a URL, and nobody is listed twice for the
 * same thing in one decision.
 */
import { decisionSlug } from '../../lib/routes.ts';
import { achievement, type ContentEntry } from '../fields.ts';
import { entriesOf, type Rule } from './context.ts';

/** A decision's URL slug, kept per (number, date): slugging is the costly part at 10,000 entries. */
const slugs = new Map<string, string>();
export function decisionSlugOf(number: string, date: string): string {
  const key = `${number}\0${date}`;
  let slug = slugs.get(key);
  if (slug === undefined) {
    if (slugs.size > 100_000) slugs.clear();
    slugs.set(key, (slug = decisionSlug(number, new Date(`${date}T00:00:00Z`))));
  }
  return slug;
}

/**
 * THE definition of "the same recipient twice in a decision", for the validator, the CMS gate
 * and the importer alike: the same name (NFC, case and spacing ignored, TONES KEPT), in the same
 * unit, honoured with the same award form, in the same decision.
 * - Tones are kept: in Vietnamese they tell names apart (Hà, Hạ, Hải are different people).
 * - The unit is part of it: "Nguyễn Văn An" is a common name; two people of two units can be
 *   honoured in one decision.
 * - An individual who names their person (content/people/) is that person, in whatever unit.
 * - The award is part of it: one yearly decision commonly gives one person two titles
 *   («Lao động tiên tiến» and «Chiến sĩ thi đua cơ sở»).
 */
export function recipientKey(r: {
  recipient?: string | undefined;
  unit?: string | undefined;
  award?: string | undefined;
  person?: string | undefined;
}): string {
  // A person of content/people/ is one identity whatever unit they were in that day.
  if (r.person) return `person:${r.person}|${r.award ?? ''}`;
  const name = (r.recipient ?? '').normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  return [name, r.unit ?? '', r.award ?? ''].join('|');
}

/** The achievements of each decision (by its URL slug), each group in the context's order. */
const grouped = new WeakMap<object, Map<string, ContentEntry[]>>();
function decisions(ctx: Parameters<Rule>[0]): Map<string, ContentEntry[]> {
  const known = grouped.get(ctx);
  if (known) return known;
  const bySlug = new Map<string, ContentEntry[]>();
  grouped.set(ctx, bySlug);
  for (const e of entriesOf(ctx, 'achievements')) {
    const number = achievement.text(e, 'decisionNumber');
    const date = achievement.text(e, 'decisionDate');
    if (!number || !date) continue;
    const slug = decisionSlugOf(number, date);
    const group = bySlug.get(slug);
    if (group) group.push(e);
    else bySlug.set(slug, [e]);
  }
  for (const group of bySlug.values()) group.sort(ctx.compare);
  return bySlug;
}

/** Two different decision numbers that make one URL (`45/QĐ-SKHĐT` and `45-QĐ/SKHĐT`). */
export const decisionUrlUnique: Rule = (ctx) => {
  for (const [slug, [first, ...rest]] of decisions(ctx)) {
    const n1 = achievement.text(first!, 'decisionNumber')!;
    for (const e of rest) {
      const n2 = achievement.text(e, 'decisionNumber')!;
      if (n1 !== n2) {
        ctx.report(
          e,
          'decisionNumber',
          `quyết định «${n2}» và quyết định «${n1}» (${first!.file}) cùng năm trùng địa chỉ /quyet-dinh/${slug}/; kiểm tra lại số quyết định.`,
          `decisions "${n2}" and "${n1}" (${first!.file}) of the same year share the URL /quyet-dinh/${slug}/; check the number.`,
        );
      }
    }
  }
};

/** One decision has one date and one authority, whichever achievement states it. */
export const decisionAgrees: Rule = (ctx) => {
  for (const [, [first, ...rest]] of decisions(ctx)) {
    const n1 = achievement.text(first!, 'decisionNumber')!;
    for (const e of rest) {
      const n2 = achievement.text(e, 'decisionNumber')!;
      if (n1 !== n2) continue;
      for (const field of ['decisionDate', 'authority'] as const) {
        const [a, b] = [achievement.text(first!, field), achievement.text(e, field)];
        if (a && b && a !== b) {
          ctx.report(
            e,
            field,
            `quyết định ${n2} đã được ghi với «${field === 'decisionDate' ? 'Ngày quyết định' : 'Cấp khen'}» là «${a}» (${first!.file}), ở đây lại là «${b}»; một quyết định chỉ có một giá trị, sửa cho khớp.`,
            `decision ${n2} is recorded with ${field} "${a}" in ${first!.file} but "${b}" here; one decision has one ${field}, make them agree.`,
          );
        }
      }
    }
  }
};

export const sameRecipientTwiceInDecision: Rule = (ctx) => {
  for (const [, group] of decisions(ctx)) {
    const n1 = achievement.text(group[0]!, 'decisionNumber')!;
    const seen = new Map<string, ContentEntry>();
    for (const e of group) {
      const n2 = achievement.text(e, 'decisionNumber')!;
      if (n1 !== n2) continue;
      const recipient = achievement.text(e, 'recipient') ?? e.id;
      const key = recipientKey({
        recipient,
        unit: achievement.text(e, 'unit'),
        award: achievement.text(e, 'award'),
        person: achievement.text(e, 'person'),
      });
      const other = seen.get(key);
      if (other) {
        ctx.report(
          e,
          'recipient',
          `«${recipient}» đã được ghi nhận trong quyết định ${n2} với cùng hình thức khen thưởng (${other.file}); xóa một trong hai tệp.`,
          `"${recipient}" is already recorded for decision ${n2} with the same award (${other.file}); remove one of the two files.`,
        );
      } else seen.set(key, e);
    }
  }
};

export const rules: Rule[] = [decisionUrlUnique, decisionAgrees, sameRecipientTwiceInDecision];
