/**
 * One Chromium for the whole `site` project: started once here, reached by every test file's
 * launchChromium() through SHARED_CHROMIUM_ENV (worker processes inherit this process's
 * environment). Saves a browser start per test file, and fails the run at once, in one line,
 * when Chromium is missing.
 */
import { SHARED_CHROMIUM_ENV, startSharedChromium } from './browser.ts';

export default async function setup(): Promise<() => Promise<void>> {
  const server = await startSharedChromium();
  process.env[SHARED_CHROMIUM_ENV] = server.wsEndpoint();
  return async () => {
    delete process.env[SHARED_CHROMIUM_ENV];
    await server.close();
  };
}
