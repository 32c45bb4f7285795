/**
 * Sätteri hast plugin: raw HTML in a Markdown body is shown as the text it is, never emitted
 * as markup, and a link or image whose URL would run code (`javascript:`, `vbscript:`,
 * `data:`) loses that URL. Sätteri keeps raw HTML as opaque `raw` nodes re-emitted verbatim;
 * this plugin turns each into a text node, which the stringifier escapes (`&lt;meta …&gt;`).
 *
 * The content model refuses such bodies already (`npm run check`, the build); this makes the
 * renderer itself inert, so a body that slipped past a door still cannot plant a `<script>`, a
 * `<meta http-equiv="refresh">` or an `<iframe>` in a page.
 */
import type { HastPluginEntry } from 'satteri';
import { isUnsafeUrl } from '../content-model/mdx-body.ts';

const URL_PROPERTIES: Record<string, string> = { a: 'href', img: 'src' };

export const inertHtml: HastPluginEntry = () => ({
  name: 'inert-html',
  raw(node) {
    return { type: 'text', value: node.value };
  },
  element: {
    filter: ['a', 'img'],
    visit(node, c) {
      const key = URL_PROPERTIES[node.tagName]!;
      const url = node.properties?.[key];
      if (typeof url === 'string' && isUnsafeUrl(url)) c.setProperty(node, key, '#');
    },
  },
});
