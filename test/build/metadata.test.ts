/**
 * What other programs read from the site: the RSS feed lists the published news, the sitemap
 * lists every public page and no /admin page, every indexable page names its canonical URL,
 * and the campaign page has a share image that exists.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { SITE_URL } from '../../src/site.ts';
import { DIST } from '../support/paths.ts';
import { htmlFiles, PLAN_ID, routeOf, sitemapPaths } from '../support/site-files.ts';

const siteUrl = (route: string) => new URL(route, SITE_URL).href;

describe('feeds and metadata', () => {
  let routesBuilt: string[] = [];
  const pages = new Map<string, cheerio.CheerioAPI>();

  beforeAll(async () => {
    const files = await htmlFiles();
    routesBuilt = files.map(routeOf);
    for (const file of files) pages.set(routeOf(file), cheerio.load(await readFile(join(DIST, file), 'utf8')));
  });

  /** Article pages of the build (not the list or its numbered pages). */
  const articles = () =>
    routesBuilt.filter((r) => r.startsWith(routes.news) && r !== routes.news && !r.startsWith(`${routes.news}trang/`));

  it('rss.xml is well-formed RSS 2.0 and lists exactly the published news, with their titles', async () => {
    const xml = await readFile(join(DIST, 'rss.xml'), 'utf8');
    expect(XMLValidator.validate(xml)).toBe(true);
    const rss = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml).rss;
    expect(rss['@_version']).toBe('2.0');
    const items = rss.channel.item as { title: string; link: string; pubDate: string }[];
    expect(items.map((i) => new URL(i.link).pathname).sort()).toEqual(articles().sort());
    for (const item of items) {
      const $ = pages.get(new URL(item.link).pathname)!;
      expect($('h1').text().trim(), item.link).toBe(String(item.title).trim());
      expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
    }
    expect(items.length).toBeGreaterThan(0);
  });

  it('the sitemap lists every public page, each once, and no /admin or 404 page', async () => {
    const listed = await sitemapPaths();
    expect(new Set(listed).size).toBe(listed.length);
    const expected = routesBuilt.filter((r) => r !== '/404.html' && !r.startsWith(routes.admin));
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(listed.filter((p) => p.startsWith(routes.admin) || p.includes('404'))).toEqual([]);
  });

  it('every page has one canonical link to its own address (the 404: /404.html, kept out of search engines)', () => {
    const wrong: string[] = [];
    for (const [route, $] of pages) {
      if (route.startsWith(routes.admin)) continue;
      const canonical = $('link[rel="canonical"]')
        .map((_, el) => $(el).attr('href'))
        .get();
      if (canonical.length !== 1 || canonical[0] !== siteUrl(route)) {
        wrong.push(`${route}: canonical ${JSON.stringify(canonical)}, expected ${siteUrl(route)}`);
      }
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
    expect(pages.get('/404.html')!('meta[name="robots"]').attr('content')).toContain('noindex');
  });

  it('the campaign page has a title, description and a 1200×630 og:image that exists', async () => {
    const $ = pages.get(routes.campaign(PLAN_ID))!;
    expect($('meta[property="og:title"]').attr('content')).toBeTruthy();
    expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(50);
    const image = new URL($('meta[property="og:image"]').attr('content')!);
    expect(image.origin).toBe(new URL(SITE_URL).origin);
    const png = await readFile(join(DIST, decodeURIComponent(image.pathname)));
    // PNG signature, then the IHDR chunk's width and height (big-endian) at bytes 16 and 20.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
