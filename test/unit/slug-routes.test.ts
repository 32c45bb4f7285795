import { describe, expect, it } from 'vitest';
import { contentAnchor, decisionSlug, routes } from '../../src/lib/routes.ts';
import { slugify } from '../../src/lib/slug.ts';

describe('slugs', () => {
  it('drops tones and turns đ/Đ into d', () => {
    expect(slugify('Đồng Tháp')).toBe('dong-thap');
    expect(slugify('Đợt thi đua đặc biệt')).toBe('dot-thi-dua-dac-biet');
    expect(slugify('Trương Hòa Châu')).toBe('truong-hoa-chau');
    expect(slugify('1579/KH-SKHĐT')).toBe('1579-kh-skhdt');
  });

  it('gives the same slug for decomposed (NFD) input', () => {
    expect(slugify('Nguyễn Văn Ấn'.normalize('NFD'))).toBe('nguyen-van-an');
  });
});

describe('routes', () => {
  it('keeps the year in a decision slug, since numbers restart every year', () => {
    expect(decisionSlug('45/QĐ-SKHĐT', new Date('2023-01-10T00:00:00Z'))).toBe('45-qd-skhdt-2023');
    expect(decisionSlug('45/QĐ-SKHĐT', new Date('2024-01-10T00:00:00Z'))).toBe('45-qd-skhdt-2024');
  });

  it('gives "05/QĐ-…" and "5/QĐ-…" one decision page', () => {
    expect(decisionSlug('05/QĐ-SKHĐT', new Date('2024-01-08T00:00:00Z'))).toBe('5-qd-skhdt-2024');
    expect(decisionSlug('5/QĐ-SKHĐT', new Date('2024-01-08T00:00:00Z'))).toBe('5-qd-skhdt-2024');
    expect(decisionSlug('100/QĐ-UBND', new Date('2024-01-08T00:00:00Z'))).toBe('100-qd-ubnd-2024');
  });

  it('pages lists under trang/N except the first', () => {
    expect(routes.newsPage(1)).toBe('/tin-tuc/');
    expect(routes.newsPage(3)).toBe('/tin-tuc/trang/3/');
    expect(routes.achievementsPage(2)).toBe('/thanh-tich/trang/2/');
  });

  it('anchors campaign contents by their stable id', () => {
    expect(contentAnchor('chuyen-doi-so')).toBe('noi-dung-chuyen-doi-so');
  });
});
