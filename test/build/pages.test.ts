/**
 * The real `astro build` of the fixture site (shared DIST), asserted page type by
 * page type; and a second build without illustrative entries.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentAnchor, decisionSlug, routes } from '../../src/lib/routes.ts';
import { loadPage } from '../support/html.ts';
import { FIXTURE_CONTENT } from '../support/paths.ts';
import { siteBuild } from '../support/site-builds.ts';
import { frontMatterOf } from '../../src/content-model/entry-file.ts';

const PLAN = routes.campaign('1579-kh-skhdt');

/** Front matter of every file of a collection, read straight from the fixture content. */
async function frontMatters(collection: string): Promise<{ id: string; data: Record<string, any> }[]> {
  const dir = join(FIXTURE_CONTENT, collection);
  const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx'));
  return Promise.all(
    files.map(async (f) => {
      const text = await readFile(join(dir, f), 'utf8');
      return { id: f.replace(/\.mdx$/, ''), data: frontMatterOf(text, f) };
    }),
  );
}

describe('the plan page', () => {
  it('lays out the document: number, place and date, type, summary line, signer, recipients', async () => {
    const $ = await loadPage(PLAN);
    const doc = $('article.document');
    expect(doc.find('.document__issuer').text()).toContain('Sở Kế hoạch và Đầu tư');
    expect(doc.text()).toContain('Số: 1579/KH-SKHĐT');
    expect(doc.find('.document__place').text()).toBe('Đồng Tháp, ngày 15 tháng 6 năm 2022');
    expect($('h1').text()).toContain('Kế hoạch');
    expect($('h1').text()).toContain(
      'Phát động đợt thi đua đặc biệt lập thành tích chào mừng kỷ niệm 45 năm Ngày thành lập tỉnh Đồng Tháp (1976 – 2022)',
    );
    expect(doc.find('.document__signature').text()).toContain('Giám đốc');
    expect(doc.find('.document__signature .name').text()).toBe('Trương Hòa Châu');
    const recipients = doc
      .find('.document__recipients li')
      .map((_, li) => $(li).text())
      .get();
    expect(recipients[0]).toBe('Sở Nội vụ;');
    expect(recipients.at(-1)).toBe('Lưu: VT, VP.');
    expect(recipients).toHaveLength(7);
  });

  it('has all six contents, each at its own anchor and in the table of contents', async () => {
    const $ = await loadPage(PLAN);
    const ids = [
      'thuc-hien-chi-thi-34',
      'cam-ket-hanh-dong',
      'chat-luong-cong-vu',
      'dau-tu-phat-trien',
      'chuyen-doi-so',
      'cai-cach-hanh-chinh',
    ];
    for (const id of ids) {
      expect($(`#${contentAnchor(id)}`).length, id).toBe(1);
      expect($(`.toc a[href="#${contentAnchor(id)}"]`).length, id).toBe(1);
    }
    expect($('.document__contents li').length).toBe(6);
    expect($(`#${contentAnchor('chuyen-doi-so')}`).text()).toContain('Thi đua chuyển đổi số, trong đó chú trọng');
  });

  it('anchors every section, keeping the two parts numbered III as issued', async () => {
    const $ = await loadPage(PLAN);
    const h2 = $('.document__body h2')
      .map((_, h) => [[$(h).attr('id'), $(h).text()]])
      .get();
    expect(h2).toEqual([
      ['i-muc-dich-yeu-cau', 'I. MỤC ĐÍCH, YÊU CẦU'],
      ['ii-doi-tuong-thi-dua', 'II. ĐỐI TƯỢNG THI ĐUA'],
      ['iii-noi-dung-thi-dua', 'III. NỘI DUNG THI ĐUA'],
      ['iii-thoi-gian-to-chuc-dot-thi-dua', 'III. THỜI GIAN TỔ CHỨC ĐỢT THI ĐUA'],
      ['iv-to-chuc-thuc-hien', 'IV. TỔ CHỨC THỰC HIỆN'],
    ]);
    for (const [id] of h2) expect($(`.toc a[href="#${id}"]`).length).toBe(1);
  });

  it('publishes the text with the scan errors mended, and only those', async () => {
    const text = (await loadPage(PLAN))('article.document').text().replace(/\s+/g, ' ');
    for (const mended of [
      'Chi ủy Sở',
      'Hội đồng nhân dân Tỉnh về kế hoạch phát triển kinh tế',
      'chuyển biến mạnh mẽ',
      'Thi đua chuyển đổi số',
      'triển khai quán triệt',
    ]) {
      expect(text).toContain(mended);
    }
    expect(text.match(/phấn đấu/g)?.length).toBeGreaterThanOrEqual(3);
    for (const scanError of ['S ở', 'Tình về', 'phần đầu', 'chuyên biến', 'chuyên đổi số', 'quát triệt']) {
      expect(text).not.toContain(scanError);
    }
    expect(text).toContain('Từ tháng 6 năm 2022 đến cuối tháng 12 năm 2022.');
    expect(text).toContain('tại Kế hoạch này./.');
  });

  it('lists the campaign news and achievements', async () => {
    const $ = await loadPage(PLAN);
    const achievements = (await frontMatters('achievements')).filter((a) => a.data.campaign === '1579-kh-skhdt');
    expect(achievements.length).toBeGreaterThan(0);
    // The achievement table itself, not the statistics chart's data table in the same section.
    expect($('#thanh-tich-dot-thi-dua').parent().children('table.rtable').find('tbody tr').length).toBe(
      achievements.length,
    );
    expect($('#tin-tuc-dot-thi-dua').parent().find('li.card').length).toBeGreaterThan(0);
  });
});

