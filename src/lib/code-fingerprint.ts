/**
 * NODE ONLY. A fingerprint of the code a build runs: every file under `src/`, `astro.config.mjs`
 * and the installed packages' lock file (`node_modules/.package-lock.json`). What the build keeps
 * between runs of its own (the content gate's checks, src/content-model/analysis-cache.ts) is
 * only trusted under the same fingerprint, so any change of code or packages starts it afresh.
 * Undefined when the project has no installed packages or no `src/` (nothing is then kept).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function codeFingerprint(root: string): Promise<string | undefined> {
  const lock = await readFile(join(root, 'node_modules/.package-lock.json')).catch(() => undefined);
  if (!lock) return undefined;
  const hash = createHash('sha256').update(lock);
  const src = join(root, 'src');
  const entries = await readdir(src, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return undefined;
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(`\0${file.slice(src.length)}\0`).update(await readFile(file));
  // The Markdown plugins and integrations are set there; Astro's own config hash sees no function.
  hash.update('\0astro.config.mjs\0').update(await readFile(join(root, 'astro.config.mjs')).catch(() => ''));
  return hash.digest('hex');
}
