/**
 * Searching the Pagefind index the way people type, in the browser. On top of Pagefind:
 * - the query is tidied and written in the index's spelling (đ → d + stroke, see
 *   src/lib/search-text.ts), so "dong thap", "DONG THAP" and "Đồng Tháp" meet;
 * - a word that matches nothing is reported, not silently dropped (Pagefind drops it and
 *   returns the other words' results, which reads as if the word had matched);
 * - pages with the exact phrase of a multi-word query come before pages with the words apart
 *   (Pagefind ranks words, not their order);
 * - ranking ignores accents (an unaccented query carries no tone information, and the same
 *   words typed with or without tones should find the same first page), then an accented
 *   query puts the pages with its exact forms first ("thấp" before "Tháp", "hạn" before
 *   "Hân", "hằng", "hành"). Pagefind's own bonus was not enough: measured on the sample site,
 *   with `diacriticSimilarity` 0.8 (its default) and even 3, "hạn" still ranked pages holding
 *   only "Hân" or "hành" (in a title, weighted 5×) 2nd and 3rd;
 * - facet counts are disjunctive: a facet's counts ignore its own selection, so a select can
 *   switch to another value without first clearing;
 * - facet counts are a second step (`SearchOutcome.counts`), run after the results are shown:
 *   counting needs every filter chunk of the index (113 KB at 10,000 achievements, 7 requests),
 *   which a search itself does not, and waiting for them made a first search through
 *   /tim-kiem/ take 1.1–2.2 s where Pagefind alone answers in ≈ 250 ms (scripts/bench);
 * - a search nobody will see is not run: one asked for again while it is still the latest
 *   (Enter after the search run during a pause in typing) shares the first one's outcome, and a
 *   search superseded by a newer one, or by the reader typing on (`supersede`), stops at its
 *   next step. Pagefind runs one search at a time in its worker, and on a phone profile at
 *   10,000 achievements the searches of prefixes typed past ran before Enter's, 1–1.5 s of it.
 */
import { decodeFromIndex, encodeForIndex, hasMarks, indexTerm, phraseTerm, queryWords } from '../../lib/search-text.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  init: () => Promise<void>;
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ) => Promise<PagefindResponse>;
}

/**
 * Ranking weights: accents ignored (see above); `so`, the number of the document a page is
 * (META.number), weighs twice a title so "1579/KH-SKHĐT" finds the plan before the news citing it;
 * `ten`, the name of the person a record page is (META.name), likewise for a person's name.
 */
const RANKING = { diacriticSimilarity: 0, metaWeights: { title: 5, so: 10, ten: 10 } };

let loading: Promise<PagefindApi> | undefined;
/** Searches run one at a time: the exact-accents step switches a Pagefind option for one search. */
let queue: Promise<unknown> = Promise.resolve();

/** Loads pagefind.js (and with it the index's entry file) once, on first use. */
export function loadPagefind(bundle = '/pagefind/pagefind.js'): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
    await api.options({ excerptLength: 26, excerptEllipsis: '…', ranking: RANKING });
    // No api.filters() here: it loads every filter chunk, which only the counts need (see above).
    return api;
  })();
  return loading;
}

/**
 * Fetches what a search will need while the reader is still typing: on focus, Pagefind itself
 * (script, worker, wasm, the index's metadata: ≈ 200 KB at 10,000 achievements, more than a
 * second on a slow phone network); as words are typed, their word-index chunks (Pagefind's
 * `preload`), so that Enter finds them loaded. Only finished words (followed by a space): a
 * word being typed is a short prefix ("t", "tr"…) whose range spans many chunks the query will
 * not need. Errors are left to the search itself.
 */
export function warmUp(text = ''): void {
  const words = queryWords(/\s$/u.test(text) ? text : text.replace(/\S+$/u, ''));
  void loadPagefind()
    .then(async (api) => (words.length > 0 ? api.preload(indexTerm(words)) : api.init()))
    .catch(() => undefined);
}

/** Ids of the pages that contain every word of the term in its exact accented form. */
async function exactFormIds(api: PagefindApi, term: string, filters: Record<string, string>): Promise<Set<string>> {
  await api.options({ exactDiacritics: true });
  try {
    return new Set((await api.search(term, { filters })).results.map((r) => r.id));
  } finally {
    await api.options({ exactDiacritics: false });
  }
}

export type SortOrder = '' | 'moi-nhat' | 'cu-nhat';

export interface SearchRequest {
  /** What was typed (may be empty: filters only). */
  text: string;
  /** Selected value per filter name (URL parameter); empty values are ignored. */
  filters: Record<string, string>;
  sort: SortOrder;
  /** Filters always applied and never shown (the browse page shows achievements only). */
  fixed?: Record<string, string>;
}

export interface Hit {
  id: string;
  load: () => Promise<HitData>;
}

export interface HitData {
  url: string;
  /** Title in proper Vietnamese. */
  title: string;
  /** Excerpt as HTML: text escaped by Pagefind, matches in <mark>. */
  excerpt: string;
  meta: Record<string, string>;
}

