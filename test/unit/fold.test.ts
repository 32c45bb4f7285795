import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../src/lib/fold.ts';

describe('foldVietnamese', () => {
  it('drops tones and turns đ into d', () => {
    expect(foldVietnamese('Đồng Tháp')).toBe('dong thap');
    expect(foldVietnamese('chuyển đổi số')).toBe('chuyen doi so');
    expect(foldVietnamese('Trương Hòa Châu')).toBe('truong hoa chau');
    expect(foldVietnamese('Phòng Đăng ký kinh doanh')).toBe('phong dang ky kinh doanh');
  });

  it('treats upper case, decomposed input and stray spaces alike', () => {
    const nfd = 'Nguyễn Văn An'.normalize('NFD');
    expect(foldVietnamese(nfd)).toBe('nguyen van an');
    expect(foldVietnamese('  NGUYỄN   VĂN\tAN ')).toBe('nguyen van an');
  });

  it('keeps digits and punctuation', () => {
    expect(foldVietnamese('45/QĐ-SKHĐT')).toBe('45/qd-skhdt');
  });
});
