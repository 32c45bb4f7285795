/** Which `.mdx` bodies the content loader may render as plain Markdown (same HTML as MDX). */
import { describe, expect, it } from 'vitest';
import { isPlainMarkdown } from '../../src/loaders/mdx-or-markdown.ts';

describe('isPlainMarkdown', () => {
  it('accepts text with Markdown formatting: paragraphs, headings, lists, emphasis, links, quotes', () => {
    expect(
      isPlainMarkdown(
        'Ông Nguyễn Văn An **hoàn thành xuất sắc** nhiệm vụ.\n\n## Kết quả\n\n- Một\n- Hai\n\n[Kế hoạch](/dot-thi-dua/1579-kh-skhdt/) "Số hóa"',
      ),
    ).toBe(true);
  });

  it('sends anything MDX reads differently through MDX', () => {
    for (const body of [
      'import X from "./x.astro"\n\nText',
      'export const a = 1\n\nText',
      'Text <CampaignContents /> text',
      'Một <strong>thẻ</strong> HTML',
      'Giá trị {1 + 1}',
      '<!-- comment -->',
      'Đoạn văn\n\n    mã thụt lề (code block in Markdown, paragraph in MDX)',
      '\tthụt bằng tab',
      'Tự động liên kết <https://example.org>',
    ]) {
      expect(isPlainMarkdown(body), body).toBe(false);
    }
  });
});
