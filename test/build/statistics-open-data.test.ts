/**
 * The statistics page, the campaign page's chart and the open-data files of the shared build
 * (DIST), checked against counts made here straight from the fixture site's content files.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPEN_DATA_COLUMNS } from '../../src/lib/open-data.ts';
import { achievementsFiltered, routes } from '../../src/lib/routes.ts';
import { RECIPIENT_KINDS, labelOf } from '../../src/schema/vocabulary.ts';
import { loadPage, readPage } from '../support/html.ts';
import { DIST, FIXTURE_CONTENT } from '../support/paths.ts';

interface Raw {
  id: string;
  data: Record<string, any>;
}

async function read(collection: string, ext: string): Promise<Raw[]> {
  const dir = join(FIXTURE_CONTENT, collection);
  const files = (await readdir(dir)).filter((f) => f.endsWith(ext)).sort();
  return Promise.all(
    files.map(async (f) => {
      const text = await readFile(join(dir, f), 'utf8');
      return { id: f.slice(0, -ext.length), data: parseYaml(ext === '.yml' ? text : text.split(/^---$/m)[1]!) };
    }),
  );
}

const tally = (keys: (string | number | undefined)[]) => {
  const m = new Map<string, number>();
  for (const k of keys) if (k !== undefined) m.set(String(k), (m.get(String(k)) ?? 0) + 1);
  return m;
};

/** A chart's data table as label → count, and the link of each count. */
function chartTable($: CheerioAPI, id: string) {
  const section = $(`section[aria-labelledby="${id}-heading"]`);
  expect(section.length, `chart ${id}`).toBe(1);
  const counts = new Map<string, number>();
  const links = new Map<string, string | undefined>();
  section.find('tbody tr').each((_, tr) => {
    const label = $(tr).find('th').text().trim();
    const cell = $(tr).find('td');
    counts.set(
      label,
      Number(cell.clone().children('a').children('.visually-hidden').remove().end().end().text().trim()),
    );
    links.set(label, cell.find('a').attr('href'));
  });
  return { section, counts, links, total: Number(section.find('tfoot td').text()) };
}

const nonZero = (m: Map<string, number>) => new Map([...m].filter(([, n]) => n > 0));

let achievements: Raw[];
let unitName: Map<string, string>;
let campaigns: Raw[];
const yearOf = (a: Raw) => a.data['year'] ?? Number(String(a.data['decisionDate']).slice(0, 4));

beforeAll(async () => {
  achievements = await read('achievements', '.mdx');
  campaigns = await read('campaigns', '.mdx');
  unitName = new Map((await read('units', '.yml')).map((u) => [u.id, u.data['name']]));
});

describe('the statistics page', () => {
  let $: CheerioAPI;
  beforeAll(async () => {
    $ = await loadPage(routes.statistics);
  });

  it('counts by year, kind, award form, unit and campaign as the content does', () => {
    const expected: [string, Map<string, number>][] = [
      ['theo-nam', tally(achievements.map(yearOf))],
      ['theo-loai', tally(achievements.map((a) => labelOf(RECIPIENT_KINDS, a.data['kind'])))],
      ['theo-hinh-thuc', tally(achievements.map((a) => a.data['award']))],
      ['theo-don-vi', tally(achievements.map((a) => unitName.get(a.data['unit'])))],
    ];
    for (const [id, counts] of expected) {
      const chart = chartTable($, id);
      expect(nonZero(chart.counts), id).toEqual(counts);
      expect(chart.total, id).toBe(achievements.length);
    }
    const byCampaign = chartTable($, 'theo-dot');
    const titles = new Map(campaigns.map((c) => [c.id, c.data['title']]));
    const withCampaign = tally(achievements.map((a) => titles.get(a.data['campaign'])));
    const annual = achievements.filter((a) => !a.data['campaign']).length;
    expect(byCampaign.counts).toEqual(
      new Map([...withCampaign, ...(annual ? [['Danh hiệu hằng năm, không thuộc đợt thi đua', annual] as const] : [])]),
    );
    expect($('.lead').first().text()).toContain(`${achievements.length} thành tích`);
  });

  it('counts the contents of each campaign, including contents with none', () => {
    for (const c of campaigns.filter((c) => achievements.some((a) => a.data['campaign'] === c.id))) {
      const chart = chartTable($, `noi-dung-dot-${c.id}`);
      const own = achievements.filter((a) => a.data['campaign'] === c.id);
      const expected = new Map(
        (c.data['contents'] as { id: string; title: string }[]).map((x) => [
          x.title,
          own.filter((a) => (a.data['contents'] ?? []).includes(x.id)).length,
        ]),
      );
      expect(chart.counts).toEqual(expected);
    }
  });

  it('links every number to the matching filtered list', () => {
    const years = chartTable($, 'theo-nam');
    for (const [label, count] of years.counts)
      expect(years.links.get(label)).toBe(count > 0 ? achievementsFiltered({ year: Number(label) }) : undefined);
    const units = chartTable($, 'theo-don-vi');
    for (const [id, name] of unitName)
      if (units.links.has(name)) expect(units.links.get(name)).toBe(achievementsFiltered({ unit: id }));
    const forms = chartTable($, 'theo-hinh-thuc');
    expect(forms.links.get('Giấy khen')).toBe('/thanh-tich/?hinh-thuc=Gi%E1%BA%A5y+khen');
    const contents = chartTable($, 'noi-dung-dot-1579-kh-skhdt');
    expect(contents.links.get('Chuyển đổi số')).toBe('/thanh-tich/?dot=1579-kh-skhdt&noi-dung=chuyen-doi-so');
  });

  it('draws each chart as one accessible static SVG with a summary, and ships no script', async () => {
    const svgs = $('svg.bar-chart__svg');
    expect(svgs.length).toBeGreaterThanOrEqual(6);
    svgs.each((_, svg) => {
      const s = $(svg);
      expect(s.attr('role')).toBe('img');
      const [titleId, descId] = s.attr('aria-labelledby')!.split(' ');
      expect(s.find(`title#${titleId}`).text()).toMatch(/^Biểu đồ cột: /);
      expect(s.find(`desc#${descId}`).text()).toMatch(/thành tích/);
      const rows = s.closest('section').find('tbody tr').length;
      expect(s.find('text.bar-chart__label').length).toBe(rows);
    });
    expect($('.bar-chart__summary').first().text()).toMatch(/^Tổng cộng \d+ thành tích\. Nhiều nhất: /);
    expect(await readPage(routes.statistics)).not.toMatch(/<script/);
  });
});

