/**
 * Every URL of the site, in one place. Pages, links, the sitemap, search results and tests
 * all build URLs here.
 */
import { slugify } from './slug.ts';

export const routes = {
  home: '/',
  campaigns: '/dot-thi-dua/',
  campaign: (id: string) => `/dot-thi-dua/${id}/`,
  news: '/tin-tuc/',
  newsPage: (page: number) => (page <= 1 ? '/tin-tuc/' : `/tin-tuc/trang/${page}/`),
  article: (id: string) => `/tin-tuc/${id}/`,
  achievements: '/thanh-tich/',
  achievementsPage: (page: number) => (page <= 1 ? '/thanh-tich/' : `/thanh-tich/trang/${page}/`),
  achievement: (id: string) => `/thanh-tich/${id}/`,
  units: '/don-vi/',
  unit: (id: string) => `/don-vi/${id}/`,
  unitPage: (id: string, page: number) => (page <= 1 ? `/don-vi/${id}/` : `/don-vi/${id}/trang/${page}/`),
  unitRecord: (id: string) => `/don-vi/${id}/qua-trinh-khen-thuong/`,
  unitRecordCsv: (id: string) => `/don-vi/${id}/qua-trinh-khen-thuong.csv`,
  people: '/ca-nhan/',
  peoplePage: (page: number) => (page <= 1 ? '/ca-nhan/' : `/ca-nhan/trang/${page}/`),
  person: (id: string) => `/ca-nhan/${id}/`,
  personRecordCsv: (id: string) => `/ca-nhan/${id}/qua-trinh-khen-thuong.csv`,
  decisions: '/quyet-dinh/',
  decisionsPage: (page: number) => (page <= 1 ? '/quyet-dinh/' : `/quyet-dinh/trang/${page}/`),
  decision: (slug: string) => `/quyet-dinh/${slug}/`,
  search: '/tim-kiem/',
  statistics: '/thong-ke/',
  openData: '/du-lieu/',
  openDataCsv: '/du-lieu/thanh-tich.csv',
  openDataJson: '/du-lieu/thanh-tich.json',
  recordsCsv: '/du-lieu/qua-trinh-khen-thuong.csv',
  recordsJson: '/du-lieu/qua-trinh-khen-thuong.json',
  rss: '/rss.xml',
  admin: '/admin/',
} as const;

/** The facets of the achievement list, as the filtered list and search read them from the URL. */
export interface AchievementFilter {
  year?: number;
  unit?: string;
  kind?: string;
  award?: string;
  campaign?: string;
  content?: string;
}

/** URL parameter of each facet: `/thanh-tich/?nam=2023&don-vi=van-phong-so`. */
export const FILTER_PARAMS = {
  year: 'nam',
  unit: 'don-vi',
  kind: 'loai',
  award: 'hinh-thuc',
  campaign: 'dot',
  content: 'noi-dung',
} as const satisfies Record<keyof AchievementFilter, string>;

/** The achievement list filtered by the given facets (statistics link their numbers here). */
export function achievementsFiltered(filter: AchievementFilter): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(FILTER_PARAMS) as (keyof AchievementFilter)[]) {
    const value = filter[key];
    if (value !== undefined && value !== '') params.set(FILTER_PARAMS[key], String(value));
  }
  const query = params.toString();
  return query ? `${routes.achievements}?${query}` : routes.achievements;
}

/** Anchor of a campaign content on the plan page. */
export function contentAnchor(contentId: string): string {
  return `noi-dung-${contentId}`;
}

/**
 * Slug of a decision. Decision numbers restart every year, so the year is part of its identity:
 * "45/QĐ-SKHĐT" of 2023 → "45-qd-skhdt-2023". Leading zeros are dropped ("05/QĐ-…" and
 * "5/QĐ-…" are one decision, one page; the validator then asks that they be written alike).
 */
export function decisionSlug(decisionNumber: string, decisionDate: Date): string {
  return `${slugify(decisionNumber).replace(/^0+(?=\d)/, '')}-${decisionDate.getUTCFullYear()}`;
}
