/**
 * `astro build` runs the content validator beside its content sync and waits for it before
 * rendering, on the project being built: a copy of the project with bad files added stops with
 * every problem named — also when Astro's own loader fails on one of them first (YAML it cannot
 * read) — and nothing is rendered; the fixture site with the
 * valid fixtures added builds green (the `extra-content` variant, shared with the importer's test:
 * test/support/extra-content.ts). The valid build is then read to prove the normalising and
 * escaping: HTML and <script> in front matter show as text, NFD text is published as NFC, stray
 * whitespace in names and numbers is gone, a future draft stays out, a big photo is resized.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../src/build/run-build.ts';
import { largest, OPEN_GRAPH_IMAGE, PHOTO_WIDTHS } from '../../src/lib/photo-widths.ts';
import { routes } from '../../src/lib/routes.ts';
import { extraContentPhoto, filesUnder, placeFixture } from '../support/extra-content.ts';
import { loadPage, readPage } from '../support/html.ts';
import { ROOT } from '../support/paths.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';
import { siteBuild } from '../support/site-builds.ts';

/** Representative bad inputs (the validator test covers the whole corpus without building). */
const BAD = {
  'achievements/impossible-date.mdx':
    /content\/achievements\/impossible-date\.mdx: decisionDate: .*«2025-02-30» không có thật.* \/ date "2025-02-30" does not exist/,
  'achievements/unknown-unit.mdx':
    /content\/achievements\/unknown-unit\.mdx: unit: .*phong-khong-ton-tai.* \/ "unit" refers to "phong-khong-ton-tai", which does not exist/,
  'achievements/malformed-mdx.mdx':
    /content\/achievements\/malformed-mdx\.mdx:18: body: MDX không hợp lệ ở dòng 18.* \/ malformed MDX at line 18/,
  'news/javascript-link-reference.mdx':
    /content\/news\/javascript-link-reference\.mdx:15: body: .*javascript:alert\(1\).* bị từ chối/,
  // Two that Astro's own loader also refuses, while the gate still runs beside it: the build
  // must still end with the gate's lines, not with Astro's message about the first file.
  'achievements/invalid-yaml.mdx':
    /content\/achievements\/invalid-yaml\.mdx:13: front matter: YAML không hợp lệ ở dòng 13.* \/ invalid YAML at line 13/,
  'achievements/unclosed-quote.mdx':
    /content\/achievements\/unclosed-quote\.mdx:13: front matter: YAML không hợp lệ ở dòng 13: thiếu dấu đóng.* \/ invalid YAML at line 13: Missing closing "quote/,
} as const;

