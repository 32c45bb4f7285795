/**
 * The site's own mark: a lotus (the flower of Đồng Tháp) rising from water, with a star of
 * emulation above it, drawn for this project in the site's palette. One source for every place
 * it appears: the header (inline), /favicon.svg, /logo.svg (the CMS login page and header) and
 * the Open Graph image (scripts/make-og-image.ts). No state emblem, no third-party artwork.
 * Presentation attributes only (no style attributes): the site's CSP forbids inline styles.
 */
import { SITE } from '../site.ts';

export const BRAND_COLOURS = { red: '#9b1c1c', redDark: '#6f1212', gold: '#f5c242', white: '#ffffff' } as const;

/** The drawing inside a 64 × 64 box: a red disc with a white rim, the lotus, the star, the water. */
const MARK_BODY = [
  `<circle cx="32" cy="32" r="30.5" fill="${BRAND_COLOURS.red}" stroke="${BRAND_COLOURS.white}" stroke-width="3"/>`,
  // The star of emulation ("thi đua"), above the middle petal.
  `<path fill="${BRAND_COLOURS.gold}" d="M32 7.5l2.1 4.6 5 .5-3.8 3.4 1.1 4.9L32 18.4l-4.4 2.5 1.1-4.9-3.8-3.4 5-.5z"/>`,
  // Lotus: the middle petal in gold, two petals opening on each side in white.
  `<path fill="${BRAND_COLOURS.gold}" d="M32 22c6 6.5 7 15.5 0 24.5-7-9-6-18 0-24.5z"/>`,
  `<path fill="${BRAND_COLOURS.white}" d="M30.2 46.5C22 45.5 15.5 39.5 14 30.5c7.6.8 13.8 6.6 16.2 16z"/>`,
  `<path fill="${BRAND_COLOURS.white}" d="M33.8 46.5C42 45.5 48.5 39.5 50 30.5c-7.6.8-13.8 6.6-16.2 16z"/>`,
  // Water of the Mekong delta under the flower.
  `<path fill="none" stroke="${BRAND_COLOURS.gold}" stroke-width="2.6" stroke-linecap="round" d="M17 51.5c5 2.6 10 2.6 15 0s10-2.6 15 0"/>`,
].join('');

/** The mark alone, as a standalone SVG file (favicon) or inline in a page (decorative there: the link names the site). */
export function markSvg({
  size,
  inline = false,
  className,
}: { size?: number; inline?: boolean; className?: string } = {}): string {
  const attrs = [
    inline ? '' : 'xmlns="http://www.w3.org/2000/svg"',
    'viewBox="0 0 64 64"',
    size ? `width="${size}" height="${size}"` : '',
    className ? `class="${className}"` : '',
    inline ? 'aria-hidden="true" focusable="false"' : `role="img" aria-label="${SITE.brand}"`,
  ].filter(Boolean);
  return `<svg ${attrs.join(' ')}>${inline ? '' : `<title>${escapeXml(SITE.brand)}</title>`}${MARK_BODY}</svg>`;
}

/**
 * The mark with the site's name beside it, on a light background: the CMS login page and
 * header show it. Text in the system sans-serif fonts that carry Vietnamese glyphs.
 */
export function wordmarkSvg(): string {
  const [name, org] = SITE.brand.split(' · ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 330 72" width="330" height="72" role="img" aria-label="${escapeXml(SITE.brand)}">`,
    `<title>${escapeXml(SITE.brand)}</title>`,
    `<g transform="translate(4 4)">${MARK_BODY}</g>`,
    `<text x="80" y="34" font-family="system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif" font-size="28" font-weight="700" fill="${BRAND_COLOURS.red}">${escapeXml(name ?? '')}</text>`,
    `<text x="80" y="60" font-family="system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif" font-size="18" fill="#1b1b1b">${escapeXml(org ?? '')}</text>`,
    `</svg>`,
  ].join('');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
