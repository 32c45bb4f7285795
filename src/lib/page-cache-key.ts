/**
 * NODE ONLY (the build). The `cacheKey` an entry page gives Astro's incremental builds
 * (astro.config.mjs, `experimental.incrementalBuild`): when a page's route code and its key are
 * the same as in the last build, Astro copies that build's HTML instead of rendering the page.
 * So a key must change whenever anything the page shows changes. It is a hash of:
 * - the code's fingerprint (src/lib/code-fingerprint.ts: `src/`, the Astro config, the packages)
 *   and the settings read from the environment (samples shown, site URL): a change of code
 *   renders every page again;
 * - every unit and campaign, which entry pages name and link (a few dozen, rarely edited: a
 *   renamed unit re-renders every page, which is simpler than being sure which ones name it);
 * - what the page itself shows, passed by the route: its entries whole (id, file, data, body,
 *   rendered HTML), the bytes of their images, in fields and in bodies (a photo replaced under
 *   the same name changes no text), and what it reads beside the content, such as the
 *   last-updated date.
 * Routes whose pages show what no short key can name (lists, statistics, units, the home page)
 * give no key and are rendered every build.
 *
 * test/build/warm-build.test.ts builds cold and warm after edits of every kind a key must see
 * (an entry's body, a person, a unit, a new entry) and compares the files byte for byte.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { getCampaigns, getUnits } from '../data/entries.ts';
import { INCLUDE_SAMPLES, SITE_URL } from '../site.ts';
import { codeFingerprint } from './code-fingerprint.ts';

/** Makes the key of one page from what it shows (entries, dates, plain values). */
export type PageKey = (...shown: unknown[]) => string;

let base: Promise<string> | undefined;

/** What every key starts from: code, settings and the references; worked out once per build. */
function keyBase(): Promise<string> {
  base ??= (async () => {
    const hash = createHash('sha256');
    // `astro build` runs in the project root (npm scripts and src/build/run-build.ts do).
    hash.update((await codeFingerprint(process.cwd())) ?? `no fingerprint ${Date.now()}`);
    hash.update(JSON.stringify([INCLUDE_SAMPLES, SITE_URL, await getUnits(), await getCampaigns()]));
    return hash.digest('hex');
  })();
  return base;
}

interface RenderedEntry {
  filePath?: string;
  rendered?: { metadata?: { imagePaths?: string[] } };
}

/** The bytes of the images an entry's body shows (paths relative to the entry's file). */
function bodyImages(hash: ReturnType<typeof createHash>, shown: unknown): void {
  const entry = shown as RenderedEntry | undefined;
  const paths = entry?.rendered?.metadata?.imagePaths;
  if (!entry?.filePath || !paths) return;
  for (const path of paths) {
    hash.update(`\0${path}\0`);
    try {
      hash.update(readFileSync(join(process.cwd(), dirname(entry.filePath), path)));
    } catch {
      // A remote or missing image: the content gate refuses it before the build gets here.
    }
  }
}

const imageDigests = new Map<string, string>();

/** An image's file and a hash of its bytes, once per build. */
function imageDigest(fsPath: string): string {
  let digest = imageDigests.get(fsPath);
  if (digest === undefined) {
    let bytes: Buffer | string;
    try {
      bytes = readFileSync(fsPath);
    } catch {
      bytes = 'missing';
    }
    digest = `image ${relative(process.cwd(), fsPath)} ${createHash('sha256').update(bytes).digest('base64url')}`;
    imageDigests.set(fsPath, digest);
  }
  return digest;
}

/**
 * `JSON.stringify`'s replacer: an image field is a Proxy that, when any property but `fsPath` is
 * read, marks the image as used as it is, and Astro then publishes the uploaded original beside
 * its resized copies. It is named by its file and bytes instead, without reading the rest.
 */
function imagesByBytes(_key: string, value: unknown): unknown {
  const fsPath = value && typeof value === 'object' ? (value as { fsPath?: unknown }).fsPath : undefined;
  return typeof fsPath === 'string' ? imageDigest(fsPath) : value;
}

/** The key maker of this build. Entries are hashed whole: `JSON.stringify` of an Astro entry. */
export async function pageKeys(): Promise<PageKey> {
  const start = await keyBase();
  return (...shown) => {
    const hash = createHash('sha256').update(start).update(JSON.stringify(shown, imagesByBytes));
    for (const part of shown) for (const entry of Array.isArray(part) ? part : [part]) bodyImages(hash, entry);
    return hash.digest('base64url');
  };
}
