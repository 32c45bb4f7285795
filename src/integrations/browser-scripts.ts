/**
 * Small browser scripts written in TypeScript next to the modules they share code with, bundled
 * into plain files under public/ before dev or build (git-ignored, like the CMS bundle), so the
 * page and the build-time rendering run ONE implementation instead of a hand-kept copy.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';

/** Browser script (under public/) ← its TypeScript source (under src/). */
export const BROWSER_SCRIPTS: Readonly<Record<string, string>> = {
  'js/campaign-status.js': 'src/scripts/campaign-status.ts',
};

/** One script as the browser gets it: one self-contained, minified file for every browser the site supports. */
export async function bundleBrowserScript(root: string, source: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, source)],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2019',
    legalComments: 'none',
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

export default function browserScripts(): AstroIntegration {
  return {
    name: 'thidua:browser-scripts',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        const root = fileURLToPath(config.root);
        const publicDir = fileURLToPath(config.publicDir);
        for (const [target, source] of Object.entries(BROWSER_SCRIPTS)) {
          const code = await bundleBrowserScript(root, source);
          const path = join(publicDir, target);
          // Rewritten only when it changed: the dev server would reload for nothing.
          if ((await readFile(path, 'utf8').catch(() => '')) === code) continue;
          await mkdir(dirname(path), { recursive: true });
          await writeFile(path, code);
        }
      },
    },
  };
}
