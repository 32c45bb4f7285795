/** The CMS form: pickers that forgive missing tones and know closed units, the form gate's helpers, conditional labels. */
import { describe, expect, it } from 'vitest';
import { matchOptions, pickerOptions } from '../../src/cms/admin/relation-widget.ts';
import type { ContentSnapshot } from '../../src/content-model/snapshot.ts';

const entry = (collection: 'units' | 'campaigns' | 'people', id: string, data: Record<string, unknown>) => ({
  collection,
  id,
  file: `content/${collection}/${id}`,
  data,
  failed: [],
});
const SNAPSHOT = {
  version: 1,
  files: [],
  publicFiles: [],
  entries: [
    entry('units', 'van-phong-so', { name: 'Văn phòng Sở', shortName: 'VP', order: 2 }),
    entry('units', 'phong-dang-ky-kinh-doanh', {
      name: 'Phòng Đăng ký kinh doanh',
      order: 7,
      validUntil: '2025-02-28',
    }),
    entry('units', 'phong-doanh-nghiep-va-dang-ky-kinh-doanh', {
      name: 'Phòng Doanh nghiệp và Đăng ký kinh doanh',
      order: 8,
      validFrom: '2025-03-01',
    }),
    entry('people', 'nguyen-van-an', {
      name: 'Nguyễn Văn An',
      unit: 'phong-doanh-nghiep-va-dang-ky-kinh-doanh',
      position: 'Phó Trưởng phòng',
    }),
    entry('people', 'nguyen-van-an-2', { name: 'Nguyễn Văn An', unit: 'van-phong-so', position: 'Chuyên viên' }),
    entry('campaigns', '1579-kh-skhdt', {
      documentNumber: '1579/KH-SKHĐT',
      title: 'Thi đua chuyển đổi số tỉnh Đồng Tháp',
      issuedOn: '2023-03-01',
    }),
  ],
} as unknown as ContentSnapshot;

describe('unit and campaign pickers', () => {
  const units = pickerOptions(SNAPSHOT, 'units');
  const campaigns = pickerOptions(SNAPSHOT, 'campaigns');

  it('find toned names from tone-less queries, đ as d', () => {
    expect(matchOptions(units, 'van phong').map((o) => o.id)).toEqual(['van-phong-so']);
    expect(matchOptions(units, 'VĂN PHÒNG').map((o) => o.id)).toEqual(['van-phong-so']);
    expect(matchOptions(units, 'dang ky').map((o) => o.id)).toEqual([
      'phong-dang-ky-kinh-doanh',
      'phong-doanh-nghiep-va-dang-ky-kinh-doanh',
    ]);
    expect(matchOptions(campaigns, 'dong thap').map((o) => o.id)).toEqual(['1579-kh-skhdt']);
    expect(matchOptions(campaigns, '1579').map((o) => o.id)).toEqual(['1579-kh-skhdt']);
    expect(matchOptions(units, 'khong co')).toEqual([]);
  });

  it('mark closed units and offer only the units open on the entry date', () => {
    expect(units.find((o) => o.id === 'phong-dang-ky-kinh-doanh')!.label).toBe(
      'Phòng Đăng ký kinh doanh (đã ngừng hoạt động sau 28/02/2025)',
    );
    expect(matchOptions(units, 'dang ky', '2025-06-02').map((o) => o.id)).toEqual([
      'phong-doanh-nghiep-va-dang-ky-kinh-doanh',
    ]);
    expect(matchOptions(units, 'dang ky', '2024-06-02').map((o) => o.id)).toEqual(['phong-dang-ky-kinh-doanh']);
    expect(matchOptions(units, 'dang ky', '2025-02-28').map((o) => o.id)).toEqual(['phong-dang-ky-kinh-doanh']);
  });
});

describe('the person picker', () => {
  const people = pickerOptions(SNAPSHOT, 'people');

  it('finds a name without tones and tells namesakes apart by position and unit', () => {
    expect(matchOptions(people, 'nguyen van an').map((o) => o.label)).toEqual([
      'Nguyễn Văn An — Chuyên viên, Văn phòng Sở',
      'Nguyễn Văn An — Phó Trưởng phòng, Phòng Doanh nghiệp và Đăng ký kinh doanh',
    ]);
    expect(matchOptions(people, 'an chuyen vien').map((o) => o.id)).toEqual(['nguyen-van-an-2']);
  });
});

describe('the form gate and labels', async () => {
  const { mediaReferences, fieldLabels } = await import('../../src/cms/admin/form-gate.ts');
  const { conditionalFields, conditionalSuffix } = await import('../../src/cms/admin/conditional-labels.ts');
  const { achievements, news } = await import('../../src/schema/index.ts');

  it('counts the media an entry names as uploaded with it', () => {
    const data = { recipient: 'x', photo: { image: '../media/anh.jpg', alt: 'x' } };
    expect(mediaReferences(achievements.fields, data, 'content/achievements')).toEqual(['content/media/anh.jpg']);
    expect(mediaReferences(achievements.fields, { recipient: 'x' }, 'content/achievements')).toEqual([]);
  });

  it('names fields by their labels', () => {
    expect(fieldLabels(achievements.fields, 'photo.alt')).toEqual(['Ảnh', 'Mô tả ảnh']);
    expect(fieldLabels(achievements.fields, 'decisionDate')).toEqual(['Ngày quyết định']);
  });

  it('labels the alt text required when there is a photo, per collection', () => {
    expect([...conditionalFields(achievements.fields)]).toEqual([['Mô tả ảnh', 'Ảnh']]);
    expect([...conditionalFields(news.fields)]).toEqual([['Mô tả ảnh', 'Ảnh đại diện']]);
    expect(conditionalSuffix('Ảnh đại diện')).toBe(' (bắt buộc khi có ảnh đại diện)');
  });
});

describe('dates typed the Vietnamese way', async () => {
  const { parseVietnameseDate, showVietnameseDate } = await import('../../src/cms/admin/date-widget.ts');
  it('reads dd/mm/yyyy (and ISO), shows dd/mm/yyyy', () => {
    expect(parseVietnameseDate('20/12/2025')).toBe('2025-12-20');
    expect(parseVietnameseDate('2/3/2025')).toBe('2025-03-02');
    expect(parseVietnameseDate('2025-12-20')).toBe('2025-12-20');
    expect(parseVietnameseDate('12/2025')).toBeUndefined();
    expect(showVietnameseDate('2025-03-02')).toBe('02/03/2025');
    expect(showVietnameseDate('02/03')).toBe('02/03');
  });
});

describe('the search key of the CMS list', async () => {
  const { SEARCH_KEY, withSearchKey, withoutSearchKey } = await import('../../src/cms/search-key.ts');
  it('folds the short texts, and never reaches a file', async () => {
    const data = {
      recipient: 'Nguyễn Văn An',
      decisionNumber: '45/QĐ-SKHĐT',
      year: 2022,
      contents: ['x'],
      body: 'Đồng Tháp',
    };
    const keyed = withSearchKey(data);
    expect(keyed[SEARCH_KEY]).toBe('nguyen van an 45/qd-skhdt 2022');
    expect(withoutSearchKey(keyed)).toEqual(data);
    const { stringifyFrontmatter } = await import('../../src/cms/formats.ts');
    expect(stringifyFrontmatter(withoutSearchKey(keyed))).not.toContain(SEARCH_KEY);
  });
});