export interface SearchOutcome {
  words: string[];
  /** Words of the query that match no page at all. */
  unknownWords: string[];
  hits: Hit[];
  /**
   * Result counts per filter value (decoded), each facet ignoring its own selection. A second
   * step, started on the first call: it loads every filter chunk, so call it once the hits are shown.
   */
  counts: () => Promise<FacetCounts>;
  /** Stopped because a newer search was asked for (or the query changed): not to be shown. */
  superseded?: true;
}

export type FacetCounts = Record<string, Record<string, number>>;

const decodeKeys = (counts: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).map(([value, n]) => [decodeFromIndex(value), n]));

function pagefindFilters(filters: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => [k, encodeForIndex(v)]),
  );
}

function pagefindSort(sort: SortOrder): Record<string, string> | undefined {
  if (sort === 'moi-nhat') return { date: 'desc' };
  if (sort === 'cu-nhat') return { date: 'asc' };
  return undefined;
}

function toHit(result: PagefindResult): Hit {
  let data: Promise<HitData> | undefined;
  return {
    id: result.id,
    load: () =>
      (data ??= result.data().then((d) => ({
        url: d.url,
        title: decodeFromIndex(d.meta['title'] ?? d.url),
        excerpt: decodeFromIndex(d.excerpt),
        meta: Object.fromEntries(Object.entries(d.meta).map(([k, v]) => [k, decodeFromIndex(v)])),
      }))),
  };
}

/**
 * Words of the query that match nothing on the site (each searched alone, no filters), unless
 * `sitePhrase`, the pages holding the whole query as a phrase site-wide, shows they all occur
 * (a quoted phrase with an unknown word finds nothing). Searching each word alone is the
 * costliest step of a first search: at 10,000 achievements "chuyển đổi số" took ≈ 600 ms in
 * three single-word searches ("số" alone: 11,000 pages to rank), its phrase search ≈ 130 ms.
 */
async function findUnknownWords(
  api: PagefindApi,
  words: readonly string[],
  sitePhrase: readonly PagefindResult[],
): Promise<string[]> {
  if (words.length < 2 || sitePhrase.length > 0) return [];
  const found = await Promise.all(words.map(async (w) => (await api.search(indexTerm([w]))).results.length > 0));
  return words.filter((_, i) => !found[i]);
}

/** Runs `job` after every search or count already asked for (see `queue`). */
function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Searches asked for (or superseded) so far: a search whose number is no longer the latest stops
 * at its next step, and counts for it are not worth waiting for.
 */
let asked = 0;
/** Settles when the latest search is superseded (see `nextSearch`). */
let superseded: Promise<void> = Promise.resolve();
let announceSuperseded = () => {};
/** The latest search asked for, to share its outcome when the same is asked for again. */
let latestSearch: { key: string; mine: number; outcome: Promise<SearchOutcome> } | undefined;

/** A newer search is asked for (or the query changed): the latest one stops. Returns its number. */
function nextSearch(): number {
  announceSuperseded();
  superseded = new Promise((resolve) => (announceSuperseded = resolve));
  latestSearch = undefined;
  return ++asked;
}

const STOPPED = Symbol('stopped');

/**
 * `work`, unless the search is superseded first: then STOPPED at once, so that the next search
 * need not wait for Pagefind calls already sent (they end in the worker, unseen). Only around
 * calls that change no Pagefind option (not around `exactFormIds`).
 */
function unlessSuperseded<T>(work: Promise<T>, stop: Promise<void>): Promise<T | typeof STOPPED> {
  work.catch(() => undefined);
  return Promise.race([work, stop.then((): typeof STOPPED => STOPPED)]);
}

/** The outcome of a search stopped because a newer one was asked for; never shown. */
const SUPERSEDED: Omit<SearchOutcome, 'words'> = {
  unknownWords: [],
  hits: [],
  counts: () => Promise.resolve({}),
  superseded: true,
};

const requestKey = (request: SearchRequest): string =>
  JSON.stringify([
    queryWords(request.text),
    pagefindFilters(request.filters),
    request.sort,
    pagefindFilters(request.fixed ?? {}),
  ]);

export function search(request: SearchRequest): Promise<SearchOutcome> {
  const key = requestKey(request);
  // The same search again while it is still the latest (Enter after the search run during a
  // pause in typing): its outcome, whether it is still running or done.
  if (latestSearch?.key === key && latestSearch.mine === asked) return latestSearch.outcome;
  const mine = nextSearch();
  const stop = superseded;
  const outcome = enqueue(() => runSearch(request, mine, stop));
  latestSearch = { key, mine, outcome };
  // A failed search (the network) is tried again when asked for again.
  outcome.catch(() => {
    if (latestSearch?.outcome === outcome) latestSearch = undefined;
  });
  return outcome;
}

/**
 * The reader has changed the query since the last search was asked for: that search will not be
 * shown, so it stops at its next step (a Pagefind search already running in the worker ends).
 */
export function supersede(): void {
  nextSearch();
}

