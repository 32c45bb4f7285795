/**
 * «Quá trình khen thưởng» as an office clerk uses it, in Chromium on the built fixture site:
 * reached from an achievement and from a tone-less search for the name; its two tables hold
 * exactly the person's achievements (read from the fixture content); «Sao chép bảng» puts the
 * same tables on the clipboard; printed to A4 PDF (read back with unpdf) it shows the record
 * without the site's chrome or buttons; a unit's record keeps its predecessor's honours.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { frontMatterOf } from '../../src/content-model/entry-file.ts';
import { awardRecord, decisionText, describeTitleRuns, recordTsv, type Honour } from '../../src/lib/records.ts';
import { routes } from '../../src/lib/routes.ts';
import { FIXTURE_CONTENT, WORK } from '../support/paths.ts';
import { searchSettled } from '../support/search-settled.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';

const PERSON = { id: 'nguyen-van-an', name: 'Nguyễn Văn An' };

/** The person's honours, straight from the fixture content's achievement files. */
async function honoursOf(personId: string): Promise<Honour[]> {
  const dir = join(FIXTURE_CONTENT, 'achievements');
  const honours: Honour[] = [];
  for (const f of (await readdir(dir)).filter((x) => x.endsWith('.mdx'))) {
    const d = frontMatterOf(await readFile(join(dir, f), 'utf8'), f) as Record<string, string | number>;
    if (d['person'] !== personId) continue;
    const decisionDate = new Date(`${String(d['decisionDate'])}T00:00:00Z`);
    honours.push({
      id: f.replace(/\.mdx$/, ''),
      year: typeof d['year'] === 'number' ? d['year'] : decisionDate.getUTCFullYear(),
      award: String(d['award']),
      decisionNumber: String(d['decisionNumber']),
      decisionDate,
      authority: String(d['authority']),
      recipient: String(d['recipient']),
    });
  }
  return honours;
}

