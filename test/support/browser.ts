/**
 * Debian's Chromium driven by playwright-core (Playwright cannot download its own browsers
 * here). Path and flags live in src/lib/chromium.ts, shared with `npm run lighthouse`.
 *
 * In a test run one Chromium serves every test file: the `site` project's global setup
 * (global-chromium.ts) starts it and hands its endpoint to the workers, and launchChromium()
 * connects to it (a file's close() then closes only its own pages). Outside a test run (the
 * benchmark, experiments) launchChromium() starts a browser of its own.
 */
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../src/lib/chromium.ts';
import { requireSystemTool } from './system-tools.ts';

export { CHROMIUM_PATH };

/** Set by the global setup for the test workers. */
export const SHARED_CHROMIUM_ENV = 'THIDUA_TEST_CHROMIUM_WS';

export function launchChromium(): Promise<Browser> {
  const shared = process.env[SHARED_CHROMIUM_ENV];
  if (shared) return chromium.connect(shared);
  return chromium.launch({ executablePath: requireSystemTool('chromium'), headless: true, args: CHROMIUM_FLAGS });
}

/** The one Chromium of a test run (see global-chromium.ts). */
export function startSharedChromium(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: requireSystemTool('chromium'), headless: true, args: CHROMIUM_FLAGS });
}
