/**
 * Builds the Pagefind search index of a built site into `<outDir>/pagefind/` (whatever outDir
 * the build used: dist/, .dist-next/ for `npm start`, .test-work/dist for the tests), so a site
 * can never be published without its index. Every build runs `buildSearchIndex` in a process of
 * its own once Astro has exited and released its memory (scripts/index-search.ts,
 * src/build/steps.ts); a bare `astro build` still runs it in its last hook, as Starlight does
 * (createIndex → add pages → writeFiles → close).
 *
 * Pages are added with `addHTMLFile` rather than `addDirectory` because Pagefind reads them in
 * the spelling of `encodeForIndex` (đ written as d + a combining stroke, see
 * src/lib/search-text.ts), so that "dong thap" finds "Đồng Tháp". The pages on disk are not
 * touched. Only elements marked `data-pagefind-body` are indexed (content, not navigation).
 *
 * Pagefind's service handles its messages one at a time in the order they arrive, and numbers
 * the pages in that order (the numbers are in every index file). So the pages are sent in the
 * order of their paths, several at a time without waiting for each answer (`inOrder`): the
 * index is the same, byte for byte, as when each page waited for the previous one's answer,
 * but neither process sits idle waiting for the other — on a loaded machine each round trip
 * costs two scheduler wake-ups, and 12,000 of them made the index step mostly idle.
 * Measured on the same 10,000-entry site (13,205 pages, load 13–15): pages added in 20 s instead
 * of 47 s, the same CPU, the same index files. (`addDirectory` over encoded copies numbers the
 * pages in the order the file system lists them, which differs between file systems — and so
 * would the order of results that tie — and writing the copies first cost about as much CPU as
 * Pagefind's reading of them.)
 *
 * Why that spelling — measured (27 Nov 2026, scripts/search-folding-experiment.ts) on the
 * sample site, 102 indexed pages, in Chromium, with the query table of
 * test/e2e/search-table.ts (36 queries with an expected first page,
 * 17 unaccented/upper-case/NFD twins of an accented query, 2 with a word that matches nothing),
 * each approach with plain `pagefind.search()` calls (same weights, none of the UI's tiers):
 *
 *   approach                                    first page  twins  searches  index    excerpts
 *                                               expected    agree  for 38 q  bytes    in folded text
 *   Pagefind alone                              27/36        8/17     38     126 KiB    0/160
 *   (c) options: diacriticSimilarity 0,         26/36       10/17     38     126 KiB    0/160
 *       termSimilarity 2
 *   (c) options: exactDiacritics                23/36        5/17     38     126 KiB    0/114
 *   (a) folded copy (đ→d) of each page's text   32/36       13/17     38     162 KiB   60/187
 *       indexed beside the original
 *   (b) query rewriting: each word starting     33/36       14/17     54     126 KiB    0/187
 *       with d also tried with đ, best score                         (2^k for k such words)
 *   (d) đ spelled d + U+0335 in index and query 33/36       14/17     38     127 KiB    0/187
 *
 * No Pagefind option folds đ, so (c) cannot help. (a) grows the index by 28% and a third of
 * its excerpts come from the folded copy ("Dong Thap" shown to readers). (b) ranks as well as
 * (d) but multiplies searches and cannot ask Pagefind for "this exact accented form" in one
 * search. (d) keeps one search per query, the original text in titles and excerpts (decoded),
 * and Pagefind's exactDiacritics still tells "đua" from "dua" — which the UI uses to put exact
 * accented forms first. With the UI's tiers (exact phrase, exact accents, words that match
 * nothing: src/scripts/search/engine.ts) the table gives 36/36, 17/17 and 2/2.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEPARATE_INDEX_ENV, SEPARATE_INDEX_VALUE } from '../build/steps.ts';
import { inOrder } from '../lib/in-order.ts';
import { encodeForIndex } from '../lib/search-text.ts';

/** HTML files under a folder, as paths relative to it with forward slashes. */
async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith('pagefind/') && !path.startsWith('admin/'))
    .sort();
}

/**
 * Pagefind joins the text of adjacent elements ("Loại</dt><dd>Tập thể" → one word "LoạiTập"),
 * while a browser shows them apart; a space after each closing tag keeps the words apart.
 */
function separateElements(html: string): string {
  return html.replace(/(<\/[a-zA-Z][\w-]*>|<br\s*\/?>)(?=<)/g, '$1 ');
}

/** Elements of the page around its content that Pagefind reads and then ignores. */
const CHROME = /<(header|nav|footer|svg)\b[^>]*>[\s\S]*?<\/\1>/g;

/**
 * The page without the site's header, navigation, footer and icons outside the element marked
 * `data-pagefind-body` (unless one carries a `data-pagefind-…` attribute, which Pagefind reads
 * anywhere on the page): Pagefind parses every element, indexes only that one. About 38% of an
 * achievement page's bytes; measured on the 10,000-entry site (13,205 pages), Pagefind's CPU to
 * add the pages went from 10.6 to 8.3 s (Node's +0.5 s) and every index file stayed the same,
 * byte for byte (test/build/search-index.test.ts compares both ways on the test site).
 */
export function withoutChrome(html: string): string {
  const body = /<([a-z][\w-]*)\b[^>]*\bdata-pagefind-body\b[^>]*>/.exec(html);
  if (!body) return html;
  // The end of the body element: its own closing tag, counting nested ones of the same name.
  const tags = new RegExp(`<(/?)${body[1]}\\b[^>]*>`, 'g');
  tags.lastIndex = body.index + body[0].length;
  let end = html.length;
  for (let depth = 1, tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      end = tags.lastIndex;
      break;
    }
  }
  const cut = (part: string) => part.replace(CHROME, (element) => (element.includes('data-pagefind') ? element : ''));
  return cut(html.slice(0, body.index)) + html.slice(body.index, end) + cut(html.slice(end));
}

/** How many pages are read ahead of, and sent beyond, the one Pagefind is answering. */
const PAGES_IN_FLIGHT = 16;

/**
 * Indexes the built site in `outDir` and writes the index to `outputPath` (by default
 * `outDir/pagefind/`, where the site loads it from). Returns the page count. `trim: false`
 * hands Pagefind the whole pages (the test that trimming changes nothing).
 */
export async function buildSearchIndex(
  outDir: string,
  outputPath = join(outDir, 'pagefind'),
  { trim = true }: { trim?: boolean } = {},
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let pages = 0;
    await inOrder(
      await htmlFiles(outDir),
      PAGES_IN_FLIGHT,
      (path) => readFile(join(outDir, path), 'utf8'),
      (path, html) => {
        // Pages without data-pagefind-body (404, lists) are skipped: they only repeat content.
        if (!html.includes('data-pagefind-body')) return undefined;
        pages += 1;
        return index
          .addHTMLFile({
            sourcePath: path,
            content: encodeForIndex(separateElements(trim ? withoutChrome(html) : html)),
          })
          .then((added) => {
            if (added.errors.length > 0)
              throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
          });
      },
    );
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'thidua:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The build function indexes in a process of its own once Astro has exited
        // (src/build/steps.ts); a bare `astro build` still indexes here.
        if (process.env[SEPARATE_INDEX_ENV] === SEPARATE_INDEX_VALUE) {
          logger.info('Search index: written by the next step of the build (scripts/index-search.ts)');
          return;
        }
        const started = Date.now();
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Search index: ${pages} pages in ${Date.now() - started} ms`);
      },
    },
  };
}
