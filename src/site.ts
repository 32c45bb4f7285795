/** Facts about the site itself, in one place. */

/**
 * Absolute origin the site is published at (canonical URLs, sitemap, RSS, Open Graph): `SITE_URL`,
 * else Netlify's own `URL` on a Netlify build, else the local server of `npm start`.
 */
export const SITE_URL =
  process.env['SITE_URL'] ??
  (process.env['NETLIFY'] === 'true' ? process.env['URL'] : undefined) ??
  'http://127.0.0.1:4321';

export const SITE = {
  name: 'Thi đua – Khen thưởng',
  /** The name beside the mark (header, logo, Open Graph image). */
  brand: 'Thi đua · Sở KH&ĐT Đồng Tháp',
  organisation: 'Sở Kế hoạch và Đầu tư tỉnh Đồng Tháp',
  parentOrganisation: 'Ủy ban nhân dân tỉnh Đồng Tháp',
  description:
    'Phong trào thi đua và thành tích được khen thưởng của Sở Kế hoạch và Đầu tư tỉnh Đồng Tháp: kế hoạch, tin tức, quyết định khen thưởng và tra cứu thành tích.',
  locale: 'vi_VN',
  lang: 'vi',
} as const;

/**
 * Whether illustrative entries (`sample: true`) are published. `THIDUA_SAMPLES=0 npm run build`
 * builds the site with real content only.
 */
export const INCLUDE_SAMPLES = process.env['THIDUA_SAMPLES'] !== '0';

/** Entries per page of the paged lists: small enough that no page grows with the archive. */
export const PAGE_SIZE = {
  news: 12,
  achievements: 30,
  unitAchievements: 50,
  decisions: 50,
  campaignAchievements: 50,
  people: 50,
} as const;
