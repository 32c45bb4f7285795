/**
 * `node scripts/index-search.ts <outDir>`: writes the Pagefind index of a built site into
 * `<outDir>/pagefind/`. The second step of every build (src/build/steps.ts).
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';
import { waitForChildren } from '../src/build/children.ts';

const outDir = process.argv[2];
if (!outDir) {
  console.error('Usage: node scripts/index-search.ts <outDir>');
  process.exit(2);
}
const started = Date.now();
try {
  const pages = await buildSearchIndex(resolve(outDir));
  // Pagefind's binary is told to stop by close(); waiting for it lets this process reap it, so
  // its CPU time is counted in this process's children (the benchmark reads it).
  await waitForChildren();
  console.log(`[search] Search index: ${pages} pages in ${Date.now() - started} ms`);
} catch (error) {
  console.error(`[search] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
