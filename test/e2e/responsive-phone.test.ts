/**
 * Made for the phone, measured in Chromium at 320, 390, 768 and 1,280 px over the shared build:
 * the header (with its navigation) stays short, the first result of a search and of a filtered
 * achievement list is on the first screen, no decision number, name or date is clipped, nothing
 * scrolls sideways without a visible cue, placeholders fit their field, lists are labelled rows
 * on a phone and tables on wider screens, one search box per page, and the menu opens without
 * JavaScript. Every page type is checked on the two phone widths; on 768 and 1,280 px the pages
 * whose layout changes there. The measured header heights and first-result positions are
 * printed for the report.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FILTER_PARAMS, routes } from '../../src/lib/routes.ts';
import { SITE } from '../../src/site.ts';
import { searchSettled } from '../support/search-settled.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { pageTypes } from '../support/site-files.ts';

const WIDTHS = [320, 390, 768, 1280] as const;
/** A common phone screen: 390 × 844 (the issue's measure); other widths keep that height. */
const SCREEN_HEIGHT = 844;
const HEADER_MAX = 120;
/** Below this width lists are labelled rows (src/styles/tables.css, 45rem). */
const ROWS_BELOW = 720;

const WIDE_PAGES = new Set([
  'home',
  'plan',
  'news',
  'achievements',
  'decisions',
  'units',
  'statistics',
  'search',
  'filtered',
]);

const SEARCH = `${routes.search}?q=${encodeURIComponent('nguyen van')}`;
const FILTERED = `${routes.achievements}?${FILTER_PARAMS.year}=2023`;

interface Measure {
  header: number;
  problems: string[];
}

/** Everything measurable on the page as rendered now, as failure lines naming page and element. */
function measure(page: Page, label: string): Promise<Measure> {
  return page.evaluate(
    ({ label, rowsBelow }) => {
      const problems: string[] = [];
      const describe = (el: Element) =>
        `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> «${(el.textContent ?? '').trim().slice(0, 40)}»`;
      const header = document.querySelector('body > header')!.getBoundingClientRect().height;

      // Nothing scrolls sideways: not the page, and no box but a .table-scroll (it shows shadows as a cue).
      const root = document.scrollingElement!;
      if (root.scrollWidth > innerWidth)
        problems.push(`${label}: the page scrolls sideways (${root.scrollWidth} > ${innerWidth} px)`);
      for (const el of document.querySelectorAll('body *')) {
        // Sizes first: cheap once laid out; a computed style only for the few boxes wider inside.
        if (el.scrollWidth <= el.clientWidth + 1 || !['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
          continue;
        if (!el.classList.contains('table-scroll'))
          problems.push(`${label}: ${describe(el)} scrolls sideways without a cue`);
      }

      // No decision number, name or date clipped: every box of the text lies inside the screen and
      // inside every ancestor that clips (overflow other than visible), and no element clips its own text.
      const texts = document.querySelectorAll(
        'main .doc-number, main time, main td a, main th a, main .result__title a, main h1, .site-brand__text > span',
      );
      for (const el of texts) {
        if (el.closest('[hidden], .visually-hidden, .search-data')) continue;
        const clippers: Element[] = [];
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          if (getComputedStyle(a).overflowX !== 'visible') clippers.push(a);
        }
        // The boxes of its visible text (text for screen readers only, .visually-hidden, is clipped on purpose).
        const boxes: DOMRect[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('.visually-hidden')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          boxes.push(...range.getClientRects());
        }
        for (const box of boxes) {
          if (box.width === 0) continue;
          if (box.left < -0.5 || box.right > innerWidth + 0.5)
            problems.push(
              `${label}: ${describe(el)} runs past the screen edge (${Math.round(box.left)}–${Math.round(box.right)} px)`,
            );
          for (const c of clippers) {
            const r = c.getBoundingClientRect();
            if (box.left < r.left - 0.5 || box.right > r.right + 0.5)
              problems.push(`${label}: ${describe(el)} is cut by ${describe(c)}`);
          }
        }
        const style = getComputedStyle(el);
        if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1)
          problems.push(`${label}: ${describe(el)} clips its own text`);
      }

      // Placeholders fit their field (a cut hint reads as nonsense: «số quye»).
      const canvas = document.createElement('canvas').getContext('2d')!;
      for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
        if (!input.offsetParent) continue;
        const style = getComputedStyle(input);
        canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const needed = canvas.measureText(input.placeholder).width;
        if (needed > room)
          problems.push(
            `${label}: placeholder «${input.placeholder}» needs ${Math.ceil(needed)} px, has ${Math.floor(room)} px`,
          );
      }

      // Chart labels are drawn inside their SVG (wrapped, not cut at the edge).
      for (const svg of document.querySelectorAll<SVGSVGElement>('svg.bar-chart__svg')) {
        const width = svg.viewBox.baseVal.width;
        for (const line of svg.querySelectorAll<SVGTextContentElement>('.bar-chart__label tspan')) {
          if (line.getComputedTextLength() > width)
            problems.push(`${label}: chart label «${line.textContent}» is wider than its chart`);
        }
      }

      // One search box per page.
      const boxes = [...document.querySelectorAll('input[type="search"]')].filter(
        (i) => (i as HTMLElement).offsetParent !== null,
      );
      if (boxes.length > 1) problems.push(`${label}: ${boxes.length} search boxes`);

      // Lists of achievements, decisions and units: labelled rows on a phone, a table from 45rem.
      const wantRows = innerWidth < rowsBelow;
      for (const row of document.querySelectorAll('table.rtable:not([hidden]) tbody tr')) {
        const display = getComputedStyle(row).display;
        if (wantRows !== (display !== 'table-row'))
          problems.push(`${label}: ${describe(row)} is displayed as ${display}`);
        for (const cell of row.querySelectorAll('td')) {
          if (!cell.dataset['label']) problems.push(`${label}: ${describe(cell)} has no data-label`);
        }
      }

      // News cards: a cover shows with its alt text; a card without one starts with its title.
      for (const card of document.querySelectorAll('.card')) {
        const img = card.querySelector('img');
        if (img && !img.alt.trim()) problems.push(`${label}: ${describe(card)} has a cover without alt text`);
        const heading = card.querySelector('h2, h3')!;
        const above =
          heading.getBoundingClientRect().top - (img ?? card).getBoundingClientRect()[img ? 'bottom' : 'top'];
        if (above > 24) problems.push(`${label}: ${describe(card)} has a ${Math.round(above)} px band above its title`);
      }
      return { header, problems };
    },
    { label, rowsBelow: ROWS_BELOW },
  );
}

