import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure modules, no build, seconds) and `site` (tests over the built site,
 * in Node and in Chromium). The site is built once per run by the global setup and shared.
 */
export default defineConfig({
  test: {
    // Vitest's default is one worker less than the cores (one file at a time on 2 cores); most of
    // a site test's time is spent waiting on a child process (astro build, Chromium), so one
    // worker more than the cores keeps them busy.
    maxWorkers: availableParallelism() + 1,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // Pure modules with no state between files: one module graph per worker instead of one
          // per file (about a third less CPU for this project; issue 17.5).
          isolate: false,
          // A few unit tests spawn a script (npm run check); 5 s is too short while site tests
          // share the cores.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          // Each file starts and closes what it uses (servers, pages, project copies) and keeps no
          // module state: a worker runs file after file in one module graph (≈ 0.35 CPU-s a file).
          isolate: false,
          globalSetup: ['test/support/global-chromium.ts', 'test/support/global-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
