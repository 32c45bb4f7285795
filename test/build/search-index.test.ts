/**
 * The search index in the shared build: written by the build (its index step, src/build/steps.ts) into the outDir the
 * build used, holding exactly the content pages, with only their content (no navigation, no
 * badges), their metadata, filters and ISO sort dates; the search script only on the pages
 * that use it, never inline; and the same files, byte for byte, when the site is indexed again
 * (pages are sent several at a time, in path order: test/unit/in-order.test.ts) and when
 * Pagefind is given the whole pages instead of the pages without their header and footer.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, withoutChrome } from '../../src/integrations/pagefind.ts';
import { routes } from '../../src/lib/routes.ts';
import { readAchievements } from '../e2e/search-table.ts';
import { readPage, loadPage } from '../support/html.ts';
import { DIST, WORK } from '../support/paths.ts';
import { htmlFiles, pageTypes, routeOf } from '../support/site-files.ts';

const CONTENT = /^\/(thanh-tich|tin-tuc|don-vi|quyet-dinh|dot-thi-dua|ca-nhan)\/(?!trang\/)[^/]+\/$/;

describe('search index', () => {
  it('is written into <outDir>/pagefind by the build, one page per content page', async () => {
    expect((await stat(join(DIST, 'pagefind', 'pagefind.js'))).isFile()).toBe(true);
    const entry = JSON.parse(await readFile(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const contentPages = (await htmlFiles()).map(routeOf).filter((r) => CONTENT.test(r));
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    expect(entry.languages.vi.page_count).toBe(contentPages.length);
  });

  it('is the same, byte for byte, when the site is indexed again, and with whole pages (nothing trimmed)', async () => {
    const files = async (dir: string) =>
      (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => relative(dir, join(e.parentPath, e.name)))
        .sort();
    const built = await files(join(DIST, 'pagefind'));
    await mkdir(WORK, { recursive: true });
    for (const trim of [true, false]) {
      const again = await mkdtemp(join(WORK, 'index-again-'));
      try {
        await buildSearchIndex(DIST, again, { trim });
        expect(await files(again)).toEqual(built);
        for (const file of built) {
          const same = (await readFile(join(DIST, 'pagefind', file))).equals(await readFile(join(again, file)));
          expect(same, `pagefind/${file} differs from the build's when indexed again (trim: ${trim})`).toBe(true);
        }
      } finally {
        await rm(again, { recursive: true, force: true });
      }
    }
  });

  it('trims only what lies outside the indexed element and carries no Pagefind attribute', () => {
    const page =
      '<html lang="vi"><head><title>T</title></head><body><header><nav><a href="/">Trang chủ</a></nav></header>' +
      '<nav data-pagefind-meta="trang:Kế hoạch">x</nav><main><article data-pagefind-body><header><h1>Tên</h1></header>' +
      '<article><nav>Mục lục</nav></article><footer>Chân bài</footer><svg><path/></svg></article></main>' +
      '<footer>Chân trang</footer></body></html>';
    expect(withoutChrome(page)).toBe(
      '<html lang="vi"><head><title>T</title></head><body><nav data-pagefind-meta="trang:Kế hoạch">x</nav><main>' +
        '<article data-pagefind-body><header><h1>Tên</h1></header><article><nav>Mục lục</nav></article>' +
        '<footer>Chân bài</footer><svg><path/></svg></article></main></body></html>',
    );
    expect(withoutChrome('<p>no body element</p><nav>a</nav>')).toBe('<p>no body element</p><nav>a</nav>');
  });

  it('marks content pages, and only them, for indexing; navigation, header and footer stay out', async () => {
    for (const file of await htmlFiles()) {
      if (file.startsWith('pagefind/') || file.startsWith('admin/')) continue;
      const route = routeOf(file);
      const $ = await loadPage(route);
      const bodies = $('[data-pagefind-body]');
      expect(bodies.length, route).toBe(CONTENT.test(route) ? 1 : 0);
      expect(bodies.find('nav:not([data-pagefind-ignore]), header, footer, .breadcrumbs, form').length, route).toBe(0);
      expect(bodies.find('.badge:not([data-pagefind-ignore])').length, route).toBe(0);
      expect(bodies.closest('[data-pagefind-ignore]').length, route).toBe(0);
    }
  });

  it('gives an achievement its kind, facets and ISO decision date', async () => {
    const a = (await readAchievements()).find((x) => x.data.campaign && x.data.contents?.length);
    const $ = await loadPage(routes.achievement(a!.id));
    const filters = $('[data-pagefind-filter]')
      .map((_, el) => $(el).attr('data-pagefind-filter')!.split(':')[0])
      .get();
    expect(new Set(filters)).toEqual(new Set(['trang', 'nam', 'don-vi', 'loai', 'hinh-thuc', 'dot', 'noi-dung']));
    expect($('[data-pagefind-meta="trang:Thành tích"]').length).toBe(1);
    const sort = $('[data-pagefind-sort="date[datetime]"]');
    expect(sort.length).toBe(1);
    expect(sort.attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('names the kind and number of the plan and of a decision page', async () => {
    const plan = await loadPage('/dot-thi-dua/1579-kh-skhdt/');
    expect(plan('[data-pagefind-meta="trang:Kế hoạch"]').length).toBe(1);
    expect(plan('[data-pagefind-meta="so:1579/KH-SKHĐT"]').length).toBe(1);
    expect(plan('[data-pagefind-body] .toc[data-pagefind-ignore]').length).toBe(1);
    const decision = await loadPage((await pageTypes()).decision);
    expect(decision('[data-pagefind-meta^="so:"]').attr('data-pagefind-meta')).toMatch(/^so:\d+\/QĐ-/);
  });

  it('loads the search script only on /tim-kiem/ and /thanh-tich/, as an external module', async () => {
    for (const file of await htmlFiles()) {
      if (file.startsWith('pagefind/') || file.startsWith('admin/')) continue;
      const route = routeOf(file);
      const html = await readPage(route);
      const usesSearch = route === '/tim-kiem/' || (route.startsWith('/thanh-tich/') && !CONTENT.test(route));
      expect(html.includes('data-search='), route).toBe(usesSearch);
      expect(/<script[^>]*SearchPanel/.test(html), route).toBe(usesSearch);
      expect(html.includes('pagefind.js'), route).toBe(false);
    }
    const $ = await loadPage('/tim-kiem/');
    expect($('script:not([src])').length).toBe(0);
  });
});
