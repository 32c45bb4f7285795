/**
 * The published entries of each collection: drafts and (when `THIDUA_SAMPLES=0`) illustrative
 * entries left out, sorted the way every page shows them. Pages read content only through here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareVietnamese } from '../lib/collate.ts';
import { groupByDecision, type Decision } from '../lib/decisions.ts';
import { yearOf } from '../lib/dates.ts';
import { INCLUDE_SAMPLES } from '../site.ts';

export type Unit = CollectionEntry<'units'>;
export type Campaign = CollectionEntry<'campaigns'>;
export type Article = CollectionEntry<'news'>;
export type Achievement = CollectionEntry<'achievements'>;
export type Person = CollectionEntry<'people'>;

const published = (e: { data: { sample: boolean } }) => INCLUDE_SAMPLES || !e.data.sample;

/**
 * Content cannot change during `astro build`, so each list is read and sorted once per build
 * instead of once per page: at 10,000 achievements one read-and-sort takes about a second and
 * hundreds of pages ask for it (every page of /thanh-tich/ reads all achievements for its
 * facets), which made the build quadratic. `astro dev` reads afresh so edits show at once.
 * Callers must treat the arrays as read-only (copy before sorting).
 */
function oncePerBuild<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? load() : (cached ??= load()));
}

/** Units in their display order. */
export const getUnits = oncePerBuild(async (): Promise<Unit[]> => {
  const all = await getCollection('units', published);
  return all.sort((a, b) => a.data.order - b.data.order || compareVietnamese(a.data.name, b.data.name));
});

/** People (individual recipients), by name in Vietnamese order, namesakes by id. */
export const getPeople = oncePerBuild(async (): Promise<Person[]> => {
  const all = await getCollection('people', published);
  return all.sort((a, b) => compareVietnamese(a.data.name, b.data.name) || a.id.localeCompare(b.id));
});

/** Campaigns, the most recent first. */
export const getCampaigns = oncePerBuild(async (): Promise<Campaign[]> => {
  const all = await getCollection('campaigns', published);
  return all.sort((a, b) => b.data.periodStart.getTime() - a.data.periodStart.getTime());
});

/** Published news, newest first. */
export const getNews = oncePerBuild(async (): Promise<Article[]> => {
  const all = await getCollection('news', (e) => published(e) && !e.data.draft);
  return all.sort((a, b) => b.data.publishedAt.getTime() - a.data.publishedAt.getTime() || a.id.localeCompare(b.id));
});

/** Achievements, the most recent decision first, then by recipient name. */
export const getAchievements = oncePerBuild(async (): Promise<Achievement[]> => {
  const all = await getCollection('achievements', published);
  return all.sort(
    (a, b) =>
      b.data.decisionDate.getTime() - a.data.decisionDate.getTime() ||
      compareVietnamese(a.data.decisionNumber, b.data.decisionNumber) ||
      compareVietnamese(a.data.recipient, b.data.recipient),
  );
});

/** The year an achievement counts for: its own `year`, else its decision's year. */
export function achievementYear(a: Achievement): number {
  return a.data.year ?? yearOf(a.data.decisionDate);
}

/**
 * The years achievements count for, newest first (the year facet of every /thanh-tich/ page):
 * once per build, not a scan of every achievement on each of the list's pages.
 */
export const getAchievementYears = oncePerBuild(async (): Promise<number[]> =>
  [...new Set((await getAchievements()).map(achievementYear))].sort((a, b) => b - a),
);

/** Award decisions derived from the achievements, newest first. */
export const getDecisions = oncePerBuild(async (): Promise<Decision<Achievement>[]> =>
  groupByDecision(await getAchievements(), (a) => a.data),
);

/** Lookup tables by id, for rendering references without a query per entry. */
export const getUnitMap = oncePerBuild(
  async (): Promise<Map<string, Unit>> => new Map((await getUnits()).map((u) => [u.id, u])),
);
export const getPersonMap = oncePerBuild(
  async (): Promise<Map<string, Person>> => new Map((await getPeople()).map((p) => [p.id, p])),
);
export const getCampaignMap = oncePerBuild(
  async (): Promise<Map<string, Campaign>> => new Map((await getCampaigns()).map((c) => [c.id, c])),
);
