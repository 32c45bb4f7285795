import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure modules, no build, seconds) and `site` (tests over the built site,
 * in Node and in Chromium). The site is built once per run by the global setup and shared.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/global-build.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
