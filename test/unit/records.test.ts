import { describe, expect, it } from 'vitest';
import {
  awardRecord,
  decisionText,
  describeTitleRuns,
  recordFileRows,
  recordTsv,
  titleRuns,
  yearRuns,
  type Honour,
} from '../../src/lib/records.ts';

let n = 0;
/** An honour for `year`, decided on `decided` (YYYY-MM-DD). */
function honour(award: string, year: number, decided = `${year}-12-20`, number = `${++n}/QĐ-SKHĐT`): Honour {
  return {
    id: `a${n}`,
    year,
    award,
    decisionNumber: number,
    decisionDate: new Date(`${decided}T00:00:00Z`),
    authority: 'Giám đốc Sở',
    recipient: 'Nguyễn Văn An',
  };
}

describe('runs of years', () => {
  it('joins consecutive years and breaks at a gap', () => {
    expect(yearRuns([2022, 2023, 2024, 2026])).toEqual([
      { from: 2022, to: 2024, years: 3 },
      { from: 2026, to: 2026, years: 1 },
    ]);
  });

  it('counts a title given twice in one year once', () => {
    expect(yearRuns([2023, 2022, 2023, 2024])).toEqual([{ from: 2022, to: 2024, years: 3 }]);
  });

  it('reads the year the honour is for, not the decision date', () => {
    // Lao động tiên tiến 2023 decided in January 2024, then 2024 decided in December 2024:
    // two consecutive years, although both decisions are dated 2024.
    const runs = titleRuns([
      honour('Lao động tiên tiến', 2023, '2024-01-08'),
      honour('Lao động tiên tiến', 2024, '2024-12-27'),
    ]);
    expect(runs).toEqual([{ award: 'Lao động tiên tiến', runs: [{ from: 2023, to: 2024, years: 2 }] }]);
    expect(describeTitleRuns(runs[0]!)).toBe('Lao động tiên tiến: 2023–2024, 2 năm liên tục');
  });

  it('keeps each title apart and leaves forms of commendation out', () => {
    const runs = titleRuns([
      honour('Lao động tiên tiến', 2022),
      honour('Chiến sĩ thi đua cơ sở', 2024),
      honour('Lao động tiên tiến', 2023),
      honour('Lao động tiên tiến', 2025),
      honour('Giấy khen', 2023),
      honour('Giấy khen', 2024),
    ]);
    expect(runs.map(describeTitleRuns)).toEqual([
      'Chiến sĩ thi đua cơ sở: 2024',
      'Lao động tiên tiến: 2022–2023, 2 năm liên tục; 2025',
    ]);
  });
});

describe('record tables', () => {
  const honours = [
    honour('Giấy khen', 2024, '2025-01-20', '18/QĐ-SKHĐT'),
    honour('Lao động tiên tiến', 2023, '2024-01-08', '05/QĐ-SKHĐT'),
    honour('Lao động tiên tiến', 2022, '2022-12-28', '318/QĐ-SKHĐT'),
    honour('Bằng khen', 2022, '2023-01-18', '128/QĐ-UBND'),
    honour('Chiến sĩ thi đua cơ sở', 2024, '2024-12-27', '296/QĐ-SKHĐT'),
  ];
  const record = awardRecord(honours);

  it('splits titles from forms, each by the year it is for', () => {
    expect(record.titles.map((h) => [h.year, h.award])).toEqual([
      [2022, 'Lao động tiên tiến'],
      [2023, 'Lao động tiên tiến'],
      [2024, 'Chiến sĩ thi đua cơ sở'],
    ]);
    expect(record.forms.map((h) => [h.year, h.award])).toEqual([
      [2022, 'Bằng khen'],
      [2024, 'Giấy khen'],
    ]);
    expect(record.titles.length + record.forms.length).toBe(honours.length);
  });

  it('writes the decision as reports do, with a zero-padded date and the authority', () => {
    expect(decisionText(record.titles[1]!)).toBe('Quyết định số 05/QĐ-SKHĐT ngày 08/01/2024 của Giám đốc Sở');
  });

  it('gives text to paste: both tables, tab-separated, with their template headings', () => {
    const lines = recordTsv(record).split('\n');
    expect(lines[0]).toBe('1. Danh hiệu thi đua');
    expect(lines[1]).toBe(
      'Năm\tDanh hiệu thi đua\tSố, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định',
    );
    expect(lines[2]).toBe('2022\tLao động tiên tiến\tQuyết định số 318/QĐ-SKHĐT ngày 28/12/2022 của Giám đốc Sở');
    expect(lines).toContain('2. Hình thức khen thưởng');
    expect(lines.at(-1)).toBe('2024\tGiấy khen\tQuyết định số 18/QĐ-SKHĐT ngày 20/01/2025 của Giám đốc Sở');
  });

  it('says «(không có)» under an empty table', () => {
    expect(recordTsv(awardRecord([honour('Giấy khen', 2022)]))).toContain(
      '1. Danh hiệu thi đua\nNăm\tDanh hiệu thi đua\tSố, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định\n(không có)',
    );
  });

  it('gives file rows for every honour, titles first, with ISO dates', () => {
    const rows = recordFileRows({ kind: 'ca-nhan', id: 'nguyen-van-an', name: 'Nguyễn Văn An' }, record);
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.table)).toEqual(['danh-hieu', 'danh-hieu', 'danh-hieu', 'hinh-thuc', 'hinh-thuc']);
    expect(rows[0]).toMatchObject({
      holderKind: 'ca-nhan',
      holderId: 'nguyen-van-an',
      year: 2022,
      decisionDate: '2022-12-28',
      decisionNumber: '318/QĐ-SKHĐT',
    });
  });
});

describe('a unit record across a merger', () => {
  it('names the predecessor as the decision did, and keeps its runs apart from the successor’s', () => {
    const before = { ...honour('Tập thể lao động tiên tiến', 2023), recipient: 'Phòng Đăng ký kinh doanh' };
    const after = {
      ...honour('Tập thể lao động tiên tiến', 2024),
      recipient: 'Phòng Doanh nghiệp và Đăng ký kinh doanh',
    };
    const record = awardRecord([after, before], 'Phòng Doanh nghiệp và Đăng ký kinh doanh');
    const tsv = recordTsv(record, 'Phòng Doanh nghiệp và Đăng ký kinh doanh').split('\n');
    expect(tsv[2]).toMatch(/^2023\tTập thể lao động tiên tiến \(Phòng Đăng ký kinh doanh\)\t/);
    expect(tsv[3]).toMatch(/^2024\tTập thể lao động tiên tiến\t/);
    expect(record.runs.map(describeTitleRuns)).toEqual([
      'Tập thể lao động tiên tiến (Phòng Đăng ký kinh doanh): 2023',
      'Tập thể lao động tiên tiến: 2024',
    ]);
  });
});
