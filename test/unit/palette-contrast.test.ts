/**
 * The palette in site.css passes WCAG AA for every pair the site draws text with, read from
 * the stylesheet itself so a colour change is checked before any page is built. (axe checks
 * the rendered pages; this catches a pair on a page type the content does not show yet.)
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.ts';

/** WCAG 2 relative luminance of "#rrggbb". */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colour, background, minimum ratio (4.5 for text, 3 for the focus ring against what it sits on). */
const PAIRS: [string, string, number][] = [
  ['--c-text', '--c-bg', 4.5],
  ['--c-text', '--c-surface', 4.5],
  ['--c-muted', '--c-bg', 4.5],
  ['--c-muted', '--c-surface', 4.5],
  ['--c-link', '--c-bg', 4.5],
  ['--c-link', '--c-surface', 4.5],
  ['--c-link-visited', '--c-bg', 4.5],
  ['--c-link-visited', '--c-surface', 4.5],
  ['--c-brand', '--c-bg', 4.5],
  ['#ffffff', '--c-brand', 4.5],
  ['#ffffff', '--c-brand-dark', 4.5],
  ['--c-sample', '--c-sample-bg', 4.5],
  ['--c-text', '--c-sample-bg', 4.5],
  ['--c-ok', '--c-bg', 4.5],
  ['--c-ok', '--c-surface', 4.5],
  ['--c-text', '--c-focus', 4.5],
  // The focus ring is a yellow outline wrapped in a dark (--c-text) shadow: the yellow carries it on
  // the red header, the dark shadow on light backgrounds (checked above with --c-text on --c-bg).
  ['--c-focus', '--c-brand', 3],
  ['--c-focus', '--c-brand-dark', 3],
];

describe('the palette of site.css', () => {
  it('passes WCAG AA contrast for every pair used for text and focus', async () => {
    const css = await readFile(join(ROOT, 'src/styles/site.css'), 'utf8');
    const root = css.match(/:root\s*{([^}]*)}/)![1]!;
    const vars = Object.fromEntries(
      [...root.matchAll(/(--c-[\w-]+):\s*(#[0-9a-fA-F]{6})\b/g)].map((m) => [m[1]!, m[2]!]),
    );
    const colour = (name: string) => (name.startsWith('#') ? name : vars[name]);
    const failing: string[] = [];
    for (const [fg, bg, min] of PAIRS) {
      const [a, b] = [colour(fg), colour(bg)];
      expect(a && b, `${fg} or ${bg} is not a #rrggbb custom property of :root`).toBeTruthy();
      const ratio = contrast(a!, b!);
      if (ratio < min) failing.push(`${fg} (${a}) on ${bg} (${b}): ${ratio.toFixed(2)}:1 < ${min}:1`);
    }
    expect(failing, failing.join('\n')).toEqual([]);
  });

  it('computes contrast as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
