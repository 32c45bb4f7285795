/**
 * Builds the Pagefind search index at the end of every `astro build`, into `<outDir>/pagefind/`
 * (whatever outDir the build used: dist/, .dist-next/ for `npm start`, .test-work/dist for the
 * tests), so a site can never be published without its index. Same hook and Node API as
 * Starlight (createIndex → add pages → writeFiles → close).
 *
 * Pages are added with `addHTMLFile` rather than `addDirectory` because Pagefind reads them in
 * the spelling of `encodeForIndex` (đ written as d + a combining stroke, see
 * src/lib/search-text.ts), so that "dong thap" finds "Đồng Tháp". The pages on disk are not
 * touched. Only elements marked `data-pagefind-body` are indexed (content, not navigation).
 *
 * Why that spelling: MEASUREMENTS PENDING
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
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
        const started = Date.now();
        const pages = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Search index: ${pages} pages in ${Date.now() - started} ms`);
      },
    },
  };
}
