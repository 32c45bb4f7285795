/**
 * Counts of achievements by year, unit, award form, kind, campaign and campaign content.
 * Pure: it takes plain records, so the statistics page, the campaign pages and the tests that
 * recount content/ files all count the same way.
 */

/** What statistics need of one achievement. */
export interface StatRecord {
  /** The year it counts for (its own `year`, else its decision's year). */
  year: number;
  unit: string;
  award: string;
  kind: string;
  campaign?: string | undefined;
  contents: readonly string[];
}

export interface Count<K extends string | number = string> {
  key: K;
  count: number;
}

/** Counts per key; an item may count under several keys (contents) or none. */
export function countBy<T, K extends string | number>(
  items: readonly T[],
  keysOf: (item: T) => K | readonly K[] | undefined,
): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) {
    const keys = keysOf(item);
    if (keys === undefined) continue;
    for (const key of new Set(Array.isArray(keys) ? keys : [keys as K])) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Largest count first; equal counts keep the order of `order` (or of first appearance). */
export function byCountDesc<K extends string | number>(counts: Map<K, number>, order: readonly K[] = []): Count<K>[] {
  const rank = (k: K) => {
    const i = order.indexOf(k);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || rank(a.key) - rank(b.key));
}

/** Counts in the order given, zeros included (years in sequence, the contents of a plan). */
export function inOrder<K extends string | number>(counts: Map<K, number>, keys: readonly K[]): Count<K>[] {
  return keys.map((key) => ({ key, count: counts.get(key) ?? 0 }));
}

/** Every year from the first to the last with an achievement, so gaps show as zero. */
export function yearRange(counts: Map<number, number>): number[] {
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export interface AchievementStats {
  total: number;
  byYear: Count<number>[];
  byUnit: Count[];
  byAward: Count[];
  byKind: Count[];
  byCampaign: Count[];
}

/**
 * The overall statistics. `order` fixes the order of equal counts (and of kinds) so pages are
 * stable from build to build: units in their display order, award forms and kinds as listed in
 * the vocabulary.
 */
export function achievementStats(
  records: readonly StatRecord[],
  order: {
    units?: readonly string[];
    awards?: readonly string[];
    kinds?: readonly string[];
    campaigns?: readonly string[];
  } = {},
): AchievementStats {
  const years = countBy(records, (r) => r.year);
  const kinds = countBy(records, (r) => r.kind);
  return {
    total: records.length,
    byYear: inOrder(years, yearRange(years)),
    byUnit: byCountDesc(
      countBy(records, (r) => r.unit),
      order.units,
    ),
    byAward: byCountDesc(
      countBy(records, (r) => r.award),
      order.awards,
    ),
    byKind: order.kinds ? inOrder(kinds, order.kinds) : byCountDesc(kinds),
    byCampaign: byCountDesc(
      countBy(records, (r) => r.campaign),
      order.campaigns,
    ),
  };
}

/** Achievements of one campaign per content of its plan, in the plan's order, zeros included. */
export function countContents(
  records: readonly StatRecord[],
  campaign: string,
  contentIds: readonly string[],
): Count[] {
  const own = records.filter((r) => r.campaign === campaign);
  return inOrder(
    countBy(own, (r) => r.contents),
    contentIds,
  );
}

/**
 * A short Vietnamese reading of a chart: the largest value(s), and the total when the rows add
 * up to one (they do not for contents, where an achievement may serve several).
 */
export function summarize(rows: readonly { label: string; count: number }[], total?: number): string {
  const max = Math.max(0, ...rows.map((r) => r.count));
  if (max === 0) return 'Chưa có thành tích nào.';
  const top = rows.filter((r) => r.count === max).map((r) => r.label);
  const named = top.length === 1 ? top[0] : `${top.slice(0, -1).join(', ')} và ${top.at(-1)}`;
  const most = `Nhiều nhất: ${named} (${max} thành tích${top.length > 1 ? ' mỗi mục' : ''}).`;
  return total === undefined ? most : `Tổng cộng ${total} thành tích. ${most}`;
}
