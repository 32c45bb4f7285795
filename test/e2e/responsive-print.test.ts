/**
 * Phones, tablets, desktops and paper. Each page type is opened in Chromium at 320, 768 and
 * 1280 px: nothing may scroll sideways, images below the fold load lazily. With
 * THIDUA_SCREENSHOTS=1 a full-page screenshot of each is saved under .test-work/screenshots/ for a
 * person to look at (asserted by nothing, and a third of this file's CPU: off by default). The plan is
 * printed to PDF and read back with unpdf (pdf.js): the six contents are there, the site's header,
 * navigation and footer are not.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILTER_PARAMS, routes } from '../../src/lib/routes.ts';
import { addAxe, axeViolations, formatViolations } from '../support/axe.ts';
import { launchChromium } from '../support/browser.ts';
import { searchSettled } from '../support/search-settled.ts';
import { WORK } from '../support/paths.ts';
import { serveSite } from '../support/server.ts';
import { pageTypes } from '../support/site-files.ts';

const WIDTHS = [320, 768, 1280];
const SCREENSHOTS = join(WORK, 'screenshots');
const TAKE_SCREENSHOTS = process.env['THIDUA_SCREENSHOTS'] === '1';

describe('phone, tablet, desktop and print', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveSite>>;
  let types: Record<string, string>;

  beforeAll(async () => {
    [browser, server, types] = await Promise.all([
      launchChromium(),
      serveSite(),
      pageTypes(),
      mkdir(SCREENSHOTS, { recursive: true }),
    ]);
    // The search UI with results on screen, too.
    types = {
      ...types,
      searchResults: `${routes.search}?q=thi%20dua`,
      achievementsFiltered: `${routes.achievements}?${FILTER_PARAMS.year}=2023`,
    };
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(WIDTHS)(
    'no page type scrolls sideways at %i px; images below the fold are lazy; axe passes on phones',
    async (width) => {
      // CSP bypassed for axe's inline script (see axe.test.ts, which checks every page at 1280 px).
      const context = await browser.newContext({
        viewport: { width, height: width < 768 ? 640 : 900 },
        bypassCSP: true,
      });
      if (width < 768) await addAxe(context);
      const page = await context.newPage();
      const problems: string[] = [];
      for (const [name, path] of Object.entries(types)) {
        await page.goto(server.url + path);
        if (path.includes('?')) await searchSettled(page);
        const overflow = await page.evaluate(() => {
          const root = document.scrollingElement!;
          if (root.scrollWidth <= innerWidth) return undefined;
          // Name the widest culprits to make the failure actionable.
          const wide = [...document.querySelectorAll('body *')]
            .filter(
              (el) =>
                el.getBoundingClientRect().right > innerWidth + 1 && !el.closest('.table-scroll, .visually-hidden'),
            )
            .slice(0, 3)
            .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`);
          return `scrollWidth ${root.scrollWidth} > ${innerWidth}: ${wide.join(', ')}`;
        });
        if (overflow) problems.push(`${path} at ${width}px: ${overflow}`);
        const eagerBelowFold = await page.evaluate(() =>
          [...document.querySelectorAll('main img')]
            .filter((img) => img.getBoundingClientRect().top > innerHeight && img.getAttribute('loading') !== 'lazy')
            .map((img) => img.getAttribute('src')),
        );
        for (const src of eagerBelowFold)
          problems.push(`${path} at ${width}px: ${src} is below the fold but not loading="lazy"`);
        if (TAKE_SCREENSHOTS)
          await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
        // Narrow screens bring their own failures: tables that scroll, text that reflows onto other colours.
        if (width < 768) problems.push(...formatViolations(`${path} at ${width}px`, await axeViolations(page)));
      }
      await context.close();
      expect(problems, problems.join('\n')).toEqual([]);
    },
  );

  it('prints the plan as the document alone: six contents in, header, navigation and footer out', async () => {
    const page: Page = await browser.newPage();
    await page.goto(server.url + types['plan']);
    const contents = await page.$$eval('[id^="noi-dung-"]', (els) =>
      els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
    const chrome = await page.evaluate(() => ({
      skip: document.querySelector('.skip-link')!.textContent!.trim(),
      nav: [...document.querySelectorAll('.site-nav a')].map((a) => a.textContent!.trim()),
      footer: document.querySelector('.site-footer p:nth-of-type(2)')!.textContent!.trim(),
      footerLinks: [...document.querySelectorAll('.site-footer a')].map((a) => a.textContent!.trim()),
    }));
    const pdf = await page.pdf({ format: 'A4', margin: { top: '20mm', bottom: '20mm', left: '30mm', right: '15mm' } });
    await page.close();
    const file = join(WORK, 'ke-hoach-1579.pdf');
    await writeFile(file, pdf);
    const read = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
    const text = read.text.normalize('NFC').replace(/\s+/g, ' ');
    console.info(`print: the plan prints on ${read.totalPages} A4 pages`);

    expect(contents).toHaveLength(6);
    for (const content of contents)
      expect(text, 'a content of the plan is missing from the print').toContain(content.slice(0, 80));
    expect(text).not.toContain(chrome.skip);
    expect(text).not.toContain(chrome.footer);
    // The nav words are common; as a run of consecutive labels they only come from the navigation bar.
    expect(text).not.toContain(chrome.nav.join(' '));
    for (const label of chrome.footerLinks) expect(text).not.toContain(label);
  });
});
