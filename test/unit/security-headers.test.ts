/** The header rules, the generated `_headers` text and netlify.toml agree with one another. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../src/local-backend/static-files.ts';
import { buildCmsConfig } from '../../src/cms/config.ts';
import { adminCsp } from '../../src/cms/csp.ts';
import { deployConfigs } from '../../src/deploy/configs.ts';
import {
  COMMON_HEADERS,
  headerRules,
  headersFor,
  IMMUTABLE,
  PAGEFIND_POLICY,
  policyText,
  PUBLIC_POLICY,
  renderHeadersFile,
} from '../../src/lib/security-headers.ts';
import { renderCaddyfile, renderNginxConfig } from '../../src/lib/server-configs.ts';
import { ROOT } from '../support/paths.ts';

const rules = headerRules(adminCsp(buildCmsConfig({})));
const served = (path: string) => {
  const headers: Record<string, string> = {};
  for (const rule of parseHeadersFile(renderHeadersFile(rules)))
    if (rule.pattern.test(path)) for (const [k, v] of rule.headers) headers[k] = v;
  return headers;
};

describe('security headers', () => {
  it('the public policy is the strict one: self only, no inline, no eval, no framing', () => {
    expect(policyText(PUBLIC_POLICY)).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(policyText(PAGEFIND_POLICY)).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policyText(PAGEFIND_POLICY)).not.toMatch(/'unsafe-(eval|inline)'/);
  });

  it('the <meta> fallback leaves out what only a header can carry', () => {
    expect(policyText(PUBLIC_POLICY, { meta: true })).not.toContain('frame-ancestors');
    expect(policyText(PUBLIC_POLICY, { meta: true })).toContain("script-src 'self';");
  });

  it('each path gets one policy, as a static host applying the rules in order serves it', () => {
    expect(served('/')['Content-Security-Policy']).toBe(policyText(PUBLIC_POLICY));
    expect(served('/tim-kiem/')['Content-Security-Policy']).toBe(policyText(PUBLIC_POLICY));
    expect(served('/pagefind/pagefind-worker.js')['Content-Security-Policy']).toBe(policyText(PAGEFIND_POLICY));
    const admin = served('/admin/')['Content-Security-Policy']!;
    expect(admin).toContain("'unsafe-eval'");
    expect(admin).toContain("style-src 'self' 'unsafe-inline'");
    // The local backend is served by the site's own origin ('self'): no other local port.
    expect(admin).not.toMatch(/127\.0\.0\.1:\d+/);
    expect(admin).toMatch(/connect-src [^;]*https:\/\/api\.github\.com/);
    expect(admin).toMatch(/img-src [^;]*blob:/);
    expect(admin).toContain('frame-ancestors');
    for (const path of ['/', '/admin/', '/pagefind/pagefind.js']) {
      expect(served(path)['X-Content-Type-Options']).toBe('nosniff');
      expect(served(path)['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  it('Pagefind’s folders of content-hashed files are cached for good, the files that keep their name are not', () => {
    for (const path of [
      '/pagefind/fragment/vi_105aead.pf_fragment',
      '/pagefind/index/vi_10ac94e.pf_index',
      '/pagefind/filter/vi_16705e2.pf_filter',
    ]) {
      expect(served(path)['Cache-Control'], path).toBe(IMMUTABLE);
      expect(served(path)['Content-Security-Policy'], path).toBe(policyText(PAGEFIND_POLICY));
    }
    for (const path of [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind-worker.js',
      '/pagefind/wasm.unknown.pagefind',
      '/pagefind/pagefind.vi_e67984c174.pf_meta',
      '/tim-kiem/',
    ]) {
      expect(served(path)['Cache-Control'], path).toBeUndefined();
    }
  });

  it('narrower rules detach the broad policy (Cloudflare joins repeated headers, which would enforce both)', () => {
    const text = renderHeadersFile(rules);
    expect(text).toMatch(/^\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: /m);
    expect(text).toMatch(/^\/pagefind\/\*\n {2}! Content-Security-Policy\n/m);
    // Netlify skips a line without a colon, so the detach line is harmless there.
    expect(
      text
        .split('\n')
        .filter((l) => l.includes('!'))
        .every((l) => !l.includes(':')),
    ).toBe(true);
  });

  it('netlify.toml sends the headers every build shares and no policy that would shadow _headers', () => {
    const toml = parseToml(readFileSync(join(ROOT, 'netlify.toml'), 'utf8')) as {
      headers: { for: string; values: Record<string, string> }[];
    };
    expect(toml.headers).toEqual([{ for: '/*', values: Object.fromEntries(COMMON_HEADERS) }]);
  });

  it('frame protection and HSTS on every path, hashed files cached for a year', () => {
    for (const path of ['/', '/admin/', '/pagefind/pagefind.js', '/_astro/site.css']) {
      expect(served(path)['X-Frame-Options'], path).toBe('DENY');
      expect(served(path)['Strict-Transport-Security'], path).toBe('max-age=31536000');
    }
    expect(served('/_astro/site.C7_Nh6L3.css')['Cache-Control']).toBe(IMMUTABLE);
    expect(served('/')['Cache-Control']).toBeUndefined();
  });

  it('headersFor gives what _headers gives, path by path', () => {
    for (const path of ['/', '/tim-kiem/', '/admin/', '/admin/config.yml', '/pagefind/pagefind.js', '/_astro/x.js']) {
      expect(Object.fromEntries(headersFor(path, rules)), path).toEqual(served(path));
    }
  });

  it('nginx and Caddy blocks carry the full set per path, and the committed deploy/ files are up to date', () => {
    const nginx = renderNginxConfig(rules);
    const blocks = nginx.split(/\n {4}location /).slice(1);
    expect(blocks.map((b) => b.split(' {')[0])).toEqual([
      '^~ /_astro/',
      '^~ /pagefind/',
      '^~ /admin/',
      '^~ /pagefind/fragment/',
      '^~ /pagefind/index/',
      '^~ /pagefind/filter/',
      '/',
    ]);
    for (const block of blocks) {
      expect(block).toContain('add_header X-Frame-Options "DENY" always;');
      expect(block).toContain('add_header Content-Security-Policy "');
      expect(block).toContain('add_header Cache-Control "');
    }
    expect(renderCaddyfile(rules)).toContain(`handle /pagefind/* {`);
    for (const [path, text] of Object.entries(deployConfigs({}))) {
      expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is stale: run npm run deploy-configs`).toBe(text);
    }
  });
});
