/**
 * Every public page of the built site, loaded in Chromium from the static server that applies
 * the generated `_headers`: no Content-Security-Policy violation may be reported, the policy
 * served is the strict one of src/lib/security-headers.ts, and the search pages run a real
 * Pagefind search under it (its worker, served from /pagefind/, may compile WebAssembly). A static pass over the HTML finds what a policy
 * would block before a browser does: inline scripts, inline event handlers, inline styles,
 * `javascript:` URLs.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../src/local-backend/static-files.ts';
import { PAGEFIND_POLICY, policyText, PUBLIC_POLICY } from '../../src/lib/security-headers.ts';
import { achievementsFiltered, routes } from '../../src/lib/routes.ts';
import { launchChromium } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';
import { serveSite } from '../support/server.ts';
import { htmlFiles, routeOf } from '../support/site-files.ts';

const isPublic = (file: string) => !file.startsWith('admin/');

describe('built HTML has nothing a strict policy would block', () => {
  it('no inline script, event handler, inline style or javascript: URL in any public page', async () => {
    const files = (await htmlFiles()).filter(isPublic);
    expect(files.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const file of files) {
      const $ = cheerio.load(await readFile(join(DIST, file), 'utf8'));
      $('script').each((_, el) => {
        const type = $(el).attr('type');
        // Data blocks (JSON-LD) are never executed, so a policy does not apply to them.
        if (!$(el).attr('src') && !(type && /json/.test(type))) found.push(`${file}: inline <script>`);
      });
      $('style').each(() => void found.push(`${file}: inline <style>`));
      $('*').each((_, el) => {
        for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
          if (/^on/i.test(name)) found.push(`${file}: <${(el as { name: string }).name} ${name}>`);
          if (name === 'style') found.push(`${file}: <${(el as { name: string }).name} style="${value.slice(0, 30)}">`);
          if (/^(href|src|action|formaction)$/.test(name) && /^\s*javascript:/i.test(value))
            found.push(`${file}: ${name}="${value}"`);
        }
      });
    }
    expect(found).toEqual([]);
  });

  it('every public page carries the <meta> fallback policy, without header-only directives', async () => {
    const wrong: string[] = [];
    for (const file of (await htmlFiles()).filter(isPublic)) {
      const $ = cheerio.load(await readFile(join(DIST, file), 'utf8'));
      const meta = $('meta[http-equiv="Content-Security-Policy"]');
      const expected = policyText(PUBLIC_POLICY, { meta: true });
      if (meta.length !== 1 || meta.attr('content') !== expected)
        wrong.push(`${file}: ${meta.attr('content') ?? '(none)'}`);
      // A policy in <meta> applies only to what comes after it.
      else if ($('head > *').first().attr('charset') === undefined || !$('head > *').eq(1).is(meta))
        wrong.push(`${file}: <meta> policy is not right after <meta charset>`);
    }
    expect(wrong).toEqual([]);
  });

  it('the generated _headers gives /admin its own policy and every other path the strict one', async () => {
    const rules = parseHeadersFile(await readFile(join(DIST, '_headers'), 'utf8'));
    const cspFor = (path: string) =>
      rules
        .filter((r) => r.pattern.test(path))
        .flatMap((r) => r.headers)
        .filter(([k]) => k === 'Content-Security-Policy')
        .at(-1)?.[1];
    const strict = policyText(PUBLIC_POLICY);
    expect(strict).toContain("script-src 'self';");
    expect(strict).toContain("frame-ancestors 'none'");
    for (const path of ['/', routes.search, routes.achievements, routes.achievement('x'), routes.news, '/khong-co/'])
      expect(cspFor(path)).toBe(strict);
    expect(cspFor('/pagefind/pagefind-worker.js')).toBe(policyText(PAGEFIND_POLICY));
    expect(cspFor('/pagefind/pagefind-worker.js')).toContain("script-src 'self' 'wasm-unsafe-eval';");
    const admin = cspFor('/admin/')!;
    expect(admin).toContain("'unsafe-eval'");
    expect(admin).toContain("style-src 'self' 'unsafe-inline'");
    // The CMS's local backend is served by the site's own origin ('self'): no other local port.
    expect(admin).not.toMatch(/127\.0\.0\.1:\d+/);
    expect(strict).not.toMatch(/unsafe/);
  });
});

describe('every public page in Chromium under the served policy', () => {
  let browser: Browser;
  let site: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    [browser, site] = await Promise.all([launchChromium(), serveSite()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /**
   * Opens a tab that records policy violations: the listener is installed before any page
   * script runs, and Chromium's own "Refused to …" console errors are kept too.
   */
  async function open(): Promise<{ page: Page; violations: string[]; collect: () => Promise<void> }> {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => {
        seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => void violations.push(`pageerror: ${e.message}`));
    // Violation events are queued tasks: let them run, then read what the page saw.
    const collect = async () => {
      violations.push(
        ...(await page.evaluate(
          () =>
            new Promise<string[]>((resolve) =>
              setTimeout(() => resolve((window as unknown as { __csp: string[] }).__csp), 0),
            ),
        )),
      );
    };
    return { page, violations, collect };
  }

  it('no page reports a violation, and each is served the policy of its path', async () => {
    const routesToVisit = (await htmlFiles()).filter(isPublic).map(routeOf);
    const problems: string[] = [];
    // A few tabs at once: the site is static and the machine has two cores.
    const queue = [...routesToVisit];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        const { page, violations, collect } = await open();
        for (let route = queue.shift(); route; route = queue.shift()) {
          violations.length = 0;
          const response = await page.goto(site.url + route, { waitUntil: 'load' });
          const served = response?.headers()['content-security-policy'];
          if (served !== policyText(PUBLIC_POLICY)) problems.push(`${route}: served policy ${served ?? '(none)'}`);
          await collect();
          problems.push(...violations.map((v) => `${route}: ${v}`));
        }
        await page.close();
      }),
    );
    expect(problems).toEqual([]);
  });

  it('a search and the achievement browser run Pagefind (WebAssembly in its worker) without a violation', async () => {
    const { page, violations, collect } = await open();
    const wasm: string[] = [];
    page.on('response', (r) => {
      if (/\.wasm$|\/wasm\.[^/]*\.pagefind$/.test(r.url())) wasm.push(r.url());
    });
    for (const url of [`${routes.search}?q=thi+dua`, achievementsFiltered({ year: 2023 })]) {
      await page.goto(site.url + url, { waitUntil: 'load' });
      // Search: a list of results; the achievement browser: rows of its table.
      await page.locator('.result, .search__table:not([hidden]) tbody tr').first().waitFor({ timeout: 20_000 });
      await collect();
    }
    expect(wasm.length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  });
});
