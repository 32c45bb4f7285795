/**
 * The README's two screenshots (a phone and a desktop) from a built site: serves `dist/` (or the
 * folder given) on 127.0.0.1, captures them in Chromium and writes small palette PNGs to
 * docs/screenshots/. Run after `npm run build`: `node_modules/.bin/node scripts/readme-screenshots.ts`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { FILTER_PARAMS, routes } from '../src/lib/routes.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../src/lib/chromium.ts';
import { startStaticServer } from '../src/local-backend/static-files.ts';

const SHOTS = [
  {
    file: 'phone.png',
    path: `${routes.achievements}?${FILTER_PARAMS.year}=2023`,
    viewport: { width: 390, height: 844 },
    scale: 1,
  },
  { file: 'desktop.png', path: routes.home, viewport: { width: 1280, height: 800 }, scale: 1 },
];

const dist = resolve(process.argv[2] ?? 'dist');
const out = new URL('../docs/screenshots/', import.meta.url);
await mkdir(out, { recursive: true });
const [server, browser] = await Promise.all([
  startStaticServer(() => dist),
  chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS }),
]);
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: shot.viewport, deviceScaleFactor: shot.scale });
    await page.goto(server.url + shot.path);
    // The search UI fills the filtered list after load.
    if (shot.path.includes('?')) await page.waitForSelector('.search__table:not([hidden]) tbody tr');
    const png = await page.screenshot({ type: 'png' });
    const small = await sharp(png).png({ palette: true, quality: 80, compressionLevel: 9 }).toBuffer();
    await writeFile(new URL(shot.file, out), small);
    console.info(
      `docs/screenshots/${shot.file}: ${shot.path} at ${shot.viewport.width}×${shot.viewport.height}, ${Math.round(small.length / 1024)} KB`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