describe('the campaign page', () => {
  it('shows its statistics by content as a chart with the content counts', async () => {
    const $ = await loadPage(routes.campaign('1579-kh-skhdt'));
    const chart = chartTable($, 'thong-ke-noi-dung');
    const plan = campaigns.find((c) => c.id === '1579-kh-skhdt')!;
    const own = achievements.filter((a) => a.data['campaign'] === plan.id);
    for (const x of plan.data['contents'] as { id: string; title: string }[]) {
      expect(chart.counts.get(x.title), x.id).toBe(own.filter((a) => (a.data['contents'] ?? []).includes(x.id)).length);
    }
    expect(chart.section.find('svg[role="img"]').length).toBe(1);
  });
});

describe('open data', () => {
  let csvRows: Record<string, string>[];
  let json: {
    license: { name: string };
    columns: { name: string }[];
    count: number;
    records: Record<string, unknown>[];
  };

  beforeAll(async () => {
    const bytes = await readFile(join(DIST, routes.openDataCsv));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    csvRows = parseCsv(bytes, { bom: true, columns: true });
    json = JSON.parse(await readFile(join(DIST, routes.openDataJson), 'utf8'));
  });

  it('CSV (UTF-8 with BOM) and JSON hold every achievement, with the documented columns', async () => {
    const ids = achievements.map((a) => a.id).sort();
    expect(csvRows.map((r) => r['id']).sort()).toEqual(ids);
    expect(json.records.map((r) => r['id']).sort()).toEqual(ids);
    expect(json.count).toBe(ids.length);
    const names = OPEN_DATA_COLUMNS.map((c) => c.name);
    expect(Object.keys(csvRows[0]!)).toEqual(names);
    expect(json.columns.map((c) => c.name)).toEqual(names);
    for (const r of json.records) expect(Object.keys(r)).toEqual(names);
    expect(json.license.name).toBe('CC BY 4.0');
  });

  it('agrees with the content files, field by field, and CSV with JSON', () => {
    const byId = new Map(json.records.map((r) => [r['id'], r]));
    for (const a of achievements) {
      const row = csvRows.find((r) => r['id'] === a.id)!;
      const rec = byId.get(a.id)!;
      expect(row['recipient']).toBe(a.data['recipient']);
      expect(row['kind']).toBe(a.data['kind']);
      expect(row['unitId']).toBe(a.data['unit']);
      expect(row['unitName']).toBe(unitName.get(a.data['unit']));
      expect(row['award']).toBe(a.data['award']);
      expect(row['decisionNumber']).toBe(a.data['decisionNumber']);
      expect(row['decisionDate']).toBe(String(a.data['decisionDate']));
      expect(Number(row['year'])).toBe(yearOf(a));
      expect(row['campaignId']).toBe(a.data['campaign'] ?? '');
      expect(rec['contentIds']).toEqual(a.data['contents'] ?? []);
      expect(row['contentIds']).toBe((a.data['contents'] ?? []).join('; '));
      expect(row['sample']).toBe(String(a.data['sample'] === true));
      expect(rec['url']).toBe(new URL(routes.achievement(a.id), rec['url'] as string).href);
      expect(new URL(rec['url'] as string).pathname).toBe(routes.achievement(a.id));
      for (const c of OPEN_DATA_COLUMNS) {
        const v = rec[c.name];
        expect(row[c.name], `${a.id} ${c.name}`).toBe(Array.isArray(v) ? v.join('; ') : String(v));
      }
    }
  });

  it('publishes nothing its page does not show', async () => {
    for (const rec of json.records) {
      const text = (await loadPage(routes.achievement(rec['id'] as string)))('main').text();
      for (const name of [
        'recipient',
        'position',
        'unitName',
        'award',
        'authority',
        'decisionNumber',
        'summary',
      ] as const) {
        const value = String(rec[name]);
        if (value) expect(text, `${String(rec['id'])} ${name}`).toContain(value);
      }
    }
  });

  it('/du-lieu/ documents every column, the licence, and links both files', async () => {
    const $ = await loadPage(routes.openData);
    const documented = $('#cot-du-lieu ~ .table-scroll tbody th code')
      .map((_, c) => $(c).text())
      .get();
    expect(documented).toEqual(OPEN_DATA_COLUMNS.map((c) => c.name));
    expect($(`a[href="${routes.openDataCsv}"]`).length).toBe(1);
    expect($(`a[href="${routes.openDataJson}"]`).length).toBe(1);
    expect($('a[rel="license"]').attr('href')).toBe('https://creativecommons.org/licenses/by/4.0/deed.vi');
    await access(join(DIST, routes.openDataCsv));
  });
});
