/**
 * Keyboard use in Chromium: the first Tab lands on a visible skip link, Enter moves focus to the
 * main content, and every element reached by Tab shows a visible focus indicator.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveSite } from '../support/server.ts';
import { pageTypes } from '../support/site-files.ts';

/** Outline or ring of the focused element, as computed; "" when it has none. */
function focusIndicator(page: Page): Promise<{ tag: string; text: string; indicator: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    const outline =
      s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2
        ? `outline ${s.outlineWidth} ${s.outlineStyle} ${s.outlineColor}`
        : '';
    const ring = s.boxShadow !== 'none' ? `box-shadow ${s.boxShadow}` : '';
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 40) || (el.getAttribute('name') ?? ''),
      indicator: [outline, ring].filter(Boolean).join('; '),
    };
  });
}

describe('keyboard', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let page: Page;
  let types: Record<string, string>;

  beforeAll(async () => {
    [browser, server, types] = await Promise.all([launchChromium(), serveSite(), pageTypes()]);
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('first Tab reaches a visible skip link; Enter moves focus to <main>', async () => {
    for (const path of Object.values(types)) {
      await page.goto(server.url + path);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        return {
          className: el.className,
          visible: r.top >= 0 && r.bottom <= innerHeight && r.width > 0 && r.height > 0,
        };
      });
      expect(focused, path).toEqual({ className: 'skip-link', visible: true });
      expect((await focusIndicator(page)).indicator, `${path}: skip link focus style`).not.toBe('');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName), { message: path }).toBe('MAIN');
      expect(new URL(page.url()).hash).toBe('#noi-dung');
    }
  });

  it('shows a visible focus indicator on every element Tab reaches', async () => {
    const missing: string[] = [];
    let reached = 0;
    for (const name of ['home', 'plan', 'achievements', 'notFound'] as const) {
      await page.goto(server.url + types[name]);
      // Tab until focus leaves the page (back to the browser UI) or comes back around.
      for (let i = 0; i < 400; i++) {
        await page.keyboard.press('Tab');
        const { tag, text, indicator } = await focusIndicator(page);
        if (tag === 'body') break;
        reached++;
        if (!indicator) missing.push(`${types[name]}: <${tag}> "${text}"`);
      }
    }
    expect(reached).toBeGreaterThan(20);
    expect(missing, missing.join('\n')).toEqual([]);
  });
});
