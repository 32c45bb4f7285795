/**
 * One Chromium and one server of the shared build for a test file: opened before its tests,
 * closed after. Read the fields inside the tests (they are set by the time a test runs).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { StaticServer } from '../../src/local-backend/static-files.ts';
import { launchChromium } from './browser.ts';
import { serveSite } from './server.ts';

export interface SiteInBrowser {
  browser: Browser;
  server: StaticServer;
  page: Page;
}

export function siteInBrowser(): Readonly<SiteInBrowser> {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launchChromium(), serveSite()]);
    site.page = await site.browser.newPage();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
