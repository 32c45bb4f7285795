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
  decisions: '/quyet-dinh/',
  decision: (slug: string) => `/quyet-dinh/${slug}/`,
  search: '/tim-kiem/',
  statistics: '/thong-ke/',
  openData: '/du-lieu/',
  rss: '/rss.xml',
  admin: '/admin/',
} as const;

/** Anchor of a campaign content on the plan page. */
export function contentAnchor(contentId: string): string {
  return `noi-dung-${contentId}`;
}

/**
 * Slug of a decision. Decision numbers restart every year, so the year is part of its identity:
 * "45/QĐ-SKHĐT" of 2023 → "45-qd-skhdt-2023".
 */
export function decisionSlug(decisionNumber: string, decisionDate: Date): string {
  return `${slugify(decisionNumber)}-${decisionDate.getUTCFullYear()}`;
}
