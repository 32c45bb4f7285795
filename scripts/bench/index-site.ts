/**
 * Indexes a built site with Pagefind's Node API, for builds that did not write
 * dist/pagefind/ themselves (before the search integration existed).
 */
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSite(dist: string): Promise<{ ms: number; pages: number }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { ms: performance.now() - started, pages: added.page_count };
}
