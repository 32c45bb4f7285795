/**
 * What a built site weighs: number of files, the search index, and for each page type the raw
 * and gzip size of a page's HTML and of the CSS and JS it loads, and how many entries a page
 * lists (a list that grows with the archive is a page that grows with it).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageTypeStats {
  pages: number;
  /** The largest page of the type (HTML + the CSS and JS it loads). */
  largest: { route: string; html: Weight; css: Weight; js: Weight; entries: number };
  medianHtml: Weight;
  /** Most entry links of one kind (achievements, articles, decisions, people, units) on one page of the type. */
  maxEntries: number;
}

export interface SiteMeasure {
  files: number;
  bytes: number;
  htmlPages: number;
  pageTypes: Record<string, PageTypeStats>;
  pagefind: { files: number; bytes: number; byKind: Record<string, { files: number; bytes: number }> } | null;
  /** Pages that load JavaScript (route → script URLs), outside the search page. */
  pagesWithJs: { type: string; count: number; scripts: string[] }[];
  otherLargeFiles: { path: string; bytes: number }[];
}

/** Page type of a route, from the URL scheme in src/lib/routes.ts. */
export function pageTypeOf(route: string): string {
  const rules: [RegExp, string][] = [
    [/^\/$/, 'home'],
    [/^\/thanh-tich\/(trang\/\d+\/)?$/, 'achievement list'],
    [/^\/thanh-tich\/[^/]+\/$/, 'achievement'],
    [/^\/tin-tuc\/(trang\/\d+\/)?$/, 'news list'],
    [/^\/tin-tuc\/[^/]+\/$/, 'article'],
    [/^\/don-vi\/$/, 'unit list'],
    [/^\/don-vi\/[^/]+\/qua-trinh-khen-thuong\/$/, 'unit record'],
    [/^\/don-vi\/.+\/$/, 'unit'],
    [/^\/quyet-dinh\/(trang\/\d+\/)?$/, 'decision list'],
    [/^\/quyet-dinh\/.+\/$/, 'decision'],
    [/^\/dot-thi-dua\/$/, 'campaign list'],
    [/^\/dot-thi-dua\/.+\/$/, 'campaign'],
    [/^\/ca-nhan\/(trang\/\d+\/)?$/, 'people list'],
    [/^\/ca-nhan\/[^/]+\/$/, 'person record'],
    [/^\/tim-kiem\//, 'search'],
    [/^\/thong-ke\//, 'statistics'],
    [/^\/du-lieu\//, 'open data'],
    [/^\/404\.html$/, '404'],
    [/^\/admin\//, 'admin'],
  ];
  return rules.find(([re]) => re.test(route))?.[1] ?? 'other';
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

const weigh = (buf: Buffer | string): Weight => ({
  raw: Buffer.byteLength(buf),
  gzip: gzipSync(buf, { level: 6 }).length,
});
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Weight = { raw: 0, gzip: 0 };

/**
 * A link to one entry's own page: an achievement, an article, a decision, a person's record or a
 * unit. People and units count too: their lists grow with the archive like the others (the people
 * list once was one page of all 1,680 people at 10,000 achievements, unnoticed).
 */
const ENTRY_LINK = /href="(\/(?:thanh-tich|tin-tuc|quyet-dinh|ca-nhan|don-vi)\/(?!trang\/)[^"/]+\/)"/g;

/**
 * Entries a page lists: distinct entry links of its most linked kind, inside <main> (a unit
 * page links 50 achievements and, beside them, their decisions and people).
 */
export function countEntries(html: string): number {
  const main = html.slice(Math.max(0, html.indexOf('<main')), html.lastIndexOf('</main>') + 1 || undefined);
  const byKind = new Map<string, Set<string>>();
  for (const m of main.matchAll(ENTRY_LINK)) {
    const kind = m[1]!.split('/')[1]!;
    byKind.set(kind, (byKind.get(kind) ?? new Set()).add(m[1]!));
  }
  return Math.max(0, ...[...byKind.values()].map((set) => set.size));
}

export async function measureSite(dist: string): Promise<SiteMeasure> {
  const files = await walk(dist);
  const sizes = await Promise.all(files.map((f) => stat(f).then((s) => s.size)));
  const assetCache = new Map<string, Weight>();
  const asset = async (url: string): Promise<Weight> => {
    if (!assetCache.has(url))
      assetCache.set(url, await readFile(join(dist, url.split('?')[0]!)).then(weigh, () => ZERO));
    return assetCache.get(url)!;
  };

  const byType = new Map<
    string,
    { route: string; html: Weight; css: Weight; js: Weight; entries: number; scripts: string[] }[]
  >();
  const htmlFiles = files.filter(
    (f) =>
      f.endsWith('.html') &&
      !relative(dist, f).startsWith(`admin${sep}`) &&
      !relative(dist, f).startsWith(`pagefind${sep}`),
  );
  for (const file of htmlFiles) {
    const rel = '/' + relative(dist, file).split(sep).join('/');
    const route = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    const html = await readFile(file, 'utf8');
    let css = ZERO;
    for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)) {
      const href = /href="([^"]+)"/.exec(m[0])?.[1];
      if (href?.startsWith('/')) css = add(css, await asset(href));
    }
    let js = ZERO;
    const scripts: string[] = [];
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/type="application\/(ld\+)?json"/.test(m[1]!)) continue;
      const src = /src="([^"]+)"/.exec(m[1]!)?.[1];
      if (src) {
        scripts.push(src);
        if (src.startsWith('/')) js = add(js, await asset(src));
      } else if (m[2]!.trim()) {
        scripts.push('(inline)');
        js = add(js, weigh(m[2]!));
      }
    }
    const entries = countEntries(html);
    const type = pageTypeOf(route);
    byType.set(type, [...(byType.get(type) ?? []), { route, html: weigh(html), css, js, entries, scripts }]);
  }

  const pageTypes: Record<string, PageTypeStats> = {};
  const pagesWithJs: SiteMeasure['pagesWithJs'] = [];
  for (const [type, pages] of [...byType].sort((a, b) => a[0].localeCompare(b[0]))) {
    const total = (p: (typeof pages)[number]) => p.html.gzip + p.css.gzip + p.js.gzip;
    const largest = pages.reduce((a, b) => (total(b) > total(a) ? b : a));
    const sorted = [...pages].sort((a, b) => a.html.gzip - b.html.gzip);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    pageTypes[type] = {
      pages: pages.length,
      largest: { route: largest.route, html: largest.html, css: largest.css, js: largest.js, entries: largest.entries },
      medianHtml: median.html,
      maxEntries: Math.max(...pages.map((p) => p.entries)),
    };
    const withJs = pages.filter((p) => p.scripts.length > 0);
    if (withJs.length > 0)
      pagesWithJs.push({ type, count: withJs.length, scripts: [...new Set(withJs.flatMap((p) => p.scripts))] });
  }

  const pagefindDir = join(dist, 'pagefind') + sep;
  const pf = files.map((f, i) => ({ f, size: sizes[i]! })).filter(({ f }) => f.startsWith(pagefindDir));
  const kindOf = (f: string) => {
    const rel = relative(pagefindDir, f);
    if (rel.startsWith(`fragment${sep}`)) return 'fragments (one per page)';
    if (rel.startsWith(`index${sep}`)) return 'word index chunks';
    if (rel.startsWith(`filter${sep}`)) return 'filter chunks';
    if (rel.endsWith('.pf_meta')) return 'metadata';
    if (rel.includes('wasm')) return 'wasm';
    if (rel.endsWith('.js') || rel.endsWith('.css')) return 'scripts and UI';
    return 'other';
  };
  const byKind: Record<string, { files: number; bytes: number }> = {};
  for (const { f, size } of pf) {
    const k = kindOf(f);
    byKind[k] = { files: (byKind[k]?.files ?? 0) + 1, bytes: (byKind[k]?.bytes ?? 0) + size };
  }

  const other = files
    .map((f, i) => ({ path: '/' + relative(dist, f).split(sep).join('/'), bytes: sizes[i]! }))
    .filter(
      (x) =>
        !x.path.endsWith('.html') &&
        !x.path.startsWith('/pagefind/') &&
        !x.path.startsWith('/admin/') &&
        x.bytes > 100_000,
    )
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8);

  return {
    files: files.length,
    bytes: sizes.reduce((a, b) => a + b, 0),
    htmlPages: htmlFiles.length,
    pageTypes,
    pagefind: pf.length ? { files: pf.length, bytes: pf.reduce((a, b) => a + b.size, 0), byKind } : null,
    pagesWithJs,
    otherLargeFiles: other,
  };
}
