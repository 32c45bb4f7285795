/**
 * The Open Graph image (1,200 × 630, what link previews show) as a page: the mark, the site's
 * name and what it offers, in the site's palette. scripts/make-og-image.ts renders it with
 * Chromium into public/og-image.png.
 */
import { SITE } from '../site.ts';
import { BRAND_COLOURS, markSvg } from './mark.ts';

export const OG_SIZE = { width: 1200, height: 630 } as const;

export function ogCardHtml(): string {
  const [name, org] = SITE.brand.split(' · ');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${OG_SIZE.width}px; height: ${OG_SIZE.height}px; }
  body { display: flex; flex-direction: column; justify-content: center; gap: 36px; padding: 0 96px; box-sizing: border-box;
    background: ${BRAND_COLOURS.red}; color: #fff; font-family: system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif;
    border-bottom: 24px solid ${BRAND_COLOURS.gold}; }
  .brand { display: flex; align-items: center; gap: 40px; }
  svg { width: 200px; height: 200px; flex: none; }
  .name { font-size: 96px; font-weight: 700; line-height: 1; }
  .org { font-size: 44px; margin-top: 16px; }
  p { font-size: 34px; line-height: 1.35; margin: 0; max-width: 980px; }
</style></head><body>
  <div class="brand">${markSvg({ inline: true })}<div><div class="name">${name}</div><div class="org">${org}</div></div></div>
  <p>Kế hoạch, tin tức và tra cứu tập thể, cá nhân được khen thưởng – ${SITE.organisation}.</p>
</body></html>`;
}
