/** The pieces of the validator and the renderer that normalise or refuse small things. */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { achievements } from '../../src/schema/index.ts';
import { nfcText } from '../../src/markdown/nfc-text.ts';
import { checkCalendarDate } from '../../src/content-model/calendar-date.ts';
import { validateEntryData } from '../../src/content-model/entry-schema.ts';
import { isUnsafeUrl } from '../../src/content-model/mdx-body.ts';

describe('calendar dates on the raw text', () => {
  it.each([
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['2100-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-1-5', false],
    ['2025-01-05T00:00:00Z', false],
  ])('%s → %s', (text, ok) => expect(checkCalendarDate(text).ok).toBe(ok));
});

describe('URLs that run code', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' java\tscript:alert(1)',
    'vbscript:x',
    'data:text/html,<script>alert(1)</script>',
  ])('refuses %j', (url) => expect(isUnsafeUrl(url)).toBe(true));
  it.each([
    'https://dongthap.gov.vn/',
    '/tin-tuc/',
    '#noi-dung',
    'mailto:vp@skhdt.dongthap.gov.vn',
    '../media/anh.jpg',
  ])('accepts %j', (url) => expect(isUnsafeUrl(url)).toBe(false));
});

describe('normalised, not refused', () => {
  const entry = {
    kind: 'ca-nhan',
    recipient: '  Nguyễn\u00a0 Thị   Mai '.normalize('NFD'),
    unit: 'van-phong-so',
    award: 'Giấy khen',
    authority: 'Giám đốc Sở',
    decisionNumber: ' 78/QĐ-SKHĐT\t',
    decisionDate: '2023-03-15',
    summary: 'Thành tích.'.normalize('NFD'),
  };

  it('NFD text becomes NFC and stray whitespace in names and numbers is trimmed and folded', () => {
    const { data, problems } = validateEntryData(achievements, 'x.mdx', entry);
    expect(problems).toEqual([]);
    expect(data['recipient']).toBe('Nguyễn Thị Mai');
    expect(data['recipient']).toBe((data['recipient'] as string).normalize('NFC'));
    expect(data['decisionNumber']).toBe('78/QĐ-SKHĐT');
    expect(data['summary']).toBe('Thành tích.'.normalize('NFC'));
  });

  it('the Markdown plugin renders NFD body text, alt and title as NFC (and is needed: without it the HTML stays NFD)', () => {
    const source = 'Đồng Tháp ![Ảnh hội nghị](a.jpg) [xem](/ "Tiêu đề")'.normalize('NFD');
    const without = markdownToHtml(source).html;
    const withPlugin = (markdownToHtml(source, { hastPlugins: [nfcText] }) as { html: string }).html;
    expect(without).not.toBe(without.normalize('NFC'));
    expect(withPlugin).toBe(withPlugin.normalize('NFC'));
    expect(withPlugin).toContain('alt="Ảnh hội nghị"');
    expect(withPlugin).toContain('title="Tiêu đề"');
  });
});