/** Top and bottom of the first result (search list item or filtered table row), page coordinates. */
function firstResult(page: Page): Promise<{ top: number; bottom: number } | undefined> {
  return page.evaluate(() => {
    const first = document.querySelector('.search__results li, .search__table:not([hidden]) tbody tr');
    if (!first) return undefined;
    const r = first.getBoundingClientRect();
    return { top: Math.round(r.top + scrollY), bottom: Math.round(r.bottom + scrollY) };
  });
}

async function eachWidth(browser: Browser, url: string, paths: Record<string, string>) {
  const measured: Record<string, string | number>[] = [];
  const problems: string[] = [];
  for (const width of WIDTHS) {
    const context = await browser.newContext({ viewport: { width, height: SCREEN_HEIGHT } });
    const page = await context.newPage();
    for (const [name, path] of Object.entries(paths)) {
      // Wide screens: the pages whose layout changes there (lists, tables, charts, the plan, search).
      if (width >= ROWS_BELOW && !WIDE_PAGES.has(name)) continue;
      await page.goto(url + path);
      if (path.includes('?')) await searchSettled(page);
      const label = `${path} at ${width}px`;
      const m = await measure(page, label);
      problems.push(...m.problems);
      if (width < 1280 && m.header > HEADER_MAX)
        problems.push(`${label}: header is ${Math.round(m.header)} px tall (at most ${HEADER_MAX})`);
      if (path === SEARCH || path === FILTERED) {
        const first = await firstResult(page);
        if (!first) problems.push(`${label}: no result shown`);
        // The whole first result on the first screen, on every width measured.
        else if (first.bottom > SCREEN_HEIGHT)
          problems.push(
            `${label}: the first result ends at ${first.bottom} px, below the first screen (${SCREEN_HEIGHT} px)`,
          );
        measured.push({ width, page: name, header: Math.round(m.header), firstResultTop: first?.top ?? NaN });
      } else if (name === 'achievements') {
        measured.push({ width, page: name, header: Math.round(m.header), firstResultTop: NaN });
      }
    }
    await context.close();
  }
  return { measured, problems };
}

describe('phone first', () => {
  const site = siteInBrowser();

  it('at 320, 390, 768 and 1280 px: short header, first result on screen, nothing clipped or scrolling sideways, rows vs table', async () => {
    const { browser, server } = site;
    const paths = { ...(await pageTypes()), search: SEARCH, filtered: FILTERED };
    const { measured, problems } = await eachWidth(browser, server.url, paths);
    console.table(measured);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('the home page opens with what is happening now, not the site title again', async () => {
    const { page, server } = site;
    await page.goto(server.url + routes.home);
    const h1 = (await page.locator('h1').textContent())!.trim();
    expect(h1).not.toBe(SITE.name);
    expect(h1.length).toBeGreaterThan(0);
  });

  it('the phone menu opens without JavaScript, by pointer and by keyboard, as a native disclosure', async () => {
    const { browser, server } = site;
    const context = await browser.newContext({
      viewport: { width: 390, height: SCREEN_HEIGHT },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(server.url + routes.news);
    const summary = page.locator('.site-menu > summary');
    const links = page.locator('.site-menu__panel a');
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    expect(await links.first().isVisible()).toBe(false);
    await summary.click();
    expect(await links.count()).toBe(7);
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    expect(await page.locator('.site-menu__panel a[aria-current="page"]').textContent()).toBe('Tin tức');
    await summary.click();
    expect(await links.first().isVisible()).toBe(false);
    // Keyboard: the summary takes focus and Enter opens it; the links follow in tab order.
    await summary.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.site-menu__panel') !== null)).toBe(true);
    await context.close();
  });

  it('keeps lists real tables for assistive technology while they show as labelled rows', async () => {
    const { browser, server } = site;
    const page = await browser.newPage({ viewport: { width: 390, height: SCREEN_HEIGHT } });
    await page.goto(server.url + routes.decisions);
    expect(
      await page
        .locator('table.rtable tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).display),
    ).toBe('block');
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value: string } }[];
    };
    const roles = nodes.filter((n) => !n.ignored).map((n) => n.role?.value);
    const rows = await page.locator('table.rtable tbody tr').count();
    expect(roles.filter((r) => r === 'table')).toHaveLength(1);
    expect(roles.filter((r) => r === 'row').length).toBe(rows + 1);
    expect(roles.filter((r) => r === 'columnheader').length).toBe(4);
    await page.close();
  });
});
