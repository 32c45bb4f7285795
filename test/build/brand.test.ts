/**
 * The site's own mark, wherever it appears: the header of every page (inline), /favicon.svg,
 * /logo.svg (named by the CMS config for its login page and header) and the Open Graph image.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import sharp from 'sharp';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { DIST, ROOT } from '../support/paths.ts';
import { htmlFiles } from '../support/site-files.ts';

describe('the mark', () => {
  it('is an SVG named after the site at /favicon.svg and /logo.svg', async () => {
    for (const file of ['favicon.svg', 'logo.svg']) {
      const $ = cheerio.load(await readFile(join(DIST, file), 'utf8'), { xml: true });
      expect($('svg').attr('viewBox'), file).toBeTruthy();
      expect($('svg > title').text(), file).toBe(SITE.brand);
      // No inline style: the site's CSP forbids it (presentation attributes only).
      expect($('[style]').length, file).toBe(0);
    }
  });

  it('is the logo of the CMS login page and header', async () => {
    const config = parse(await readFile(join(DIST, 'admin/config.yml'), 'utf8')) as {
      logo?: { src: string; show_in_header?: boolean };
    };
    expect(config.logo).toEqual({ src: '/logo.svg', show_in_header: true });
  });

  it('leads the header of every page, beside the name', async () => {
    const missing: string[] = [];
    for (const file of await htmlFiles()) {
      if (file.startsWith('admin/')) continue;
      const $ = cheerio.load(await readFile(join(DIST, file), 'utf8'));
      const brand = $('body > header a.site-brand');
      if (brand.find('svg.site-brand__mark').length !== 1 || brand.text().trim() !== SITE.brand) missing.push(file);
    }
    expect(missing).toEqual([]);
  });

  it('is the Open Graph image, 1200 × 630', async () => {
    const meta = await sharp(await readFile(join(ROOT, 'public/og-image.png'))).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
  });
});
