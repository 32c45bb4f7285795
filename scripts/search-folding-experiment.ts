/**
 * The measurement behind the choice of src/integrations/pagefind.ts: how four ways of folding
 * đ rank the query table of test/e2e/search-table.ts, with plain Pagefind searches in Chromium.
 * Usage: node scripts/search-folding-experiment.ts [built dist, default .test-work/dist]
 * (THIDUA_TEST_DIST must name the same folder). Indexes are written under .test-work/folding/.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Pagefind's browser API, loaded inside page.evaluate, has no types. */
import { cp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import * as pagefind from 'pagefind';
import { startStaticServer } from '../src/local-backend/static-files.ts';
import { launchChromium } from '../test/support/browser.ts';
import { indexedTexts, queryTable } from '../test/e2e/search-table.ts';
import { DIST, WORK } from '../test/support/paths.ts';
import { encodeForIndex, indexTerm, queryWords, tidyQuery } from '../src/lib/search-text.ts';

const SRC = process.argv[2] ?? DIST;
const OUT = join(WORK, 'folding');
const separate = (html: string) => html.replace(/(<\/[a-zA-Z][\w-]*>|<br\s*\/?>)(?=<)/g, '$1 ');

async function files(root: string) {
  const e = await readdir(root, { recursive: true, withFileTypes: true });
  return e
    .filter((x) => x.isFile() && x.name.endsWith('.html'))
    .map((x) => relative(root, join(x.parentPath, x.name)).split(sep).join('/'))
    .filter((p) => !p.startsWith('pagefind/') && !p.startsWith('admin/'));
}
async function build(name: string, transform: (html: string) => string) {
  const dir = join(OUT, name);
  await rm(dir, { recursive: true, force: true });
  await cp(SRC, dir, { recursive: true, filter: (s) => !s.includes('/pagefind') });
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' });
  for (const f of await files(dir)) {
    const html = await readFile(join(dir, f), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    await index!.addHTMLFile({ sourcePath: f, content: transform(separate(html)) });
  }
  await index!.writeFiles({ outputPath: join(dir, 'pagefind') });
  await pagefind.close();
  let bytes = 0;
  for (const e of await readdir(join(dir, 'pagefind'), { recursive: true, withFileTypes: true })) {
    if (e.isFile() && /\.(pf_index|pf_meta|pf_fragment|pf_filter)$/.test(e.name))
      bytes += (await stat(join(e.parentPath, e.name))).size;
  }
  return { dir, bytes };
}
const foldD = (s: string) => s.replace(/đ/g, 'd').replace(/Đ/g, 'D');
const foldedCopy = (html: string) => {
  const $ = cheerio.load(html);
  const body = $('[data-pagefind-body]');
  const clone = body.clone();
  clone.find('[data-pagefind-ignore]').remove();
  body.append(`<div class="folded-copy">${foldD(clone.text()).replace(/</g, '&lt;')}</div>`);
  return $.html();
};

const table = await queryTable();
const texts = await indexedTexts(SRC);
const variants = {
  raw: await build('raw', (h) => h),
  copy: await build('copy', foldedCopy),
  encoded: await build('encoded', (h) => encodeForIndex(h)),
};
const browser = await launchChromium();
type Mode = {
  name: string;
  index: keyof typeof variants;
  term: (q: string) => string[];
  options?: Record<string, unknown>;
};
const dVariants = (w: string): string[] => (/^d/i.test(w) ? [w, w.replace(/^d/, 'đ').replace(/^D/, 'Đ')] : [w]);
const combos = (words: string[]): string[] =>
  words.reduce<string[]>((acc, w) => acc.flatMap((a) => dVariants(w).map((v) => (a ? `${a} ${v}` : v))), ['']);
const modes: Mode[] = [
  { name: 'Pagefind alone', index: 'raw', term: (q) => [q] },
  {
    name: '(c) options diacriticSimilarity 0, termSimilarity 2',
    index: 'raw',
    term: (q) => [q],
    options: { ranking: { diacriticSimilarity: 0, termSimilarity: 2 } },
  },
  { name: '(c) exactDiacritics', index: 'raw', term: (q) => [q], options: { exactDiacritics: true } },
  { name: '(a) folded copy', index: 'copy', term: (q) => [foldD(tidyQuery(q))] },
  { name: '(b) query rewriting d→đ', index: 'raw', term: (q) => combos(queryWords(q)) },
  { name: '(d) đ as d+U+0335', index: 'encoded', term: (q) => [indexTerm(queryWords(q))] },
];
for (const mode of modes) {
  const server = await startStaticServer(() => variants[mode.index].dir);
  const page = await browser.newPage();
  await page.goto(server.url + '/');
  let top1 = 0,
    withResults = 0,
    twinsOk = 0,
    twins = 0,
    unknownOk = 0,
    foldedExcerpts = 0,
    excerpts = 0,
    searches = 0;
  const first = new Map<string, string | undefined>();
  const misses: string[] = [];
  for (const row of table) {
    const terms = mode.term(row.query);
    searches += terms.length;
    const out = await page.evaluate(
      async ({ terms, options }) => {
        const bundle = '/pagefind/pagefind.js';
        const pf = await import(bundle);
        await pf.options({
          ranking: { metaWeights: { title: 5, so: 10 }, ...(options?.ranking ?? {}) },
          ...(options?.exactDiacritics ? { exactDiacritics: true } : {}),
        });
        const best = new Map<string, { score: number; r: any }>();
        for (const t of terms)
          for (const r of (await pf.search(t)).results)
            if (!best.has(r.id) || best.get(r.id)!.score < r.score) best.set(r.id, { score: r.score, r });
        const sorted = [...best.values()].sort((a, b) => b.score - a.score).slice(0, 5);
        const data = await Promise.all(sorted.map((x) => x.r.data()));
        return data.map((d: any) => ({ url: d.url, excerpt: d.excerpt }));
      },
      { terms, options: mode.options },
    );
    first.set(row.query, out[0]?.url);
    if (row.expected.length === 0) {
      if (out.length === 0) unknownOk++;
    } else {
      withResults++;
      if (row.expected.includes(out[0]?.url)) top1++;
      else misses.push(row.query);
    }
    for (const r of out) {
      excerpts++;
      const core = r.excerpt
        .replace(/<\/?mark>/g, '')
        .replace(/d\u0335/g, 'đ')
        .replace(/D\u0335/g, 'Đ')
        .replace(/^…|…$/g, '')
        .trim()
        .split(/\s+/)
        .slice(1, -1)
        .join(' ');
      const original = (texts.get(r.url) ?? '').replace(/\s+/g, ' ');
      if (core && !original.includes(core) && !original.includes(core.replace(/d/g, 'đ'))) {
        if (foldD(original).replace(/\s+/g, ' ').includes(core)) foldedExcerpts++;
      }
    }
  }
  for (const row of table)
    if (row.twin) {
      twins++;
      if (first.get(row.query) === first.get(row.twin)) twinsOk++;
    }
  console.log(
    `${mode.name}: top-1 ${top1}/${withResults}, twins ${twinsOk}/${twins}, no-result rows ${unknownOk}/2, searches ${searches}, folded excerpts ${foldedExcerpts}/${excerpts}, index ${(variants[mode.index].bytes / 1024).toFixed(1)} KiB; misses: ${misses.join(' | ')}`,
  );
  await page.close();
  await server.close();
}
await browser.close();
