import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { vietnameseHeadingIds } from '../../src/markdown/heading-ids.ts';

const ids = async (markdown: string) => {
  const { html } = await markdownToHtml(markdown, { hastPlugins: [vietnameseHeadingIds] });
  return [...html.matchAll(/<h\d id="([^"]+)"/g)].map((m) => m[1]);
};

describe('heading ids of bodies', () => {
  it('are unaccented, with đ → d, and numbered when repeated (the plan has two parts III)', async () => {
    expect(await ids('## I. MỤC ĐÍCH, YÊU CẦU\n\n## Đợt thi đua\n\n## Đợt thi đua')).toEqual([
      'i-muc-dich-yeu-cau',
      'dot-thi-dua',
      'dot-thi-dua-1',
    ]);
  });

  it('never take an id of the page around them or a campaign content anchor', async () => {
    expect(await ids('## Nội dung\n\n## Nội dung chuyển đổi số\n\n## Căn cứ')).toEqual([
      'noi-dung-muc',
      'noi-dung-chuyen-doi-so-muc',
      'can-cu-muc',
    ]);
  });
});
