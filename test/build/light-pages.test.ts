/**
 * Content pages are light: no JavaScript but the tiny campaign-status script (and on record
 * pages the copy/print buttons' script), exactly one
 * stylesheet (its size reported), and images from astro:assets with their dimensions so the
 * page does not jump while they load. The search page and the achievements browse pages are
 * the exception for scripts: the search UI and its index load there, and only there.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { DIST } from '../support/paths.ts';
import { htmlFiles, routeOf } from '../support/site-files.ts';

const ALLOWED_SCRIPT = '/js/campaign-status.js';
/** Record pages («Quá trình khen thưởng») carry the small script of their copy and print buttons. */
const RECORD_SCRIPT = /^\/_astro\/RecordTables\.[^/]+\.js$/;
const isRecordPage = (route: string) => /^\/ca-nhan\/[^/]+\/$|^\/don-vi\/[^/]+\/qua-trinh-khen-thuong\/$/.test(route);
/** Pages where the search UI runs: the search page and the achievements browse list (all its pages). */
const isSearchPage = (route: string) =>
  route === routes.search ||
  route === routes.achievements ||
  route.startsWith(routes.achievementsPage(2).replace(/2\/$/, ''));

describe('light content pages', () => {
  const pages = new Map<string, cheerio.CheerioAPI>();

  beforeAll(async () => {
    for (const file of (await htmlFiles()).filter((f) => !f.startsWith('admin/'))) {
      pages.set(routeOf(file), cheerio.load(await readFile(join(DIST, file), 'utf8')));
    }
  });

  const contentPages = () => [...pages].filter(([route]) => !isSearchPage(route));

  it('load no JavaScript except /js/campaign-status.js, which stays under 1 KB', async () => {
    const offending: string[] = [];
    let withStatus = 0;
    const recordScripts = new Set<string>();
    for (const [route, $] of contentPages()) {
      $('script').each((_, el) => {
        const type = $(el).attr('type');
        if (type === 'application/ld+json') return; // data, not code
        const src = $(el).attr('src');
        if (src === ALLOWED_SCRIPT) withStatus++;
        else if (src && isRecordPage(route) && RECORD_SCRIPT.test(src)) recordScripts.add(src);
        else offending.push(`${route}: <script${src ? ` src="${src}"` : ' (inline)'}${type ? ` type="${type}"` : ''}>`);
      });
      $('link[rel="modulepreload"], link[rel="preload"][as="script"]').each(
        (_, el) => void offending.push(`${route}: preloads ${$(el).attr('href')}`),
      );
      $('[onclick], [onload], [onchange], [onsubmit]').each(
        (_, el) => void offending.push(`${route}: inline handler on <${el.tagName}>`),
      );
    }
    expect(offending, offending.join('\n')).toEqual([]);
    expect(withStatus).toBeGreaterThan(0);
    const { size } = await stat(join(DIST, ALLOWED_SCRIPT));
    console.info(`light pages: ${contentPages().length} content pages without JS; campaign-status.js ${size} B`);
    expect(size).toBeLessThan(1024);
    expect(recordScripts.size).toBe(1);
    const record = (await stat(join(DIST, [...recordScripts][0]!))).size;
    console.info(`record pages: copy/print script ${record} B`);
    expect(record).toBeLessThan(3072);
  });

  it('use exactly one stylesheet and no inline <style>', async () => {
    const sheets = new Set<string>();
    const offending: string[] = [];
    for (const [route, $] of contentPages()) {
      const links = $('link[rel="stylesheet"]')
        .map((_, el) => $(el).attr('href')!)
        .get();
      if (links.length !== 1) offending.push(`${route}: ${links.length} stylesheets (${links.join(', ')})`);
      links.forEach((l) => sheets.add(l));
      if ($('style').length) offending.push(`${route}: ${$('style').length} inline <style>`);
    }
    expect(offending, offending.join('\n')).toEqual([]);
    expect(sheets.size, [...sheets].join(', ')).toBe(1);
    const css = await readFile(join(DIST, [...sheets][0]!));
    console.info(
      `light pages: the one stylesheet ${[...sheets][0]} is ${css.length} B (${gzipSync(css).length} B gzip)`,
    );
  });

  it('give every image its width and height; astro:assets images are optimised', async () => {
    const offending: string[] = [];
    let images = 0;
    for (const [route, $] of pages) {
      $('main img').each((_, el) => {
        images++;
        const img = $(el);
        const src = img.attr('src') ?? '';
        if (!img.attr('width') || !img.attr('height')) offending.push(`${route}: ${src} without width/height`);
        if (img.attr('alt') === undefined) offending.push(`${route}: ${src} without alt`);
        if (src.startsWith('/_astro/') && !/\.(webp|avif|svg)$/.test(src))
          offending.push(`${route}: ${src} not converted to a modern format`);
        if (!img.attr('loading')) offending.push(`${route}: ${src} without loading="lazy|eager" (decide per position)`);
      });
    }
    console.info(`light pages: ${images} images in main`);
    expect(offending, offending.join('\n')).toEqual([]);
  });
});
