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

/** Indexes the built site in `outDir` and writes `outDir/pagefind/`. Returns the page count. */
export async function buildSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let pages = 0;
    for (const path of await htmlFiles(outDir)) {
      const html = await readFile(join(outDir, path), 'utf8');
      // Pages without data-pagefind-body (404, lists) are skipped: they only repeat content.
      if (!html.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ sourcePath: path, content: encodeForIndex(separateElements(html)) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${path}: ${added.errors.join('; ')}`);
      pages += 1;
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
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
