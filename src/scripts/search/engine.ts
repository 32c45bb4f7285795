/**
 * Searching the Pagefind index the way people type, in the browser. On top of Pagefind:
 * - the query is tidied and written in the index's spelling (đ → d + stroke, see
 *   src/lib/search-text.ts), so "dong thap", "DONG THAP" and "Đồng Tháp" meet;
 * - a word that matches nothing is reported, not silently dropped (Pagefind drops it and
 *   returns the other words' results, which reads as if the word had matched);
 * - pages with the exact phrase of a multi-word query come before pages with the words apart
 *   (Pagefind ranks words, not their order);
 * - an unaccented query carries no tone information, so it ranks all accented forms alike,
 *   while an accented one keeps Pagefind's bonus for its exact form ("thấp" before "Tháp");
 * - facet counts are disjunctive: a facet's counts ignore its own selection, so a select can
 *   switch to another value without first clearing.
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
  filters: () => Promise<Record<string, Record<string, number>>>;
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, string> }) => Promise<PagefindResponse>;
}

/** Ranking weights. `so` is the number of the document a page is (META.number). */
const RANKING = { metaWeights: { title: 5, so: 10 } };
/** Pagefind's default bonus for a query's exact accented form. */
const ACCENTED_DIACRITIC_SIMILARITY = 0.8;

let loading: Promise<PagefindApi> | undefined;
let diacriticSimilarity: number | undefined;

/** Loads pagefind.js (and with it the index's entry file) once, on first use. */
export function loadPagefind(bundle = '/pagefind/pagefind.js'): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ bundle)) as PagefindApi;
    await api.options({ excerptLength: 26, excerptEllipsis: '…', ranking: RANKING });
    // Pagefind counts only the filters whose index it has loaded; load them all for the facets.
    await api.filters();
    return api;
  })();
  return loading;
}

async function rankAccents(api: PagefindApi, accented: boolean): Promise<void> {
  const wanted = accented ? ACCENTED_DIACRITIC_SIMILARITY : 0;
  if (wanted === diacriticSimilarity) return;
  await api.options({ ranking: { ...RANKING, diacriticSimilarity: wanted } });
  diacriticSimilarity = wanted;
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
  /** Result counts per filter value (decoded), each facet ignoring its own selection. */
  counts: Record<string, Record<string, number>>;
}

const decodeKeys = (counts: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).map(([value, n]) => [decodeFromIndex(value), n]));

function pagefindFilters(filters: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '').map(([k, v]) => [k, encodeForIndex(v)]));
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

/** Words of the query that match nothing on the site (each searched alone, no filters). */
async function findUnknownWords(api: PagefindApi, words: readonly string[]): Promise<string[]> {
  if (words.length < 2) return [];
  const found = await Promise.all(words.map(async (w) => (await api.search(indexTerm([w]))).results.length > 0));
  return words.filter((_, i) => !found[i]);
}

export async function search(request: SearchRequest): Promise<SearchOutcome> {
  const api = await loadPagefind();
  const words = queryWords(request.text);
  const term = words.length > 0 ? indexTerm(words) : null;
  const selected = pagefindFilters(request.filters);
  const fixed = pagefindFilters(request.fixed ?? {});
  const sort = pagefindSort(request.sort);

  const unknownWords = await findUnknownWords(api, words);
  if (unknownWords.length > 0) return { words, unknownWords, hits: [], counts: {} };

  await rankAccents(api, hasMarks(request.text));
  const main = await api.search(term, { filters: { ...fixed, ...selected }, ...(sort ? { sort } : {}) });
  let results = main.results;

  // Exact phrase first (only when ranking by relevance: a date order is what was asked for).
  const phrase = phraseTerm(words);
  if (phrase && !sort && results.length > 1) {
    const inPhrase = new Set((await api.search(phrase, { filters: { ...fixed, ...selected } })).results.map((r) => r.id));
    results = [...results.filter((r) => inPhrase.has(r.id)), ...results.filter((r) => !inPhrase.has(r.id))];
  }

  const counts: Record<string, Record<string, number>> = {};
  for (const [name, values] of Object.entries(main.filters)) counts[name] = decodeKeys(values);
  // A facet with a selection counts its values as if it had none (switching, not narrowing).
  await Promise.all(
    Object.keys(selected).map(async (name) => {
      const { [name]: _own, ...others } = selected;
      const response = await api.search(term, { filters: { ...fixed, ...others } });
      counts[name] = decodeKeys(response.filters[name] ?? {});
    }),
  );
  return { words, unknownWords, hits: results.map(toHit), counts };
}