describe('a person’s record («Quá trình khen thưởng»)', () => {
  const site = siteInBrowser();

  it('is reached from an achievement, and its two tables hold exactly the person’s achievements', async () => {
    const { page, server } = site;
    await page.goto(server.url + routes.achievement('nguyen-van-an-45-qd-skhdt-2023'));
    await Promise.all([
      page.waitForURL(`**${routes.person(PERSON.id)}`),
      page.getByRole('link', { name: `Mọi khen thưởng của ${PERSON.name}` }).click(),
    ]);
    expect(await page.locator('h1').textContent()).toBe(PERSON.name);

    const record = awardRecord(await honoursOf(PERSON.id));
    expect(record.titles.length + record.forms.length).toBeGreaterThanOrEqual(4);
    const rows = (table: string) =>
      page.$$eval(`#bang-${table} ~ table tbody tr`, (trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
      );
    expect(await rows('danh-hieu')).toEqual(record.titles.map((h) => [String(h.year), h.award, decisionText(h)]));
    expect(await rows('hinh-thuc')).toEqual(record.forms.map((h) => [String(h.year), h.award, decisionText(h)]));
    // Runs of years, facts only: a gap (no Lao động tiên tiến for 2024) breaks the run.
    const runs = await page.locator('.record__runs li').allTextContents();
    expect(runs).toEqual(record.runs.map(describeTitleRuns));
    expect(runs).toContain('Lao động tiên tiến: 2022–2023, 2 năm liên tục; 2025');
    expect(await page.locator('.record__runs').textContent()).not.toMatch(/đủ điều kiện|đạt tiêu chuẩn/);
    // The namesake in another unit is pointed at, not mixed in.
    expect(
      await page
        .getByRole('link', { name: PERSON.name })
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)),
    ).toContain(routes.person('nguyen-van-an-thanh-tra-so'));
  });

  it('is the first result of the name typed without tones', async () => {
    const { page, server } = site;
    for (const [query, id] of [
      ['nguyen van an', null],
      ['bui thi ngoc han', 'bui-thi-ngoc-han'],
      ['dang quoc dung', 'dang-quoc-dung'],
    ] as const) {
      await page.goto(`${server.url}${routes.search}?q=${encodeURIComponent(query)}`);
      await searchSettled(page);
      const first = await page.locator('.search__results .result__title a').first().getAttribute('href');
      const path = new URL(first!, server.url).pathname;
      if (id) expect(path, query).toBe(routes.person(id));
      // Two people are called Nguyễn Văn An: either record first, both before any achievement.
      else expect(path, query).toMatch(/^\/ca-nhan\/nguyen-van-an/);
    }
  });

  it('copies both tables for Word: HTML table and tab-separated text', async () => {
    const { browser, server } = site;
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(server.url + routes.person(PERSON.id));
    await page.getByRole('button', { name: 'Sao chép bảng' }).click();
    await expect.poll(() => page.locator('[data-record-status]').textContent()).toContain('Đã sao chép');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toBe(recordTsv(awardRecord(await honoursOf(PERSON.id)), PERSON.name));
    const html = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return item ? (await item.getType('text/html')).text() : '';
    });
    expect(html).toContain('<table');
    expect(html).toContain(
      'Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định',
    );
    await context.close();
  });

  it('prints on A4 as the record alone: tables in, site chrome and buttons out', async () => {
    const { page, server } = site;
    await page.goto(server.url + routes.person(PERSON.id));
    const pdf = await page.pdf({ format: 'A4' });
    await writeFile(join(WORK, 'qua-trinh-khen-thuong.pdf'), pdf);
    const read = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const text = read.text.normalize('NFC').replace(/\s+/g, ' ');
    console.info(`print: a person's record prints on ${read.totalPages} A4 page(s)`);
    expect(read.totalPages).toBeLessThanOrEqual(2);
    const record = awardRecord(await honoursOf(PERSON.id));
    for (const h of [...record.titles, ...record.forms]) expect(text).toContain(decisionText(h));
    expect(text).toContain('1. Danh hiệu thi đua');
    expect(text).toContain('2. Hình thức khen thưởng');
    for (const chrome of ['Sao chép bảng', 'Tải bảng CSV', 'Bỏ qua', 'Trang chủ']) expect(text).not.toContain(chrome);
  });

  it('offers the same tables as a CSV for spreadsheets (UTF-8 with BOM)', async () => {
    const { server } = site;
    const response = await fetch(server.url + routes.personRecordCsv(PERSON.id));
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).trim().split('\r\n');
    const record = awardRecord(await honoursOf(PERSON.id));
    expect(lines).toHaveLength(1 + record.titles.length + record.forms.length);
    expect(lines[1]).toBe(
      `Danh hiệu thi đua,${record.titles[0]!.year},${record.titles[0]!.award},${decisionText(record.titles[0]!)}`,
    );
  });
});

describe('a unit’s record across the 2025 merger', () => {
  const site = siteInBrowser();

  it('keeps the predecessors’ honours under the name they had', async () => {
    const { page, server } = site;
    await page.goto(server.url + routes.unit('phong-doanh-nghiep-va-dang-ky-kinh-doanh'));
    await Promise.all([
      page.waitForURL(`**${routes.unitRecord('phong-doanh-nghiep-va-dang-ky-kinh-doanh')}`),
      page.getByRole('link', { name: 'Quá trình khen thưởng của Phòng Doanh nghiệp và Đăng ký kinh doanh' }).click(),
    ]);
    const awards = await page.locator('.record__table td:nth-child(2)').allTextContents();
    expect(awards).toContain('Tập thể lao động xuất sắc (Phòng Đăng ký kinh doanh)');
    expect(awards.some((a) => a.startsWith('Tập thể lao động tiên tiến') && !a.includes('('))).toBe(true);
    // Runs stay with the name they were earned under: none is joined across the merger.
    expect(await page.locator('.record__runs li').allTextContents()).toContain(
      'Tập thể lao động xuất sắc (Phòng Đăng ký kinh doanh): 2022–2024, 3 năm liên tục',
    );
  });
});
