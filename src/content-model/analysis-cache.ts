/**
 * NODE ONLY. Keeps what `analyseEntry` found in each entry file between builds, so a rebuild
 * after one new or edited entry reads the YAML and MDX of that entry only: at 10,000 entries
 * the per-file checks are most of the content gate's time, and they run twice per build (the
 * gate beside Astro's content sync, and /admin/content-snapshot.json while pages render, in
 * another module graph).
 *
 * Safe because `analyseEntry` is a pure function of (collection, file, text) and of the code:
 * a result is found by the SHA-256 of the collection, the project-relative file name and the
 * file's text, in a cache file stamped with the code's fingerprint (src/lib/code-fingerprint.ts:
 * `src/`, the Astro config, the installed packages). Any change of code or packages starts an
 * empty cache; without installed packages nothing is cached. The cross-entry rules and
 * the file-system checks still run on every build, over every entry.
 *
 * The cache lives in `node_modules/.astro/`, beside Astro's content store: what the deploy
 * workflow keeps between builds, and what a cold build (`npm run bench`) removes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import type { CollectionSpec } from '../schema/field.ts';
import { analyseEntry, analyseEntryAfresh, type Analysis } from './entry.ts';

/** Where the cache lives, under the project root. */
export const ANALYSIS_CACHE_FILE = 'node_modules/.astro/thidua/entry-analyses.json';

export interface EntryAnalyses {
  /** `analyseEntry`, answered from the cache when the same text was analysed before (the cache is
   * the memo: results are not also kept in `analyseEntry`'s own, which would hold every text). */
  analyse(spec: CollectionSpec, file: string, text: string): Analysis;
  /** Writes what this run analysed (entries no longer read are dropped). */
  save(): Promise<void>;
}

interface CacheFile {
  fingerprint: string;
  analyses: Record<string, Analysis>;
}

const keyOf = (spec: CollectionSpec, file: string, text: string) =>
  createHash('sha256').update(`${spec.name}\0${file}\0${text}`).digest('base64url');

/** Opens the cache of the project at `root` (an empty one if it is missing, stale or unreadable). */
export async function openEntryAnalyses(root: string): Promise<EntryAnalyses> {
  const fingerprint = await codeFingerprint(root);
  if (!fingerprint) return { analyse: analyseEntry, save: () => Promise.resolve() };
  const path = join(root, ANALYSIS_CACHE_FILE);
  let known: Record<string, Analysis> = {};
  try {
    const cached = JSON.parse(await readFile(path, 'utf8')) as CacheFile;
    if (cached.fingerprint === fingerprint) known = cached.analyses;
  } catch {
    // No cache yet, or a broken one: analyse everything.
  }
  const used: Record<string, Analysis> = {};
  return {
    analyse(spec, file, text) {
      const key = keyOf(spec, file, text);
      const analysis = known[key] ?? analyseEntryAfresh(spec, file, text);
      used[key] = analysis;
      return analysis;
    },
    async save() {
      const body: CacheFile = { fingerprint, analyses: used };
      await mkdir(dirname(path), { recursive: true });
      // Written aside, then renamed: a build reading it meanwhile sees the old file or the new one.
      const aside = `${path}.${process.pid}.tmp`;
      await writeFile(aside, JSON.stringify(body));
      await rename(aside, path);
    },
  };
}
