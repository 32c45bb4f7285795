/**
 * The pages of a built site as the whole-site checks see them: every .html file, every URL of
 * the sitemap as a local path, and a representative page of each page type.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { routes } from '../../src/lib/routes.ts';
import { DIST } from './paths.ts';

/** The founding plan, 1579/KH-SKHĐT: the campaign page every check looks at. */
export const PLAN_ID = '1579-kh-skhdt';

/** Every .html file of the built site, relative to DIST with "/" separators, sorted. */
export async function htmlFiles(dist = DIST): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The route ("/x/y/") a built file answers, the way the static host serves it. */
export function routeOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The path of every <loc> of the built sitemap(s), origin dropped so tests can map it to a local server. */
export async function sitemapPaths(dist = DIST): Promise<string[]> {
  const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
  const index = parser.parse(await readFile(join(dist, 'sitemap-index.xml'), 'utf8'));
  const paths: string[] = [];
  for (const { loc } of index.sitemapindex.sitemap as { loc: string }[]) {
    const file = new URL(loc).pathname.replace(/^\//, '');
    const sitemap = parser.parse(await readFile(join(dist, file), 'utf8'));
    for (const url of sitemap.urlset.url as { loc: string }[]) paths.push(new URL(url.loc).pathname);
  }
  return paths;
}

/** First route under a prefix whose next path segment is an entry (not a list page). */
function firstEntry(built: string[], prefix: string): string {
  const route = built.find((r) => r.startsWith(prefix) && r !== prefix && !r.startsWith(`${prefix}trang/`));
  if (!route) throw new Error(`The built site has no page under ${prefix}`);
  return route;
}

/**
 * One page of each page type, by name, taken from the built site so the tests follow the content.
 */
export async function pageTypes(dist = DIST): Promise<Record<string, string>> {
  const built = (await htmlFiles(dist)).map(routeOf);
  return {
    home: routes.home,
    plan: routes.campaign(PLAN_ID),
    campaigns: routes.campaigns,
    news: routes.news,
    article: firstEntry(built, routes.news),
    achievements: routes.achievements,
    achievement: firstEntry(built, routes.achievements),
    units: routes.units,
    unit: firstEntry(built, routes.units),
    decisions: routes.decisions,
    decision: firstEntry(built, routes.decisions),
    statistics: routes.statistics,
    openData: routes.openData,
    search: routes.search,
    notFound: '/404.html',
  };
}