describe('astro build validates content first', () => {
  let copy: ProjectCopy;

  beforeAll(async () => {
    copy = await copyProject('content-validation');
    // The person the fixtures' individual achievements name.
    await placeFixture(copy.dir, '', 'people/tran-van-thu.yml');
  });
  afterAll(async () => {
    await copy?.remove();
  });

  it('stops, exit code non-zero, naming every bad file with its field and message', async () => {
    const dist = join(copy.dir, 'dist');
    for (const file of Object.keys(BAD)) await placeFixture(copy.dir, 'invalid', file);
    const result = await astroBuild({ root: copy.dir, outDir: dist, quiet: true });
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`Content has ${Object.keys(BAD).length} problem(s)`);
    for (const pattern of Object.values(BAD)) expect(result.output).toMatch(pattern);
    // Stopped before rendering anything.
    expect(await stat(join(dist, 'index.html')).catch(() => null)).toBeNull();
  });

  describe('without the bad files, with the valid fixtures added', () => {
    let dist: string;
    let valid: string[];
    let photo: Buffer;
    beforeAll(async () => {
      dist = await siteBuild('extra-content');
      valid = await filesUnder(join(ROOT, 'test/fixtures/valid'));
      photo = await extraContentPhoto(dist);
    });

    const page = (route: string): Promise<CheerioAPI> => loadPage(route, dist);

    it('builds green', async () => {
      expect(valid.length).toBeGreaterThan(3);
      expect((await stat(join(dist, 'index.html'))).isFile()).toBe(true);
    });

    it('shows HTML and <script> written in front matter as text, never as markup', async () => {
      const route = routes.article('tieu-de-co-ma-html');
      const $ = await page(route);
      const html = await readPage(route, dist);
      expect($('h1').text()).toBe('<script>alert("xss")</script> Tiêu đề có <b>thẻ</b> & ký tự');
      // The markup became text: no element was made of it, anywhere in the document.
      expect($('script:not([src])').length).toBe(0);
      expect($('main b, main i, [onerror]').length).toBe(0);
      expect(html).toContain('<h1>&lt;script&gt;alert(');
      // In attributes it stays a quoted value (where "<" is inert), equal to the text written.
      expect($('meta[property="og:title"]').attr('content')).toBe(
        '<script>alert("xss")</script> Tiêu đề có <b>thẻ</b> & ký tự',
      );
      expect($('main').text()).toContain('<img src=x onerror="alert(1)"> Tóm tắt có mã HTML phải hiện thành chữ.');
      expect($('main').text()).toContain('<i>nghiêng</i>');
      expect($('title').text()).toContain('<script>alert("xss")</script>');
    });

    it('publishes text pasted in decomposed Unicode (NFD) as NFC, in bodies and in fields', async () => {
      const article = await readPage(routes.article('tieu-de-co-ma-html'), dist);
      expect(article).toContain(
        'Đoạn văn gõ ở dạng tổ hợp: Đồng Tháp, thi đua, chuyển đổi số, Nguyễn Văn Ấn.'.normalize('NFC'),
      );
      expect(article).toBe(article.normalize('NFC'));
      const achievement = await readPage(routes.achievement('ten-co-khoang-trang-thua'), dist);
      expect(achievement).toBe(achievement.normalize('NFC'));
      // A body that uses MDX (<CampaignContents />) goes through the MDX compiler: NFC there too.
      const campaign = await readPage(routes.campaign('901-kh-skhdt'), dist);
      expect(campaign).toContain('Tạo khí thế thi đua sôi nổi, chuyển đổi số.'.normalize('NFC'));
      expect(campaign).toBe(campaign.normalize('NFC'));
    });

    it('trims and folds stray whitespace in names and numbers', async () => {
      const $ = await page(routes.achievement('ten-co-khoang-trang-thua'));
      expect($('h1').text().trim()).toBe('Nguyễn Thị Mai');
      expect($('main').text()).toContain('78/QĐ-SKHĐT');
      expect($('main').text()).not.toMatch(/ 78\/QĐ-SKHĐT |\u00a0|\u200b/);
      const decision = await page(routes.decision('78-qd-skhdt-2023'));
      expect(decision('main').text()).toContain('Nguyễn Thị Mai');
    });

    it('never publishes an uploaded photo as it was: each layout (cover, photo, body) gets its largest width, Open Graph a 1200 px JPEG', async () => {
      expect(photo.length).toBeGreaterThan(2_000_000);
      const published = await filesUnder(dist);
      const sizes = await Promise.all(published.map(async (f) => (await stat(join(dist, f))).size));
      expect(published.filter((_, i) => sizes[i] === photo.length)).toEqual([]);
      expect(
        Math.max(
          ...published.filter((f) => /\.(jpe?g|webp|png|avif)$/.test(f)).map((f) => sizes[published.indexOf(f)]!),
        ),
      ).toBeLessThan(1_000_000);
      const news = await page(routes.article('anh-lon'));
      expect(news('figure.cover img').attr('width')).toBe(String(largest(PHOTO_WIDTHS.newsCover)));
      const og = new URL(news('meta[property="og:image"]').attr('content')!).pathname;
      expect(og).toMatch(/\.jpg$/);
      expect((await sharp(join(dist, og)).metadata()).width).toBe(OPEN_GRAPH_IMAGE.width);
      const inBody = news('.prose > img, .prose p img').last();
      expect(inBody.attr('width')).toBe(String(largest(PHOTO_WIDTHS.body)));
      expect((await sharp(join(dist, inBody.attr('src')!)).metadata()).width).toBe(largest(PHOTO_WIDTHS.body));
      const achievement = await page(routes.achievement('anh-lon-78-qd-skhdt-2023'));
      const img = achievement('main img');
      expect(img.attr('width')).toBe(String(largest(PHOTO_WIDTHS.achievement)));
      expect((await sharp(join(dist, img.attr('src')!)).metadata()).width).toBe(largest(PHOTO_WIDTHS.achievement));
    });

    it('keeps a draft dated in the future off the site', async () => {
      expect(await stat(join(dist, 'tin-tuc/ban-nhap-hen-ngay/index.html')).catch(() => null)).toBeNull();
    });
  });
});
