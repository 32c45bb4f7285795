import { describe, expect, it } from 'vitest';
import { achievementsFiltered, routes } from '../../src/lib/routes.ts';

describe('achievementsFiltered', () => {
  it('is the plain list without facets', () => {
    expect(achievementsFiltered({})).toBe(routes.achievements);
  });

  it('writes the facets as the documented URL parameters, in a stable order', () => {
    expect(achievementsFiltered({ content: 'chuyen-doi-so', campaign: '1579-kh-skhdt', year: 2022 })).toBe(
      '/thanh-tich/?nam=2022&dot=1579-kh-skhdt&noi-dung=chuyen-doi-so',
    );
    expect(achievementsFiltered({ unit: 'van-phong-so', kind: 'ca-nhan' })).toBe(
      '/thanh-tich/?don-vi=van-phong-so&loai=ca-nhan',
    );
  });

  it('encodes award forms written in Vietnamese so they read back unchanged', () => {
    const url = achievementsFiltered({ award: 'Chiến sĩ thi đua cơ sở' });
    expect(new URL(url, 'http://x').searchParams.get('hinh-thuc')).toBe('Chiến sĩ thi đua cơ sở');
  });
});
