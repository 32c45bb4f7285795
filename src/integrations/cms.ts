/**
 * Serves Decap CMS from the site: copies the installed `decap-cms` bundle (main file, its lazily
 * loaded chunks and wasm; no source maps) into `public/admin/decap/` before dev or build, so it
 * is part of `dist/` and of `astro dev` alike, and never fetched from a CDN. The copy is
 * git-ignored and refreshed when the installed version changes.
 *
 * Also makes `astro dev` answer `/admin/index.html` as a static host does.
 */
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const STAMP = '.version';

/** Copies the bundle into `target` unless the same version is already there. */
export async function copyDecapBundle(root: string, target: string): Promise<string> {
  const require = createRequire(join(root, 'package.json'));
  const pkgPath = require.resolve('decap-cms/package.json');
  const { version } = JSON.parse(await readFile(pkgPath, 'utf8')) as { version: string };
  const current = await readFile(join(target, STAMP), 'utf8').catch(() => '');
  if (current === version) return version;
  const source = join(dirname(pkgPath), 'dist');
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  const files = (await readdir(source)).filter((f) =>
    /(^|\.)decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(f),
  );
  await Promise.all(files.map((f) => copyFile(join(source, f), join(target, f))));
  await writeFile(join(target, STAMP), version);
  return version;
}

/**
 * What /admin's content gate gets for `satteri` (the body check's MDX parser), whose browser
 * build needs a WebAssembly package npm does not install here: the same `mdxToMdast` from MDX's
 * pure-JavaScript parser.
 */
export const BROWSER_SATTERI = fileURLToPath(new URL('../content-model/mdx-to-mdast-browser.ts', import.meta.url));

function browserSatteri() {
  let acornEsm: string | undefined;
  return {
    name: 'thidua:cms-browser-satteri',
    enforce: 'pre' as const,
    resolveId(id: string, _importer: string | undefined, options?: { ssr?: boolean }) {
      if (options?.ssr) return undefined;
      if (id === 'satteri') return BROWSER_SATTERI;
      // acorn-jsx (CommonJS, used by the browser parser) requires acorn's CommonJS build while
      // the body check imports its ES build: one copy in /admin, not two (≈ 110 KB less).
      if (id === 'acorn') return (acornEsm ??= fileURLToPath(import.meta.resolve('acorn')));
      return undefined;
    },
  };
}

export default function cms(): AstroIntegration {
  return {
    name: 'thidua-cms',
    hooks: {
      'astro:config:setup': async ({ config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const version = await copyDecapBundle(root, join(fileURLToPath(config.publicDir), 'admin', 'decap'));
        logger.debug(`Decap CMS ${version} in public/admin/decap/`);
        // The admin page adds ?v=<version> to the bundle URL so a Decap upgrade is never cached stale.
        updateConfig({
          vite: {
            define: { 'import.meta.env.DECAP_VERSION': JSON.stringify(version) },
            plugins: [browserSatteri()],
          },
        });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, _res, next) => {
          if (req.url === '/admin/index.html' || req.url?.startsWith('/admin/index.html?'))
            req.url = req.url.replace('/admin/index.html', '/admin/');
          next();
        });
      },
    },
  };
}
