import { describe, expect, it } from 'vitest';
import { groupByDecision } from '../../src/lib/decisions.ts';
import { pagedPaths } from '../../src/lib/paging.ts';

const entry = (name: string, number: string, date: string) => ({
  name,
  decisionNumber: number,
  decisionDate: new Date(`${date}T00:00:00Z`),
  authority: 'Giám đốc Sở',
});

describe('decision grouping', () => {
  it('groups recipients by number and year, newest decision first', () => {
    const decisions = groupByDecision(
      [
        entry('A', '45/QĐ-SKHĐT', '2023-01-10'),
        entry('B', '128/QĐ-UBND', '2023-01-18'),
        entry('C', '45/QĐ-SKHĐT', '2023-01-10'),
        entry('D', '45/QĐ-SKHĐT', '2024-01-09'),
      ],
      (e) => e,
    );
    expect(decisions.map((d) => [d.slug, d.entries.map((e) => e.name).join('')])).toEqual([
      ['45-qd-skhdt-2024', 'D'],
      ['128-qd-ubnd-2023', 'B'],
      ['45-qd-skhdt-2023', 'AC'],
    ]);
  });
});

describe('paged lists', () => {
  it('puts the first page at the list URL and caps each page', () => {
    const paths = pagedPaths(
      Array.from({ length: 25 }, (_, i) => i),
      10,
    );
    expect(paths.map((p) => p.params.page)).toEqual([undefined, 'trang/2', 'trang/3']);
    expect(paths.map((p) => p.props.items.length)).toEqual([10, 10, 5]);
    expect(paths[2]!.props).toMatchObject({ page: 3, lastPage: 3, total: 25 });
  });

  it('still has one (empty) page when there is nothing to list', () => {
    expect(pagedPaths([], 10)).toHaveLength(1);
  });
});