/**
 * Settles once Pagefind has loaded its wasm and the index's metadata (a search for nothing
 * returns at once after that), so that a search superseded meanwhile stops before it fetches
 * word chunks for a query typed past: at 10,000 achievements the search run during a pause after
 * «Phan V» fetched 68 KB of «v…» words while the reader went on typing.
 */
let ready: Promise<unknown> | undefined;

/**
 * Counts once per outcome. Loading the filter chunks is not queued: it is the long part (7
 * requests, 122 KB at 10,000 achievements) and a search asked for meanwhile (the reader typed
 * on, or pressed Enter after a search run while typing) must not wait for it; at 10,000 such a
 * wait made Enter's results come 1–3 s late. The counting searches are queued like a search
 * (they must not run while exact accents are on), and when a newer search has been asked for
 * by then they are skipped: the page shows only the latest search's counts.
 */
function countsOnce(mine: number, api: PagefindApi, count: () => Promise<FacetCounts>): () => Promise<FacetCounts> {
  let counting: Promise<FacetCounts> | undefined;
  const latest = () => mine === asked;
  return () =>
    (counting ??= (async () => {
      if (!latest()) return {};
      // Pagefind counts only the filters whose chunks it has loaded: load them all first.
      await api.filters();
      return enqueue(() => (latest() ? count() : Promise.resolve({})));
    })());
}

async function facetCounts(
  api: PagefindApi,
  term: string | null,
  fixed: Record<string, string>,
  selected: Record<string, string>,
): Promise<FacetCounts> {
  // Every filter chunk is loaded (countsOnce); search again (the word chunks are loaded
  // already) to count every facet.
  const counts: FacetCounts = {};
  const all = await api.search(term, { filters: { ...fixed, ...selected } });
  for (const [name, values] of Object.entries(all.filters)) counts[name] = decodeKeys(values);
  // A facet with a selection counts its values as if it had none (switching, not narrowing).
  await Promise.all(
    Object.keys(selected).map(async (name) => {
      const { [name]: _own, ...others } = selected;
      const response = await api.search(term, { filters: { ...fixed, ...others } });
      counts[name] = decodeKeys(response.filters[name] ?? {});
    }),
  );
  return counts;
}

async function runSearch(request: SearchRequest, mine: number, stop: Promise<void>): Promise<SearchOutcome> {
  const words = queryWords(request.text);
  const stopped = () => mine !== asked;
  if (stopped()) return { words, ...SUPERSEDED };
  const api = await loadPagefind();
  ready ??= api.search('').catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  if ((await unlessSuperseded(ready, stop)) === STOPPED) return { words, ...SUPERSEDED };
  const term = words.length > 0 ? indexTerm(words) : null;
  const selected = pagefindFilters(request.filters);
  const fixed = pagefindFilters(request.fixed ?? {});
  const sort = pagefindSort(request.sort);
  const filters = { ...fixed, ...selected };
  const filtered = Object.keys(filters).length > 0;

  // The phrase (site-wide) and the words (with the filters) go to Pagefind's worker together:
  // both wait for the same word chunks, and the worker starts the second as soon as the first is
  // done instead of after a round trip through the page. The words' search is wasted only when
  // a word matches nothing, which is rare and then cheap.
  const phrase = phraseTerm(words);
  const both = await unlessSuperseded(
    Promise.all([
      phrase ? api.search(phrase).then((r) => r.results) : Promise.resolve([]),
      api.search(term, { filters, ...(sort ? { sort } : {}) }),
    ]),
    stop,
  );
  if (both === STOPPED) return { words, ...SUPERSEDED };
  const [sitePhrase, main] = both;
  const unknownWords = await findUnknownWords(api, words, sitePhrase);
  if (unknownWords.length > 0) return { words, unknownWords, hits: [], counts: () => Promise.resolve({}) };
  let results = main.results;

  // Tiers over Pagefind's order, when ranking by relevance (a date order is what was asked
  // for otherwise): the exact phrase before words apart, then exact accents before other forms.
  if (term && !sort && results.length > 1) {
    // Without filters, the phrase's pages are the site-wide ones found above.
    const phraseResults =
      phrase && filtered && sitePhrase.length > 0
        ? await unlessSuperseded(
            api.search(phrase, { filters }).then((r) => r.results),
            stop,
          )
        : sitePhrase;
    if (phraseResults === STOPPED || stopped()) return { words, ...SUPERSEDED };
    const inPhrase = phrase ? new Set(phraseResults.map((r) => r.id)) : undefined;
    const exact = hasMarks(request.text) ? await exactFormIds(api, term, filters) : undefined;
    const tier = (r: PagefindResult) => (inPhrase && !inPhrase.has(r.id) ? 2 : 0) + (exact && !exact.has(r.id) ? 1 : 0);
    results = results
      .map((r, i) => ({ r, i, t: tier(r) }))
      .sort((a, b) => a.t - b.t || a.i - b.i)
      .map((x) => x.r);
  }

  return {
    words,
    unknownWords,
    hits: results.map(toHit),
    counts: countsOnce(mine, api, () => facetCounts(api, term, fixed, selected)),
  };
}
