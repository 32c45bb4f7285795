/**
 * Search as a reader meets it, in headless Chromium against the built site served locally:
 * what a first search transfers and how long it takes, then a second search on the same page
 * (Pagefind's script, wasm and metadata already loaded).
 *
 * Through the /tim-kiem/ page when it runs a search from `?q=` and shows result links: the time
 * and bytes to the first results shown, then (`first.counts`) to the facet counts, which the page
 * fills in afterwards (they load every filter chunk);
 * otherwise (while the search page is being built) by loading /pagefind/pagefind.js in a page
 * and calling its search(), which is what the page does underneath.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startStaticServer } from '../lib/static-server.ts';
import { indexTerm, queryWords } from '../../src/lib/search-text.ts';

/** A query in the index's spelling (đ → d + stroke), as the site's search page sends it. */
export const pagefindTerm = (query: string) => indexTerm(queryWords(query));

export interface SearchRun {
  query: string;
  mode: 'search page' | 'pagefind api';
  /** From navigation (or the API call) to the first results shown, and what was loaded by then. */
  first: {
    ms: number; bytes: number; requests: number; results: number; pagefindBytes: number; pagefindRequests: number; pagefindByKind: Traffic['byKind'];
    /** Search page only: from navigation to the facet counts shown, and everything loaded by then. */
    counts?: { ms: number; bytes: number; requests: number; pagefindBytes: number; pagefindRequests: number; pagefindByKind: Traffic['byKind'] };
  };
  second: { query: string; ms: number; bytes: number; requests: number; results: number };
  /** URLs of the first results, for correctness checks. */
  topUrls: string[];
}

/** Result links in the search page's main content (item pages, not the list pages). */
const RESULT_LINK = /^\/(thanh-tich|tin-tuc|quyet-dinh|don-vi|dot-thi-dua)\/(?!trang\/)[^/]+\//;

interface Traffic { bytes: number; requests: number; pagefindBytes: number; pagefindRequests: number; byKind: Record<string, { requests: number; bytes: number }> }

/** What a request under /pagefind/ is, to show what a first query has to load. */
function pagefindKind(path: string): string {
  if (path.includes('/fragment/')) return 'result fragments';
  if (path.includes('/index/')) return 'word index chunks';
  if (path.includes('/filter/')) return 'filter chunks';
  if (path.endsWith('.pf_meta')) return 'metadata';
  if (path.includes('wasm')) return 'wasm';
  return 'scripts and entry';
}

/** A finished request: `at` is when it started (epoch ms). */
interface Finished { url: string; bytes: number; at: number }

/** `take(until)`: the traffic since the last take; with `until` (epoch ms), only requests started by then. */
function recordTraffic(context: BrowserContext): { take: (until?: number) => Promise<Traffic> } {
  let pending: Promise<Finished>[] = [];
  context.on('requestfinished', (request) => {
    // When the request started, on the clock the page marks its steps with (epoch ms): what
    // started before the results were shown is what they took (the network's and the page's
    // clocks differ by a millisecond or so, too much to compare response ends).
    const at = request.timing().startTime;
    pending.push(request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize, at }), () => ({ url: request.url(), bytes: 0, at })));
  });
  return {
    take: async (until?: number) => {
      // Let the last responses' "finished" events arrive before counting.
      await new Promise((r) => setTimeout(r, 300));
      const taken = pending;
      pending = [];
      const all = await Promise.all(taken);
      const done = until === undefined ? all : all.filter((d) => d.at <= until);
      // Requests finished after `until` stay for the next take.
      if (until !== undefined) pending.unshift(...all.filter((d) => d.at > until).map((d) => Promise.resolve(d)));
      const pf = done.filter((d) => new URL(d.url).pathname.startsWith('/pagefind/'));
      const byKind: Traffic['byKind'] = {};
      for (const d of pf) {
        const k = pagefindKind(new URL(d.url).pathname);
        byKind[k] = { requests: (byKind[k]?.requests ?? 0) + 1, bytes: (byKind[k]?.bytes ?? 0) + d.bytes };
      }
      return {
        byKind,
        bytes: done.reduce((a, d) => a + d.bytes, 0),
        requests: done.length,
        pagefindBytes: pf.reduce((a, d) => a + d.bytes, 0),
        pagefindRequests: pf.length,
      };
    },
  };
}

/** Runs one search through Pagefind's own API in the page; returns time, count and top URLs. */
async function apiSearch(page: Page, query: string): Promise<{ ms: number; results: number; urls: string[] }> {
  // A string, not a function: test runners rewrite `import()` inside functions they compile.
  return page.evaluate(`(async () => {
    const t0 = performance.now();
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(pagefindTerm(query))});
    const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
    return { ms: performance.now() - t0, results: search.results.length, urls: data.map((d) => d.url) };
  })()`);
}

