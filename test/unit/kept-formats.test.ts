import { describe, expect, it } from 'vitest';
import { formatLongDate, formatShortDate } from '../../src/lib/dates.ts';
import { keptDecisionSlug, longDate, shortDate } from '../../src/lib/kept-formats.ts';
import { vietnamDay } from '../../src/lib/last-updated.ts';
import { decisionSlug } from '../../src/lib/routes.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('formats kept for the build', () => {
  it('answer as the rules do, for every value and again when asked a second time', () => {
    const dates = ['2022-06-15', '2023-02-05', '2014-04-07', '2021-12-09', '2022-06-16'].map(d);
    for (const round of [1, 2]) {
      for (const date of dates) {
        expect(shortDate(date), `round ${round}`).toBe(formatShortDate(date));
        expect(longDate(date), `round ${round}`).toBe(formatLongDate(date));
      }
    }
    expect(shortDate(d('2022-06-15'))).toBe('15/06/2022');
    expect(shortDate(d('2022-06-16'))).toBe('16/06/2022');
  });

  it('keep a decision slug by number and year: the same number in another year is another decision', () => {
    const cases: [string, string][] = [
      ['45/QĐ-SKHĐT', '2023-12-28'],
      ['45/QĐ-SKHĐT', '2023-01-02'],
      ['45/QĐ-SKHĐT', '2024-01-02'],
      ['05/QĐ-UBND', '2023-03-01'],
      ['5/QĐ-UBND', '2023-03-01'],
    ];
    for (const round of [1, 2])
      for (const [number, date] of cases)
        expect(keptDecisionSlug(number, d(date)), `round ${round}`).toBe(decisionSlug(number, d(date)));
    expect(keptDecisionSlug('45/QĐ-SKHĐT', d('2023-12-28'))).toBe('45-qd-skhdt-2023');
    expect(keptDecisionSlug('45/QĐ-SKHĐT', d('2024-01-02'))).toBe('45-qd-skhdt-2024');
  });

  it('gives each caller of vietnamDay a date of its own (a kept day cannot be changed through one)', () => {
    const when = new Date('2024-03-04T18:30:00Z');
    const first = vietnamDay(when);
    first.setUTCFullYear(1999);
    expect(vietnamDay(when).toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(vietnamDay(new Date('2024-03-04T16:59:00Z')).toISOString()).toBe('2024-03-04T00:00:00.000Z');
  });
});
