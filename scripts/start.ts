/**
 * `npm start`: builds the site, serves it at http://127.0.0.1:4321/, runs the CMS's local
 * backend (decap-server on 127.0.0.1:8081) and rebuilds when content changes, so what an editor
 * saves in /admin shows on the site — pages, lists and search — seconds later.
 * A failed rebuild keeps the last good site online and prints why. Ctrl-C stops everything.
 */
import { watch } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { astroBuild, PROJECT_ROOT } from './lib/build.ts';
import { startDecapServer } from './lib/decap-server.ts';
import { startStaticServer } from './lib/static-server.ts';

const PORT = Number(process.env['PORT'] ?? 4321);
const DIST = join(PROJECT_ROOT, 'dist');
const NEXT = join(PROJECT_ROOT, '.dist-next');
const OLD = join(PROJECT_ROOT, '.dist-old');

async function buildInto(dir: string): Promise<boolean> {
  await rm(dir, { recursive: true, force: true });
  const result = await astroBuild({ outDir: dir });
  if (result.code !== 0) console.error(`\n✗ Build failed (${result.code}); the site keeps its last good version.\n`);
  return result.code === 0;
}

/** Builds aside, then swaps the new site in, so the server never serves a half-written one. */
async function rebuild(): Promise<void> {
  const started = Date.now();
  if (!(await buildInto(NEXT))) return;
  await rm(OLD, { recursive: true, force: true });
  await rename(DIST, OLD).catch(() => undefined);
  await rename(NEXT, DIST);
  await rm(OLD, { recursive: true, force: true });
  console.log(`\n✓ Site updated in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

if (!(await buildInto(DIST))) process.exit(1);
const site = await startStaticServer(() => DIST, PORT);
const cms = await startDecapServer(PROJECT_ROOT);

// Rebuild on content changes, debounced: a CMS save writes a file, sometimes an image too.
let timer: NodeJS.Timeout | undefined;
let running: Promise<void> = Promise.resolve();
let pending = false;
const watcher = watch(join(PROJECT_ROOT, 'content'), { recursive: true }, () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    if (pending) return;
    pending = true;
    running = running.then(async () => {
      pending = false;
      console.log('\n↻ Content changed, rebuilding…');
      await rebuild();
    });
  }, 300);
});

console.log(`
  Site:  ${site.url}/
  CMS:   ${site.url}/admin/  (local backend ${cms.url}, no account needed)
  Ctrl-C to stop.
`);

async function shutdown() {
  watcher.close();
  clearTimeout(timer);
  await Promise.all([site.close(), cms.stop()]);
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
