/**
 * Search as a reader meets it, in headless Chromium against the built site served locally, on a
 * mid-range phone profile and unthrottled: the time from Enter to the first results and the
 * search files transferred, through /tim-kiem/ (typed into its box, which fetches Pagefind
 * while the reader types) and through Pagefind alone; then a second visit with the HTTP cache.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startStaticServer } from '../local-backend/static-files.ts';
import { indexTerm, queryWords } from '../lib/search-text.ts';
import { PHONE_CPU_SLOWDOWN, PHONE_NETWORK, startThrottledProxy } from './throttle.ts';

/** A query in the index's spelling (đ → d + stroke), as the site's search page sends it. */
export const pagefindTerm = (query: string) => indexTerm(queryWords(query));

/** Result links in the search page's main content (item pages, not the list pages). */
const RESULT_LINK = /^\/(thanh-tich|tin-tuc|quyet-dinh|don-vi|dot-thi-dua)\/(?!trang\/)[^/]+\//;

interface Traffic {
  bytes: number;
  requests: number;
  pagefindBytes: number;
  pagefindRequests: number;
  byKind: Record<string, { requests: number; bytes: number }>;
}

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
interface Finished {
  url: string;
  bytes: number;
  at: number;
}

/** `take(until)`: the traffic since the last take; with `until` (epoch ms), only requests started by then. */
function recordTraffic(context: BrowserContext): { take: (until?: number) => Promise<Traffic> } {
  let pending: Promise<Finished>[] = [];
  context.on('requestfinished', (request) => {
    // When the request started, on the clock the page marks its steps with (epoch ms): what
    // started before the results were shown is what they took (the network's and the page's
    // clocks differ by a millisecond or so, too much to compare response ends).
    const at = request.timing().startTime;
    pending.push(
      request.sizes().then(
        (s) => ({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize, at }),
        () => ({ url: request.url(), bytes: 0, at }),
      ),
    );
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

/** Results the search page shows at first (PAGE_SIZE in src/scripts/search/ui.ts). */
const RESULTS_SHOWN = 20;

export interface FirstSearch {
  /** From Enter to the first results shown. */
  ms: number;
  /**
   * Through /tim-kiem/, first visit: from Enter to the last result of the first page drawn (the
   * page draws each result as its file arrives, so the first may come well before the 20th).
   */
  wholePageMs?: number;
  /** Search files (/pagefind/) transferred until the results are shown (the page: from navigation). */
  bytes: number;
  requests: number;
  results: number;
  byKind: Traffic['byKind'];
}

export interface PhoneSearch {
  query: string;
  profile: 'phone' | 'unthrottled';
  /** Through /tim-kiem/: focus the box, type the query, press Enter. */
  page: FirstSearch;
  /** Pagefind alone: on Enter, load pagefind.js, search, load the data of the results shown. */
  pagefind: FirstSearch;
  /** The same reader later (HTTP cache kept): /tim-kiem/ again, the same query — what caching saves. */
  secondVisit: FirstSearch;
  /** …and with another query: its word chunks and result fragments are new (no cache can hold them). */
  secondVisitOther: FirstSearch & { query: string };
}

/** A phone typist: about 7 characters a second. */
const TYPING_DELAY_MS = 150;

/** One search through Pagefind's own API in the page, timed inside the page. */
async function apiSearch(
  page: Page,
  query: string,
  shown = RESULTS_SHOWN,
): Promise<{ ms: number; results: number; urls: string[] }> {
  // A string, not a function: test runners rewrite `import()` inside functions they compile.
  return page.evaluate(`(async () => {
    const t0 = performance.now();
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(pagefindTerm(query))});
    const data = await Promise.all(search.results.slice(0, ${shown}).map((r) => r.data()));
    return { ms: performance.now() - t0, results: search.results.length, urls: data.map((d) => d.url) };
  })()`);
}

/**
 * Marks (page clock, ms) when Enter is pressed in the search box and when result links are next
 * added to the page: a search run while typing may have shown results already, which Enter's
 * search replaces.
 */
function markEnterAndResults(source: string) {
  const marks: { enter?: number; results?: number; lastResult?: number } = {};
  (window as unknown as { benchMarks: typeof marks }).benchMarks = marks;
  const isResult = (a: Element) => new RegExp(source).test(a.getAttribute('href') ?? '') && !!a.closest('main');
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || marks.enter !== undefined) return;
      marks.enter = performance.now();
      // The search run while typing (after a pause) may already show this very query's results,
      // which Enter does not redraw: then they were on screen at Enter.
      const typed = (event.target as HTMLInputElement | null)?.value?.trim();
      const shown = new URL(location.href).searchParams.get('q')?.trim();
      if (typed && typed === shown && [...document.querySelectorAll('a[href]')].some(isResult))
        marks.results = marks.lastResult = marks.enter;
    },
    true,
  );
  const addsResult = (records: MutationRecord[]) =>
    records.some((record) =>
      [...record.addedNodes].some(
        (node) =>
          node instanceof Element &&
          ((node.matches('a[href]') && isResult(node)) || [...node.querySelectorAll('a[href]')].some(isResult)),
      ),
    );
  new MutationObserver((records) => {
    if (marks.enter === undefined || !addsResult(records)) return;
    // The first results, then the later ones of the page, drawn as their files arrive.
    marks.lastResult = performance.now();
    marks.results ??= marks.lastResult;
  }).observe(document, { subtree: true, childList: true });
}

