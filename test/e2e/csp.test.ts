/**
 * Content-Security-Policy. A static pass over the HTML finds what a policy would block before a
 * browser does: inline scripts, inline event handlers, inline styles, `javascript:` URLs; the
 * generated `_headers` gives each path its policy; and the search pages run a real Pagefind
 * search under the served policy (its worker, served from /pagefind/, may compile WebAssembly).
 * That every public page, loaded in Chromium, reports no violation and is served the strict
 * policy is checked by the whole-site walk of axe.test.ts, on the same load as axe.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../src/local-backend/static-files.ts';
import { PAGEFIND_POLICY, policyText, PUBLIC_POLICY } from '../../src/lib/security-headers.ts';
import { achievementsFiltered, routes } from '../../src/lib/routes.ts';
import { launchChromium } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';
import { serveSite } from '../support/server.ts';
import { recordCspViolations } from '../support/csp-recorder.ts';
import { htmlFiles } from '../support/site-files.ts';

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

describe('the search pages in Chromium under the served policy', () => {
  // Every public page is loaded under its served policy, and checked for violations, by the
  // whole-site walk in axe.test.ts (one load per page for both checks).
  let browser: Browser;
  let site: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    [browser, site] = await Promise.all([launchChromium(), serveSite()]);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('a search and the achievement browser run Pagefind (WebAssembly in its worker) without a violation', async () => {
    const page = await browser.newPage();
    const { violations, collect } = await recordCspViolations(page);
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
