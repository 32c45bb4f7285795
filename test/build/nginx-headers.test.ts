/**
 * Headers wherever the site is hosted (issue 12.7): Debian's real nginx serves the built site
 * under the server block generated from the same rules as `dist/_headers`, on loopback, and
 * every response carries what `_headers` says for its path — the strict policy on pages, the
 * WebAssembly allowance on /pagefind/ only, Decap's policy on /admin/, frame protection and
 * HSTS everywhere, a year of caching for hashed files and revalidation for the rest.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../src/local-backend/static-files.ts';
import { buildCmsConfig } from '../../src/cms/config.ts';
import { adminCsp } from '../../src/cms/csp.ts';
import { headerRules, IMMUTABLE, PAGEFIND_POLICY, policyText, PUBLIC_POLICY } from '../../src/lib/security-headers.ts';
import { REVALIDATE } from '../../src/lib/server-configs.ts';
import { startNginx, type LocalNginx } from '../support/nginx.ts';
import { DIST } from '../support/paths.ts';

describe('real nginx serving dist/ with the generated configuration', () => {
  let nginx: LocalNginx;
  let headersFile: ReturnType<typeof parseHeadersFile>;
  let asset: string;

  beforeAll(async () => {
    // The build wrote _headers with the CMS policy of its environment; nginx gets the same.
    nginx = await startNginx(DIST, headerRules(adminCsp(buildCmsConfig())));
    headersFile = parseHeadersFile(await readFile(join(DIST, '_headers'), 'utf8'));
    asset = (await readdir(join(DIST, '_astro'))).find((f) => f.endsWith('.css'))!;
  });
  afterAll(async () => {
    await nginx?.stop();
  });

  /** What `_headers` (as Netlify reads it: every matching rule, later ones win) says for a path. */
  const expected = (path: string) => {
    const out = new Map<string, string>();
    for (const rule of headersFile)
      if (rule.pattern.test(path)) for (const [k, v] of rule.headers) out.set(k.toLowerCase(), v);
    return out;
  };
  const get = (path: string) => fetch(`${nginx.url}${path}`, { redirect: 'manual' });

  it.each([
    '/',
    '/tim-kiem/',
    '/du-lieu/thanh-tich.csv',
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/admin/',
    '/favicon.svg',
  ])('%s: every header _headers gives it', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    for (const [name, value] of expected(path)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
  });

  it('pages get the strict policy, Pagefind alone WebAssembly, /admin Decap’s policy', async () => {
    expect((await get('/')).headers.get('content-security-policy')).toBe(policyText(PUBLIC_POLICY));
    expect((await get('/pagefind/pagefind-worker.js')).headers.get('content-security-policy')).toBe(
      policyText(PAGEFIND_POLICY),
    );
    const admin = (await get('/admin/')).headers.get('content-security-policy')!;
    expect(admin).toContain("'unsafe-eval'");
    expect(admin).toContain("frame-ancestors 'self'");
    for (const path of ['/', '/admin/', '/pagefind/pagefind.js', `/_astro/${asset}`]) {
      const h = (await get(path)).headers;
      expect(h.get('x-frame-options'), path).toBe('DENY');
      expect(h.get('strict-transport-security'), path).toBe('max-age=31536000');
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it('hashed files are cached for a year, everything else revalidated', async () => {
    expect((await get(`/_astro/${asset}`)).headers.get('cache-control')).toBe(IMMUTABLE);
    for (const path of ['/', '/pagefind/pagefind.js', '/admin/', '/du-lieu/thanh-tich.csv'])
      expect((await get(path)).headers.get('cache-control'), path).toBe(REVALIDATE);
  });

  it('types: HTML and CSV in UTF-8, CSS, JavaScript', async () => {
    expect((await get('/')).headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await get('/du-lieu/thanh-tich.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await get(`/_astro/${asset}`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('/pagefind/pagefind.js')).headers.get('content-type')).toMatch(/^application\/javascript/);
  });

  it('a folder without its slash is redirected, an unknown path gets the site’s 404 page with the headers', async () => {
    const redirect = await get('/tim-kiem');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/tim-kiem/');
    const missing = await get('/khong-co-trang-nay/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(await readFile(join(DIST, '404.html'), 'utf8'));
    expect(missing.headers.get('content-security-policy')).toBe(policyText(PUBLIC_POLICY));
    expect(missing.headers.get('x-frame-options')).toBe('DENY');
    expect(missing.headers.get('cache-control')).toBe(REVALIDATE);
  });
});
