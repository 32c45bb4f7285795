/**
 * Sätteri hast plugin: unaccented heading ids ("## I. MỤC ĐÍCH, YÊU CẦU" → "i-muc-dich-yeu-cau").
 * Astro's own heading ids keep Vietnamese letters (`i-mục-đích-yêu-cầu`), which turn into
 * percent-escapes in a shared link; Astro's heading-id step keeps an id a plugin set before it.
 */
import type { HastPluginEntry } from 'satteri';
import { contentAnchor } from '../lib/routes.ts';
import { slugify } from '../lib/slug.ts';

/**
 * Ids the page around a body already uses (BaseLayout's `main`, the plan page's sections): a
 * heading "Nội dung" must not take `noi-dung`, nor "Nội dung chuyển đổi số" the anchor
 * `noi-dung-chuyen-doi-so` that achievements link to. Such a heading gets a `-muc` suffix.
 */
const PAGE_IDS = new Set([
  'noi-dung',
  'header-q',
  'document-title',
  'toc-title',
  'can-cu',
  'tin-tuc-dot-thi-dua',
  'thanh-tich-dot-thi-dua',
]);
const CONTENT_ANCHOR_PREFIX = contentAnchor('');
const taken = (id: string) => PAGE_IDS.has(id) || id.startsWith(CONTENT_ANCHOR_PREFIX);

export const vietnameseHeadingIds: HastPluginEntry = () => {
  // A factory: called once per document, so duplicate counting restarts with each file.
  const seen = new Map<string, number>();
  return {
    name: 'vietnamese-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.['id'] === 'string') return;
        const slug = slugify(ctx.textContent(node)) || 'muc';
        const base = taken(slug) ? `${slug}-muc` : slug;
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        ctx.setProperty(node, 'id', n === 0 ? base : `${base}-${n}`);
      },
    },
  };
};
