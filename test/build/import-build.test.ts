/**
 * End to end, as a clerk would: `npm run import` of a decision spreadsheet (dry run, then for
 * real, then again) in a copy of the project, one `astro build`, and the decision page, the
 * recipients' pages, the statistics and the open data show the imported recipients. The copy and
 * its build are the `extra-content` site variant (test/support/extra-content.ts), shared with
 * content-validation-build.test.ts: one build for both.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { extraContentImportRuns, type ImportRuns } from '../support/extra-content.ts';
import { loadPage } from '../support/html.ts';
import { siteBuild } from '../support/site-builds.ts';

const IMPORTED = ['phong-tong-hop-quy-hoach', 'tran-van-binh', 'le-thi-thu-trang', 'vo-minh-khang', 'thanh-tra-so'].map(
  (n) => `${n}-210-qd-skhdt-2022`,
);

let dist: string;
let imported: ImportRuns;
let before: number;

beforeAll(async () => {
  dist = await siteBuild('extra-content');
  imported = await extraContentImportRuns(dist);
  before = imported.before;
});

describe('npm run import, then a build', () => {
  it('dry run prints the five files, the real run writes them, the third run writes nothing', async () => {
    const [dry, real, again] = imported.runs;
    expect(dry!.code).toBe(0);
    expect(dry!.out).toContain('Sẽ tạo 5 tệp:');
    expect(dry!.out).toContain(
      'Quyết định 210/QĐ-SKHĐT ngày 20/12/2022 của Giám đốc Sở: 5 tập thể, cá nhân → /quyet-dinh/210-qd-skhdt-2022/',
    );
    expect(real!.code).toBe(0);
    expect(real!.out).toContain('Đã tạo 5 tệp:');
    for (const id of IMPORTED) expect(real!.out).toContain(`+ content/achievements/${id}.mdx`);
    expect(again!.code).toBe(0);
    expect(again!.out).toContain('Không có tệp mới nào cần tạo.');
    expect(again!.out).toContain('Bỏ qua 5 dòng đã có (không ghi đè):');
    expect(imported.after).toBe(before + 5);
  });

  it('the decision page lists the five recipients, by kind', async () => {
    const $ = await loadPage(routes.decision('210-qd-skhdt-2022'), dist);
    expect($('h1').text()).toBe('Quyết định số 210/QĐ-SKHĐT');
    expect($('.lead').text()).toContain('ngày 20 tháng 12 năm 2022 của Giám đốc Sở');
    expect($('#loai-tap-the').text()).toBe('Tập thể (2)');
    expect($('#loai-ca-nhan').text()).toBe('Cá nhân (3)');
    const linked = $('main table a[href^="/thanh-tich/"]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(linked.sort()).toEqual(IMPORTED.map((id) => routes.achievement(id)).sort());
    expect($('main').text()).toContain('Trần Văn Bình');
    expect($('main').text()).toContain('Phòng Thẩm định – Giám sát đầu tư');
  });

  it("a recipient's page shows the spreadsheet text as typed", async () => {
    const $ = await loadPage(routes.achievement('tran-van-binh-210-qd-skhdt-2022'), dist);
    expect($('h1').text()).toContain('Trần Văn Bình');
    expect($('main').text()).toContain('Chủ trì số hóa {12.000} hồ sơ lưu trữ <đúng hạn>.');
  });

  it('statistics and open data count the imported recipients', async () => {
    const $ = await loadPage(routes.statistics, dist);
    expect($('.lead').first().text()).toContain(`${before + 5} thành tích`);
    const csv = await readFile(join(dist, routes.openDataCsv), 'utf8');
    for (const id of IMPORTED) expect(csv).toContain(`\r\n${id},`);
    const json = JSON.parse(await readFile(join(dist, routes.openDataJson), 'utf8'));
    expect(json.count).toBe(before + 5);
  });
});