/** Waits until no request has started or finished for 2 s (at most 60 s). */
async function networkQuiet(context: BrowserContext): Promise<void> {
  let last = Date.now();
  const touch = () => (last = Date.now());
  context.on('request', touch);
  context.on('requestfinished', touch);
  context.on('requestfailed', touch);
  const until = Date.now() + 60_000;
  while (Date.now() - last < 2_000 && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
  context.off('request', touch);
  context.off('requestfinished', touch);
  context.off('requestfailed', touch);
}

const searchFiles = (t: Traffic) => ({ bytes: t.pagefindBytes, requests: t.pagefindRequests, byKind: t.byKind });

/** Focus /tim-kiem/'s box, type, Enter, until the first results: time from Enter, search files from focus. */
async function searchThroughPage(
  page: Page,
  traffic: ReturnType<typeof recordTraffic>,
  base: string,
  query: string,
): Promise<FirstSearch> {
  await page.addInitScript(markEnterAndResults, RESULT_LINK.source);
  // Search files count from navigation: whatever the page fetches of Pagefind before the
  // reader types is part of the search's cost.
  await page.goto(`${base}/tim-kiem/`, { waitUntil: 'load' });
  const box = page.locator('[data-search] input[name="q"]').first();
  await box.click();
  await box.pressSequentially(query, { delay: TYPING_DELAY_MS });
  await box.press('Enter');
  const marks = (await (
    await page.waitForFunction(
      () => {
        const m = (window as unknown as { benchMarks?: { enter?: number; results?: number } }).benchMarks;
        return m?.results !== undefined
          ? { enter: m.enter!, results: m.results, origin: performance.timeOrigin }
          : undefined;
      },
      undefined,
      { timeout: 180_000 },
    )
  ).jsonValue())!;
  const results = await page.$$eval(
    'main a[href]',
    (as, source) => as.filter((a) => new RegExp(source).test(a.getAttribute('href') ?? '')).length,
    RESULT_LINK.source,
  );
  const t = await traffic.take(marks.origin + marks.results);
  return { ms: marks.results - marks.enter, results, ...searchFiles(t) };
}

/**
 * Chromium's CPU slowdown for a page and the workers it starts (each is a target of its own; the
 * command applies to the target it is sent to). Returns whether every worker was reached.
 */
async function slowDownCpu(
  browser: Browser,
  context: BrowserContext,
  page: Page,
  rate: number,
): Promise<() => boolean> {
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate });
  const browserSession = await browser.newBrowserCDPSession();
  const done = new Set<string>();
  let missed = 0;
  page.on('worker', async () => {
    try {
      const { targetInfos } = await browserSession.send('Target.getTargets');
      for (const target of targetInfos.filter((t) => t.type === 'worker' && !done.has(t.targetId))) {
        done.add(target.targetId);
        const { sessionId } = await browserSession.send('Target.attachToTarget', {
          targetId: target.targetId,
          flatten: false,
        });
        await browserSession.send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id: 1, method: 'Emulation.setCPUThrottlingRate', params: { rate } }),
        });
      }
    } catch {
      missed += 1;
    }
  });
  return () => missed === 0;
}

/**
 * First searches as a reader makes them, for each query: through /tim-kiem/ and through
 * Pagefind alone, each in a fresh browser context (empty cache), then a second visit to
 * /tim-kiem/ in the first context (cache kept) with the next query. `phone`: 4× CPU slowdown and
 * the slow network of src/bench/throttle.ts; `unthrottled`: localhost as it is.
 */
export async function measureFirstSearches(
  browser: Browser,
  dist: string,
  queries: string[],
  profile: PhoneSearch['profile'],
): Promise<PhoneSearch[]> {
  const server = await startStaticServer(() => dist);
  const proxy = profile === 'phone' ? await startThrottledProxy(server.url, PHONE_NETWORK) : undefined;
  const base = proxy?.url ?? server.url;
  const rate = profile === 'phone' ? PHONE_CPU_SLOWDOWN : 1;
  try {
    const runs: PhoneSearch[] = [];
    for (const [i, query] of queries.entries()) {
      const next = queries[(i + 1) % queries.length]!;

      const pageContext = await browser.newContext();
      const pageTraffic = recordTraffic(pageContext);
      const tab = await pageContext.newPage();
      if (rate > 1) await slowDownCpu(browser, pageContext, tab, rate);
      const viaPage = await searchThroughPage(tab, pageTraffic, base, query);
      // A reader stays on the results while the page finishes (the rest of the first page, the
      // facet counts' filter chunks): what it loads is in the cache for the next visit.
      await networkQuiet(pageContext);
      viaPage.wholePageMs = await tab.evaluate(() => {
        const m = (window as unknown as { benchMarks: { enter: number; lastResult: number } }).benchMarks;
        return m.lastResult - m.enter;
      });
      await pageTraffic.take();
      await tab.close();
      const again = async (q: string) => {
        const tab = await pageContext.newPage();
        if (rate > 1) await slowDownCpu(browser, pageContext, tab, rate);
        const result = await searchThroughPage(tab, pageTraffic, base, q);
        await tab.close();
        return result;
      };
      const second = await again(query);
      const other = await again(next);
      await pageContext.close();

      const apiContext = await browser.newContext({ bypassCSP: true });
      const apiTraffic = recordTraffic(apiContext);
      const apiPage = await apiContext.newPage();
      if (rate > 1) await slowDownCpu(browser, apiContext, apiPage, rate);
      await apiPage.goto(`${base}/404.html`, { waitUntil: 'load' });
      await apiTraffic.take();
      const api = await apiSearch(apiPage, query);
      const t = await apiTraffic.take();
      await apiContext.close();

      runs.push({
        query,
        profile,
        page: viaPage,
        pagefind: { ms: api.ms, results: Math.min(api.results, RESULTS_SHOWN), ...searchFiles(t) },
        secondVisit: second,
        secondVisitOther: { query: next, ...other },
      });
    }
    return runs;
  } finally {
    await proxy?.close();
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
