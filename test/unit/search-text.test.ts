import { describe, expect, it } from 'vitest';
import {
  decodeFromIndex,
  encodeForIndex,
  hasMarks,
  indexTerm,
  phraseTerm,
  queryWords,
  STROKE,
  tidyQuery,
} from '../../src/lib/search-text.ts';

/** What Pagefind does to a word before it looks it up: NFD, combining marks dropped, lower case. */
const pagefindNormal = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

describe('encodeForIndex / decodeFromIndex', () => {
  it('writes đ/Đ as d/D plus a combining stroke, which Pagefind drops like a tone', () => {
    expect(encodeForIndex('Đồng Tháp, thi đua')).toBe(`D${STROKE}ồng Tháp, thi d${STROKE}ua`);
    expect(pagefindNormal(encodeForIndex('Đồng Tháp'))).toBe('dong thap');
    expect(pagefindNormal(encodeForIndex('45/QĐ-SKHĐT'))).toBe('45/qd-skhdt');
  });

  it('round-trips: what is shown is the original text', () => {
    const text = 'Đặng Quốc Dũng – Phòng Đăng ký kinh doanh, 45/QĐ-SKHĐT, đổi mới';
    expect(decodeFromIndex(encodeForIndex(text))).toBe(text);
  });

  it('stores text as NFC, so decomposed input is indexed like composed input', () => {
    expect(encodeForIndex('Nguyễn Văn An'.normalize('NFD'))).toBe(encodeForIndex('Nguyễn Văn An'));
  });

  it('leaves an accented query distinct from its unaccented form (exact forms can rank first)', () => {
    expect(encodeForIndex('đồng')).not.toBe(encodeForIndex('dong'));
    expect(pagefindNormal(encodeForIndex('đồng'))).toBe(pagefindNormal(encodeForIndex('dong')));
  });
});

describe('tidyQuery and queryWords', () => {
  it('reads NFD input, the look-alike Ð/ð and stray spaces', () => {
    expect(tidyQuery('  Ðồng   Tháp '.normalize('NFD'))).toBe('Đồng Tháp');
    expect(tidyQuery('ðua')).toBe('đua');
  });

  it('keeps document numbers as one word and drops punctuation-only words and quotes', () => {
    expect(queryWords('Kế hoạch 1579/KH-SKHĐT – "thi đua"')).toEqual(['Kế', 'hoạch', '1579/KH-SKHĐT', 'thi', 'đua']);
    expect(queryWords('  ')).toEqual([]);
  });

  it('builds the index term and the exact phrase of a multi-word query', () => {
    expect(indexTerm(['thi', 'đua'])).toBe(`thi d${STROKE}ua`);
    expect(phraseTerm(['thi', 'đua'])).toBe(`"thi d${STROKE}ua"`);
    expect(phraseTerm(['đua'])).toBeUndefined();
  });
});

describe('hasMarks', () => {
  it('tells accented queries from unaccented ones', () => {
    expect(hasMarks('dong thap')).toBe(false);
    expect(hasMarks('DONG THAP 45/qd-skhdt')).toBe(false);
    expect(hasMarks('Đồng')).toBe(true);
    expect(hasMarks('đ')).toBe(true);
    expect(hasMarks('thấp'.normalize('NFD'))).toBe(true);
  });
});
