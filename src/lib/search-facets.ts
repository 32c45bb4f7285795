/**
 * What the search index knows about a page besides its text: the kind of page, the filters
 * (facets) of an achievement and the date it sorts by. Filter names are the URL parameters of
 * the achievement list (`FILTER_PARAMS`), filter values the ids those parameters carry, and
 * labels the field labels of the achievement schema, so a URL, an index entry and a form field
 * all speak the same words.
 */
import { achievements } from '../schema/achievements.ts';
import { news } from '../schema/news.ts';
import { units } from '../schema/units.ts';
import { FILTER_PARAMS, type AchievementFilter } from './routes.ts';

export { META, PAGE_KIND_PARAM, SORT_DATE, SORT_ORDERS, SORT_PARAM } from './search-keys.ts';

function fieldLabel(spec: { fields: readonly { name: string; label: string }[] }, name: string): string {
  const field = spec.fields.find((f) => f.name === name);
  if (!field)
    throw new Error(`search-facets: no field "${name}" in the ${'name' in spec ? String(spec.name) : ''} schema`);
  return field.label;
}

export interface Facet {
  /** Key in `AchievementFilter`. */
  key: keyof AchievementFilter;
  /** URL parameter and Pagefind filter name. */
  param: string;
  /** Vietnamese label (the schema's field label). */
  label: string;
}

/** The achievement facets, in the order the filter form shows them. */
export const FACETS: readonly Facet[] = [
  { key: 'year', param: FILTER_PARAMS.year, label: fieldLabel(achievements, 'year') },
  { key: 'campaign', param: FILTER_PARAMS.campaign, label: fieldLabel(achievements, 'campaign') },
  { key: 'content', param: FILTER_PARAMS.content, label: fieldLabel(achievements, 'contents') },
  { key: 'unit', param: FILTER_PARAMS.unit, label: fieldLabel(achievements, 'unit') },
  { key: 'kind', param: FILTER_PARAMS.kind, label: fieldLabel(achievements, 'kind') },
  { key: 'award', param: FILTER_PARAMS.award, label: fieldLabel(achievements, 'award') },
];

/** The kinds of indexed pages and how a result names them. Campaigns use their document type. */
export const PAGE_KINDS = {
  achievement: achievements.labelSingular,
  news: news.label,
  unit: units.labelSingular,
  /** A person's record (/ca-nhan/<id>/), named for what the page is. */
  person: 'Quá trình khen thưởng',
  /** Award decisions are derived pages (no collection of their own). */
  decision: 'Quyết định',
} as const;

/** Facet values of one achievement, by URL parameter. */
export function achievementFilters(a: {
  year: number;
  unit: string;
  kind: string;
  award: string;
  campaign?: string | undefined;
  contents: readonly string[];
}): Record<string, string[]> {
  return {
    [FILTER_PARAMS.year]: [String(a.year)],
    [FILTER_PARAMS.unit]: [a.unit],
    [FILTER_PARAMS.kind]: [a.kind],
    [FILTER_PARAMS.award]: [a.award],
    ...(a.campaign ? { [FILTER_PARAMS.campaign]: [a.campaign], [FILTER_PARAMS.content]: [...a.contents] } : {}),
  };
}
