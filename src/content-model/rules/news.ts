/** Rules of one news article's dates. */
import { article } from '../fields.ts';
import { entriesOf, type Rule } from './context.ts';
import { inOrder, notInFuture } from './dates.ts';

/**
 * A future date is refused rather than held back: a static site has no clock to publish it
 * later, and a silently missing article is worse than a clear message. Drafts may wait.
 */
export const articleNotInFuture: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'news')) {
    if (article.value(e, 'draft') === true) continue;
    notInFuture(
      ctx,
      e,
      'publishedAt',
      article.text(e, 'publishedAt'),
      { vi: 'ngày đăng', en: 'publication date' },
      {
        vi: 'không đăng bài trước ngày: để «Bản nháp» (draft: true) rồi bỏ nháp khi đến ngày.',
        en: 'articles are refused before their date: keep "draft: true" until that day.',
      },
    );
    notInFuture(
      ctx,
      e,
      'updatedAt',
      article.text(e, 'updatedAt'),
      { vi: 'ngày cập nhật', en: 'update date' },
      { vi: 'kiểm tra lại ngày.', en: 'check the date.' },
    );
  }
};

export const updatedAfterPublished: Rule = (ctx) => {
  for (const e of entriesOf(ctx, 'news')) {
    const published = article.text(e, 'publishedAt');
    const updated = article.text(e, 'updatedAt');
    inOrder(
      ctx,
      e,
      'updatedAt',
      published,
      updated,
      `ngày cập nhật ${updated} ở trước ngày đăng ${published}; sửa lại một trong hai ngày.`,
      `update date ${updated} is before the publication date ${published}; correct one of them.`,
    );
  }
};

export const rules: Rule[] = [articleNotInFuture, updatedAfterPublished];
