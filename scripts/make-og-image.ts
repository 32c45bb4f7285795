/**
 * Renders the Open Graph image (src/brand/og-card.ts) with Chromium into public/og-image.png.
 * Run after changing the mark or the site's name: `node_modules/.bin/node scripts/make-og-image.ts`.
 */
import { writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { OG_SIZE, ogCardHtml } from '../src/brand/og-card.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../src/lib/chromium.ts';

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({ viewport: OG_SIZE });
  await page.setContent(ogCardHtml());
  const png = await page.screenshot({ type: 'png' });
  // A palette PNG: flat colours and text, a fraction of the bytes of a full-colour one.
  const small = await sharp(png).png({ palette: true, quality: 90, compressionLevel: 9 }).toBuffer();
  const file = new URL('../public/og-image.png', import.meta.url);
  await writeFile(file, small);
  console.info(`public/og-image.png: ${OG_SIZE.width}×${OG_SIZE.height}, ${Math.round(small.length / 1024)} KB`);
} finally {
  await browser.close();
}