async function searchPageWorks(browser: Browser, url: string, query: string): Promise<boolean> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const response = await page.goto(`${url}/tim-kiem/?q=${encodeURIComponent(query)}`);
    if (!response?.ok()) return false;
    await page.waitForFunction((source) => [...document.querySelectorAll('main a[href]')].some((a) => new RegExp(source).test(a.getAttribute('href') ?? '')), RESULT_LINK.source, { timeout: 30_000 });
    return true;
  } catch {
    return false;
  } finally {
    await context.close();
  }
}

/**
 * `prefer` 'search page' measures the site's own /tim-kiem/ (falling back to the API when the
 * page shows no results); 'pagefind api' measures what Pagefind alone must load for a query.
 */
export async function measureSearch(browser: Browser, dist: string, queries: string[], prefer: SearchRun['mode'] = 'search page'): Promise<SearchRun[]> {
  const server = await startStaticServer(() => dist);
  try {
    const usePage = prefer === 'search page' && (await searchPageWorks(browser, server.url, queries[0]!));
    const runs: SearchRun[] = [];
    for (const [i, query] of queries.entries()) {
      const next = queries[(i + 1) % queries.length]!;
      // A fresh context per query: empty cache, as for a reader's first visit.
      const context = await browser.newContext({ bypassCSP: !usePage });
      const traffic = recordTraffic(context);
      const page = await context.newPage();
      let first: SearchRun['first'];
      let topUrls: string[];
      if (usePage) {
        // The page marks (epoch ms, observed as the DOM changes, not by polling) when the first
        // result link appears and when the facet counts are in (a second step: the facets are
        // aria-busy until every option has its count).
        await page.addInitScript((source) => {
          const marks: { results?: number; counts?: number } = {};
          (window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
          const now = () => performance.timeOrigin + performance.now();
          new MutationObserver(() => {
            if (!marks.results && [...document.querySelectorAll('main a[href]')].some((a) => new RegExp(source).test(a.getAttribute('href') ?? ''))) marks.results = now();
            if (marks.results && !marks.counts && !document.querySelector('.search__facets[aria-busy]') && [...document.querySelectorAll('select[data-facet] option')].some((o) => /\(\d+\)$/.test(o.textContent ?? ''))) marks.counts = now();
          }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        }, RESULT_LINK.source);
        const t0 = Date.now();
        await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(query)}`);
        const marks = await (await page.waitForFunction(() => {
          const m = (window as unknown as { benchMarks?: { results?: number; counts?: number } }).benchMarks;
          return m?.results && m.counts ? { results: m.results, counts: m.counts } : undefined;
        }, undefined, { timeout: 30_000 })).jsonValue();
        const [atResults, atCounts] = [marks!.results, marks!.counts];
        topUrls = await page.$$eval('main a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
        topUrls = topUrls.filter((u) => RESULT_LINK.test(u));
        const [t, c] = [await traffic.take(atResults), await traffic.take()];
        const all = { bytes: t.bytes + c.bytes, requests: t.requests + c.requests, pagefindBytes: t.pagefindBytes + c.pagefindBytes, pagefindRequests: t.pagefindRequests + c.pagefindRequests };
        const byKind = { ...t.byKind };
        for (const [k, v] of Object.entries(c.byKind)) byKind[k] = { requests: (byKind[k]?.requests ?? 0) + v.requests, bytes: (byKind[k]?.bytes ?? 0) + v.bytes };
        first = {
          ms: atResults - t0, bytes: t.bytes, requests: t.requests, results: topUrls.length, pagefindBytes: t.pagefindBytes, pagefindRequests: t.pagefindRequests, pagefindByKind: t.byKind,
          counts: { ms: atCounts - t0, ...all, pagefindByKind: byKind },
        };
      } else {
        await page.goto(`${server.url}/404.html`);
        await traffic.take();
        const r = await apiSearch(page, query);
        topUrls = r.urls;
        const t = await traffic.take();
        first = { ms: r.ms, bytes: t.bytes, requests: t.requests, results: r.results, pagefindBytes: t.pagefindBytes, pagefindRequests: t.pagefindRequests, pagefindByKind: t.byKind };
      }
      const r2 = await apiSearch(page, next);
      const t2 = await traffic.take();
      runs.push({ query, mode: usePage ? 'search page' : 'pagefind api', first, second: { query: next, ms: r2.ms, bytes: t2.bytes, requests: t2.requests, results: r2.results }, topUrls });
      await context.close();
    }
    return runs;
  } finally {
    await server.close();
  }
}

/** All result URLs of a query (for correctness checks), loading every result's data. */
export async function allResultUrls(page: Page, query: string): Promise<string[]> {
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(pagefindTerm(query))});
    const data = await Promise.all(search.results.map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}
