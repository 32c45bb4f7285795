/** Groups achievements into award decisions: one derived page per decision. */
import { compareVietnamese } from './collate.ts';
import { decisionSlug } from './routes.ts';

export interface DecisionFields {
  decisionNumber: string;
  decisionDate: Date;
  authority: string;
}

export interface Decision<T> {
  slug: string;
  number: string;
  date: Date;
  authority: string;
  entries: T[];
}

/** Decisions newest first; within one, entries keep the order given. */
export function groupByDecision<T>(entries: readonly T[], fields: (entry: T) => DecisionFields): Decision<T>[] {
  const bySlug = new Map<string, Decision<T>>();
  for (const entry of entries) {
    const f = fields(entry);
    const slug = decisionSlug(f.decisionNumber, f.decisionDate);
    let decision = bySlug.get(slug);
    if (!decision) {
      decision = { slug, number: f.decisionNumber, date: f.decisionDate, authority: f.authority, entries: [] };
      bySlug.set(slug, decision);
    }
    decision.entries.push(entry);
  }
  return [...bySlug.values()].sort(
    (a, b) => b.date.getTime() - a.date.getTime() || compareVietnamese(a.number, b.number),
  );
}