describe('an achievement page', () => {
  it('links to its unit, its decision and the content anchor on the plan', async () => {
    const [a] = (await frontMatters('achievements')).filter(
      (x) => x.data.campaign === '1579-kh-skhdt' && x.data.contents?.length,
    );
    const $ = await loadPage(routes.achievement(a!.id));
    expect($('h1').text()).toBe(a!.data.recipient);
    const links = $('article a')
      .map((_, el) => $(el).attr('href'))
      .get();
    expect(links).toContain(routes.unit(a!.data.unit));
    expect(links).toContain(routes.decision(decisionSlug(a!.data.decisionNumber, new Date(`${a!.data.decisionDate}`))));
    expect(links).toContain(`${PLAN}#${contentAnchor(a!.data.contents[0])}`);
    expect($('.facts').text()).toContain(a!.data.award);
    expect($('.facts').text()).toContain(a!.data.authority);
  });

  it('shows the illustrative-data badge on sample entries', async () => {
    const [a] = (await frontMatters('achievements')).filter((x) => x.data.sample);
    const $ = await loadPage(routes.achievement(a!.id));
    expect($('.badge--sample').text()).toBe('Dữ liệu minh họa');
  });
});

describe('derived pages', () => {
  it('a decision page lists every recipient of that decision', async () => {
    const all = await frontMatters('achievements');
    const bySlug = new Map<string, string[]>();
    for (const a of all) {
      const slug = decisionSlug(a.data.decisionNumber, new Date(`${a.data.decisionDate}`));
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), a.data.recipient]);
    }
    for (const [slug, recipients] of bySlug) {
      const $ = await loadPage(routes.decision(slug));
      const shown = $('article tbody tr td:first-child > a')
        .map((_, el) => $(el).text())
        .get();
      expect(shown.sort(), slug).toEqual([...recipients].sort());
    }
  });

  it('a unit page lists its achievements by year', async () => {
    const all = await frontMatters('achievements');
    const unit = all[0]!.data.unit as string;
    const mine = all.filter((a) => a.data.unit === unit);
    const $ = await loadPage(routes.unit(unit));
    expect($('article tbody tr').length).toBe(mine.length);
    const years = new Set(mine.map((a) => a.data.year ?? new Date(`${a.data.decisionDate}`).getUTCFullYear()));
    expect(
      $('article h3')
        .map((_, h) => $(h).text())
        .get()
        .sort(),
    ).toEqual([...years].map((y) => `Năm ${y}`).sort());
  });

  it('paged lists hold every published entry exactly once, newest first', async () => {
    const news = (await frontMatters('news')).filter((n) => !n.data.draft);
    const seen: string[] = [];
    let route: string | undefined = routes.news;
    while (route) {
      const $ = await loadPage(route);
      seen.push(
        ...$('main li.card h2 a')
          .map((_, a) => $(a).attr('href'))
          .get(),
      );
      route = $('a[rel="next"]').attr('href');
    }
    expect(seen.sort()).toEqual(news.map((n) => routes.article(n.id)).sort());
    const draft = (await frontMatters('news')).find((n) => n.data.draft);
    if (draft) expect(seen).not.toContain(routes.article(draft.id));
  });
});

describe('every page', () => {
  it('is Vietnamese with a description, a canonical URL and Open Graph tags', async () => {
    for (const route of ['/', PLAN, routes.news, routes.achievements, routes.units, routes.decisions, '/404.html']) {
      const $ = await loadPage(route);
      expect($('html').attr('lang'), route).toBe('vi');
      expect($('meta[name="description"]').attr('content')?.length, route).toBeGreaterThan(20);
      expect($('link[rel="canonical"]').attr('href'), route).toMatch(/^https?:\/\//);
      expect($('meta[property="og:title"]').attr('content'), route).toBeTruthy();
      expect($('meta[property="og:image"]').attr('content'), route).toMatch(/^https?:\/\//);
    }
  });

  it('the home page shows the campaign with its status, latest news and achievements', async () => {
    const $ = await loadPage('/');
    expect($('[data-campaign-status]').first().text()).toMatch(/Sắp diễn ra|Đang diễn ra|Đã kết thúc/);
    expect($('[data-campaign-status]').attr('data-start')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect($('#latest-news').parent().find('li.card').length).toBeGreaterThan(0);
    expect($('#latest-achievements').parent().find('tbody tr').length).toBeGreaterThan(0);
  });
});

describe('a build without illustrative entries', () => {
  let out: string;
  beforeAll(async () => {
    out = await siteBuild('no-samples');
  });

  it('has the plan and no sample badge anywhere', async () => {
    const files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
    expect(files).toContain(join('dot-thi-dua', '1579-kh-skhdt', 'index.html'));
    for (const f of files) {
      const $ = cheerio.load(await readFile(join(out, f), 'utf8'));
      // The badge, and any note that a page holds illustrative data (the open-data page still
      // names the `sample` column, by the field's label).
      expect($('.badge--sample').length, f).toBe(0);
      expect($('main').text(), f).not.toMatch(/có dữ liệu minh họa|gồm cả dữ liệu minh họa/);
    }
  });
});
