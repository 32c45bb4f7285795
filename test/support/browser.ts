/**
 * Debian's Chromium driven by playwright-core (Playwright cannot download its own browsers
 * here). Path and flags live in scripts/lib/chromium.ts, shared with `npm run lighthouse`.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/lib/chromium.ts';

export { CHROMIUM_PATH };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
}
