/** The importer's pure parts: cells, dates, headers, CSV decoding, the template's columns. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS, headerKey, mapHeaders } from '../../src/importer/columns.ts';
import { achievementId, entryFile, escapeMdx } from '../../src/importer/entry-file.ts';
import { decodeCsv, detectDelimiter, readCsv, readXlsx, TableError } from '../../src/importer/read-table.ts';
import { isRealIsoDate } from '../../src/importer/rules.ts';
import {
  cellList,
  cellParagraphs,
  cellText,
  parseDate,
  parseYear,
  tidyDecisionNumber,
} from '../../src/importer/values.ts';
import { achievements } from '../../src/schema/achievements.ts';
import { ROOT } from '../support/paths.ts';

describe('dates', () => {
  it('reads Vietnamese day-first dates, ISO dates and Excel cells', () => {
    expect(parseDate('28/12/2023')).toEqual({ ok: true, value: '2023-12-28' });
    expect(parseDate('5/1/2024')).toEqual({ ok: true, value: '2024-01-05' });
    expect(parseDate('05-01-2024')).toEqual({ ok: true, value: '2024-01-05' });
    expect(parseDate('2024-01-05')).toEqual({ ok: true, value: '2024-01-05' });
    expect(parseDate(new Date(Date.UTC(2023, 11, 28)))).toEqual({ ok: true, value: '2023-12-28' });
    expect(parseDate(45288)).toEqual({ ok: true, value: '2023-12-28' });
  });

  it('refuses impossible and malformed dates', () => {
    expect(parseDate('29/02/2023').ok).toBe(false);
    expect(parseDate('12/28/2023').ok).toBe(false);
    expect(parseDate('2023/12/28').ok).toBe(false);
    expect(parseDate('28 tháng 12').ok).toBe(false);
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2025-02-30')).toBe(false);
    expect(parseYear('2023')).toEqual({ ok: true, value: 2023 });
    expect(parseYear('năm 2023').ok).toBe(false);
  });
});

describe('cells', () => {
  it('normalises text, numbers and lists', () => {
    expect(cellText(' Nguyễn   Văn\nAn '.normalize('NFD'))).toBe('Nguyễn Văn An');
    expect(cellParagraphs('Dòng một\r\n\r\n  Dòng hai  ')).toBe('Dòng một\n\nDòng hai');
    expect(cellList('Chuyển đổi số; 3\nCải cách hành chính')).toEqual(['Chuyển đổi số', '3', 'Cải cách hành chính']);
    expect(tidyDecisionNumber(' 45 / qđ-skhđt ')).toBe('45/QĐ-SKHĐT');
    expect(tidyDecisionNumber('123/QĐ-TTg')).toBe('123/QĐ-TTg');
  });

  it('names files as the existing content does', () => {
    expect(achievementId('Nguyễn Văn An', '05/QĐ-SKHĐT', '2024-01-08')).toBe('nguyen-van-an-05-qd-skhdt-2024');
    expect(escapeMdx('a {b} <c> \\d')).toBe('a \\{b\\} \\<c\\> \\\\d');
  });

  it('writes front matter in the schema order, whatever order it is given in', () => {
    const text = entryFile({ summary: 'S', recipient: 'R', kind: 'ca-nhan', contents: [], sample: false }, '');
    expect(text).toBe('---\nkind: ca-nhan\nrecipient: R\nsummary: S\n---\n');
    const order = achievements.fields.map((f) => f.name);
    expect(order.indexOf('kind')).toBeLessThan(order.indexOf('summary'));
  });
});

describe('headers', () => {
  it('match without tones, case, spacing or text in parentheses', () => {
    expect(headerKey('Loại (Tập thể/Cá nhân)')).toBe('loai');
    expect(headerKey('  HỌ TÊN / TÊN TẬP THỂ ')).toBe('ho ten ten tap the');
    const map = mapHeaders([
      'STT',
      'ho ten',
      'LOẠI',
      'Don vi',
      'Hình thức',
      'cap khen',
      'Số QĐ',
      'Ngày QĐ',
      'Thành tích',
      'Ghi chú',
    ]);
    expect([...map.columns.keys()]).toEqual([
      'recipient',
      'kind',
      'unit',
      'award',
      'authority',
      'decisionNumber',
      'decisionDate',
      'summary',
    ]);
    expect(map.ignored).toBe(2);
    expect(map.unknown).toEqual([]);
  });

  it('read "Thành tích" as the body when a summary column is there', () => {
    const map = mapHeaders(['Thành tích', 'Tóm tắt']);
    expect(map.columns.get('body')?.index).toBe(0);
    expect(map.columns.get('summary')?.index).toBe(1);
  });

  it('take every header from the schema labels', () => {
    for (const c of IMPORT_COLUMNS.filter((c) => c.key !== 'body')) {
      expect(achievements.fields.find((f) => f.name === c.key)?.label).toBe(c.header);
    }
  });
});

describe('CSV files', () => {
  it('detects the delimiter Excel used', () => {
    expect(detectDelimiter('Họ tên;Loại;"a, b"\n')).toBe(';');
    expect(detectDelimiter('Họ tên,Loại,"a; b; c"\n')).toBe(',');
  });

  it('strips the BOM and refuses text that is not UTF-8', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Họ tên;Loại\r\nA;B\r\n')]);
    expect(readCsv(withBom).rows.map((r) => r.cells)).toEqual([
      ['Họ tên', 'Loại'],
      ['A', 'B'],
    ]);
    expect(() => decodeCsv(new Uint8Array([0x48, 0xf2, 0x20]))).toThrow(TableError);
    expect(() => decodeCsv(new Uint8Array([0xff, 0xfe, 0x48, 0x00]))).toThrow(/UTF-16/);
  });
});

describe('the templates', () => {
  const headers = IMPORT_COLUMNS.map((c) => c.header);

  it('CSV: UTF-8 with BOM, `;`, exactly the import columns', async () => {
    const bytes = await readFile(join(ROOT, 'templates/mau-nhap-quyet-dinh.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readCsv(bytes).rows[0]?.cells).toEqual(headers);
  });

  it('XLSX: the first sheet has exactly the import columns', async () => {
    const table = await readXlsx(join(ROOT, 'templates/mau-nhap-quyet-dinh.xlsx'));
    expect(table.sheet).toBe('Danh sách');
    expect(table.rows[0]?.cells).toEqual(headers);
  });
});

describe('typos', () => {
  it('suggest the closest name, and only a close one', async () => {
    const { closestName, editDistance } = await import('../../src/importer/values.ts');
    expect(editDistance('kitten', 'sitting')).toBe(3);
    const units = ['Phòng Kinh tế ngành', 'Văn phòng Sở', 'Thanh tra Sở'];
    expect(closestName('Phòng Kinh tế ngàng', units)).toBe('Phòng Kinh tế ngành');
    expect(closestName('phong kinh te nganh', units)).toBe('Phòng Kinh tế ngành');
    expect(closestName('Phòng Quản trị', units)).toBeUndefined();
  });
});
