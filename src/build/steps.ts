/**
 * What a build of the site is, in one place: `astro build` (validation, pages, CMS assets,
 * headers), then the Pagefind index written by a process of its own once Astro has exited.
 *
 * Why two processes: indexed inside Astro's last hook, Pagefind (≈ 1 GiB at 11,500 pages) ran
 * while Astro still held its heap (≈ 1.6 GiB), and the build's peak was both together (2.65 GiB
 * at 10,000 achievements). A process that ends gives all its memory back.
 *
 * Every place that builds runs these steps through `astroBuild` (src/build/run-build.ts): `npm run
 * build`, `npm start`, the tests, the deploy workflows; the benchmark runs the same steps one by
 * one to measure each. A bare `astro build` still writes the index (inside its hook, the old way:
 * src/integrations/pagefind.ts), so no build can be published without one.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Set for the Astro step: its hook then leaves the index to the next step. */
export const SEPARATE_INDEX_ENV = 'THIDUA_SEARCH_INDEX';
export const SEPARATE_INDEX_VALUE = 'separate-process';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildStep {
  name: 'astro' | 'search index';
  /** Arguments for `process.execPath` (Node). */
  args: string[];
  env: Record<string, string>;
}

/** The steps of a build of the project in `root` into `outDir` (absolute, or relative to `root`). */
export function buildSteps(projectRoot: string, outDir = 'dist'): BuildStep[] {
  const root = resolve(projectRoot);
  return [
    {
      name: 'astro',
      args: [`${root}/node_modules/astro/bin/astro.mjs`, 'build', '--outDir', outDir],
      env: {
        ASTRO_TELEMETRY_DISABLED: '1',
        [SEPARATE_INDEX_ENV]: SEPARATE_INDEX_VALUE,
        // Vite's bundler (Rolldown) allocates with mimalloc, which kept ≈ 560 MiB committed for
        // ≈ 70 MiB still in use once bundling was done, through all of the rendering: give freed
        // pages back at once and commit arena memory only when used. At 10,000 achievements the
        // Astro step's peak 1,384–1,415 → 1,038–1,045 MiB.
        MIMALLOC_PURGE_DELAY: '0',
        MIMALLOC_ARENA_EAGER_COMMIT: '0',
      },
    },
    {
      name: 'search index',
      // The index step's Node mostly waits for Pagefind; V8 let its young generation grow to
      // ≈ 110 MB of garbage, which counted in the build's peak (the index step is the larger one).
      // Capped: 235 → 126 MB at 10,000 achievements, its CPU the same (≈ 4.7 s).
      args: ['--max-semi-space-size=4', `${root}/scripts/index-search.ts`, outDir],
      // Pagefind's binary allocates with jemalloc (read from this variable, which its process
      // inherits): two arenas instead of one per core and thread, freed pages returned within a
      // second. Its peak at 10,000 achievements 1,330 → 1,088 MiB.
      env: { _RJEM_MALLOC_CONF: 'narenas:2,dirty_decay_ms:1000,muzzy_decay_ms:0' },
    },
  ];
}
