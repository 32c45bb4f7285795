/**
 * Sätteri hast plugin: an image in a body is published at the widths the text column shows
 * (`PHOTO_WIDTHS.body`), the largest as its `src`, never at the size it was uploaded. Astro's
 * image marker (which runs after the site's plugins) passes these properties to `getImage`.
 */
import type { HastPluginEntry } from 'satteri';
import { largest, PHOTO_WIDTHS } from '../lib/photo-widths.ts';

export const photoWidths: HastPluginEntry = () => ({
  name: 'photo-widths',
  element: {
    filter: ['img'],
    visit(node, c) {
      const src = node.properties?.['src'];
      // Local files only: a remote image is refused by the content model anyway.
      if (typeof src !== 'string' || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return;
      c.setProperty(node, 'width', largest(PHOTO_WIDTHS.body));
      c.setProperty(node, 'widths', [...PHOTO_WIDTHS.body]);
      c.setProperty(node, 'sizes', '(min-width: 46rem) 46rem, 100vw');
    },
  },
});
