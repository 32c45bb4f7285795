/** Links in bodies to pages of this site must reach a page the build makes. */
import { routes } from '../../lib/routes.ts';
import { achievement, type ContentEntry } from '../fields.ts';
import type { Rule } from './context.ts';
import { decisionSlugOf } from './decisions.ts';

export const internalLinksReachPages: Rule = (ctx) => {
  const published = (e: ContentEntry) => (ctx.includeSamples || e.data['sample'] !== true) && e.data['draft'] !== true;
  // Every fixed page of the site, from the one route table (not a list kept by hand here).
  const pages = new Set<string>(
    Object.values(routes).filter(
      (r): r is Extract<(typeof routes)[keyof typeof routes], string> => typeof r === 'string',
    ),
  );
  const pageOf: Record<string, (id: string) => string> = {
    campaigns: routes.campaign,
    news: routes.article,
    achievements: routes.achievement,
    units: routes.unit,
    people: routes.person,
  };
  for (const e of ctx.entries) {
    if (!published(e)) continue;
    pages.add(pageOf[e.collection]!(e.id));
    const number = achievement.is(e) ? achievement.text(e, 'decisionNumber') : undefined;
    const date = achievement.is(e) ? achievement.text(e, 'decisionDate') : undefined;
    if (number && date) pages.add(routes.decision(decisionSlugOf(number, date)));
  }
  for (const e of ctx.entries) {
    for (const { url, line } of e.links ?? []) {
      const raw = url.replace(/[?#].*$/, '');
      let path = raw;
      try {
        path = decodeURI(raw);
      } catch {
        // A malformed %-escape: compared as written, so it is reported as a broken link.
      }
      // Later pages of a paged list ("/tin-tuc/trang/2/") hang off a page that exists.
      const page = path.replace(/trang\/\d+\/?$/, '');
      if (pages.has(page) || pages.has(`${page}/`) || ctx.publicFiles.has(path)) continue;
      ctx.report(
        e,
        'body',
        `liên kết «${url}» trỏ tới trang không có trên trang web; kiểm tra lại địa chỉ (ví dụ ${routes.achievement('<mã-thành-tích>')}).`,
        `link "${url}" points at a page this site does not have; check the address (e.g. ${routes.achievement('<id>')}).`,
        line,
      );
    }
  }
};

export const rules: Rule[] = [internalLinksReachPages];
