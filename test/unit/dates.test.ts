import { describe, expect, it } from 'vitest';
import { formatLongDate, formatMonthYear, formatShortDate, isoDate, todayInVietnam } from '../../src/lib/dates.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('Vietnamese dates', () => {
  it('writes the official long form with the leading zeros of Decree 30', () => {
    expect(formatLongDate(d('2022-06-15'))).toBe('ngày 15 tháng 6 năm 2022');
    expect(formatLongDate(d('2023-02-05'))).toBe('ngày 05 tháng 02 năm 2023');
    expect(formatLongDate(d('2014-04-07'))).toBe('ngày 07 tháng 4 năm 2014');
    expect(formatLongDate(d('2021-12-09'))).toBe('ngày 09 tháng 12 năm 2021');
    expect(formatLongDate(d('2022-01-31'))).toBe('ngày 31 tháng 01 năm 2022');
  });

  it('writes dd/mm/yyyy and month/year', () => {
    expect(formatShortDate(d('2022-06-15'))).toBe('15/06/2022');
    expect(formatShortDate(d('2023-01-05'))).toBe('05/01/2023');
    expect(formatMonthYear(d('2022-06-01'))).toBe('tháng 06/2022');
  });

  it('never shifts a calendar date by the machine time zone', () => {
    expect(isoDate(d('2022-12-31'))).toBe('2022-12-31');
  });

  it('takes today in Vietnam (UTC+7), not UTC', () => {
    expect(todayInVietnam(new Date('2022-12-31T18:30:00Z'))).toBe('2023-01-01');
    expect(todayInVietnam(new Date('2022-12-31T16:59:00Z'))).toBe('2022-12-31');
  });
});
