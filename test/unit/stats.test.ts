import { describe, expect, it } from 'vitest';
import {
  achievementStats,
  byCountDesc,
  countBy,
  countContents,
  summarize,
  yearRange,
  type StatRecord,
} from '../../src/lib/stats.ts';

const r = (
  year: number,
  unit: string,
  award: string,
  kind: string,
  campaign?: string,
  contents: string[] = [],
): StatRecord => ({ year, unit, award, kind, campaign, contents });

const records = [
  r(2022, 'vp', 'Bằng khen', 'ca-nhan', 'c1', ['a', 'b']),
  r(2022, 'vp', 'Giấy khen', 'tap-the', 'c1', ['a']),
  r(2024, 'tt', 'Giấy khen', 'ca-nhan', 'c2', ['x']),
  r(2024, 'pk', 'Lao động tiên tiến', 'ca-nhan'),
];

describe('statistics', () => {
  it('counts each record once per distinct key', () => {
    expect(countBy(records, (x) => x.contents)).toEqual(
      new Map([
        ['a', 2],
        ['b', 1],
        ['x', 1],
      ]),
    );
    expect(countBy([r(2022, 'u', 'f', 'k', 'c', ['a', 'a'])], (x) => x.contents).get('a')).toBe(1);
    expect(countBy(records, (x) => x.campaign).has(undefined as never)).toBe(false);
  });

  it('lists years in sequence with gaps as zero', () => {
    const s = achievementStats(records);
    expect(s.total).toBe(4);
    expect(s.byYear).toEqual([
      { key: 2022, count: 2 },
      { key: 2023, count: 0 },
      { key: 2024, count: 2 },
    ]);
    expect(yearRange(new Map())).toEqual([]);
  });

  it('orders by count, ties in the given order', () => {
    const s = achievementStats(records, { units: ['pk', 'tt', 'vp'], kinds: ['tap-the', 'ca-nhan'] });
    expect(s.byUnit).toEqual([
      { key: 'vp', count: 2 },
      { key: 'pk', count: 1 },
      { key: 'tt', count: 1 },
    ]);
    expect(s.byKind).toEqual([
      { key: 'tap-the', count: 1 },
      { key: 'ca-nhan', count: 3 },
    ]);
    expect(s.byCampaign).toEqual([
      { key: 'c1', count: 2 },
      { key: 'c2', count: 1 },
    ]);
    expect(
      byCountDesc(
        new Map([
          ['z', 1],
          ['y', 1],
        ]),
      ),
    ).toEqual([
      { key: 'z', count: 1 },
      { key: 'y', count: 1 },
    ]);
  });

  it('counts the contents of one campaign in plan order, zeros included', () => {
    expect(countContents(records, 'c1', ['b', 'c', 'a'])).toEqual([
      { key: 'b', count: 1 },
      { key: 'c', count: 0 },
      { key: 'a', count: 2 },
    ]);
  });

  it('summarises a chart in Vietnamese', () => {
    expect(
      summarize(
        [
          { label: '2022', count: 2 },
          { label: '2023', count: 1 },
        ],
        3,
      ),
    ).toBe('Tổng cộng 3 thành tích. Nhiều nhất: 2022 (2 thành tích).');
    expect(
      summarize([
        { label: 'A', count: 2 },
        { label: 'B', count: 2 },
        { label: 'C', count: 2 },
      ]),
    ).toBe('Nhiều nhất: A, B và C (2 thành tích mỗi mục).');
    expect(summarize([{ label: 'A', count: 0 }])).toBe('Chưa có thành tích nào.');
  });
});
