/**
 * Sätteri hast plugin: unaccented heading ids ("## I. MỤC ĐÍCH, YÊU CẦU" → "i-muc-dich-yeu-cau").
 * Astro's own heading ids keep Vietnamese letters (`i-mục-đích-yêu-cầu`), which turn into
 * percent-escapes in a shared link; Astro's heading-id step keeps an id a plugin set before it.
 */
import type { HastPluginEntry } from 'satteri';
import { slugify } from '../lib/slug.ts';

export const vietnameseHeadingIds: HastPluginEntry = () => {
  // A factory: called once per document, so duplicate counting restarts with each file.
  const seen = new Map<string, number>();
  return {
    name: 'vietnamese-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.['id'] === 'string') return;
        const base = slugify(ctx.textContent(node)) || 'muc';
        const n = seen.get(base) ?? 0;
        seen.set(base, n + 1);
        ctx.setProperty(node, 'id', n === 0 ? base : `${base}-${n}`);
      },
    },
  };
};
