/**
 * Builds of the fixture site with something changed (an environment variable, extra or fewer
 * entries), each built at most once per test run however many test files use it, and only if
 * a test asks for it. Need a build with different content? Add a variant to SITE_VARIANTS and
 * call `await siteBuild('<name>')` in your file's beforeAll; put cases that can share one build
 * into one variant (every full build costs about 10 s of the run).
 *
 * Test files run in several worker processes, so "once" is a lock on disk: the first worker to
 * create `.test-work/sites/<name>.lock` builds, the others wait for `<name>/done` (or the
 * failure it records). The global setup empties `.test-work/sites/` at the start of a run.
 */
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { astroBuild } from '../../src/build/run-build.ts';
import { WORK } from './paths.ts';
import { copyProject } from './project-copy.ts';
import { prepareExtraContent } from './extra-content.ts';

export interface SiteVariant {
  /** Environment of the build (e.g. THIDUA_SAMPLES). */
  env?: Record<string, string>;
  /**
   * Changes the project copy (its content/ is the fixture content) before the build; may leave
   * files for the tests in `variantDir` (the folder of the variant's dist/).
   */
  prepare?: (projectDir: string, variantDir: string) => Promise<void>;
}

export const SITE_VARIANTS = {
  /** The fixture site as published without its illustrative entries (`sample: true`). */
  'no-samples': { env: { THIDUA_SAMPLES: '0' } },
  /** Plus the valid fixtures, a phone-sized photo and an imported decision (extra-content.ts). */
  'extra-content': { prepare: prepareExtraContent },
} as const satisfies Record<string, SiteVariant>;

export type SiteVariantName = keyof typeof SITE_VARIANTS;

/** Where the variants are built; emptied by the global setup. */
export const SITES = join(WORK, 'sites');

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** The dist folder of a variant, built now if no other test file of this run did. */
export async function siteBuild(name: SiteVariantName): Promise<string> {
  const dir = join(SITES, name);
  const dist = join(dir, 'dist');
  const done = join(dir, 'done');
  const failed = join(dir, 'failed');
  await mkdir(SITES, { recursive: true });
  const mine = await mkdir(join(SITES, `${name}.lock`)).then(
    () => true,
    () => false,
  );
  if (mine) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const variant: SiteVariant = SITE_VARIANTS[name];
    const copy = await copyProject(`site-${name}`);
    try {
      await variant.prepare?.(copy.dir, dir);
      const result = await astroBuild({
        root: copy.dir,
        outDir: dist,
        quiet: true,
        ...(variant.env ? { env: variant.env } : {}),
      });
      if (result.code !== 0) {
        await writeFile(failed, result.output.slice(-4000));
        throw new Error(
          `astro build of the "${name}" site failed (exit ${result.code}):\n${result.output.slice(-4000)}`,
        );
      }
      await writeFile(done, '');
    } finally {
      await copy.remove();
    }
    return dist;
  }
  for (;;) {
    if (await exists(done)) return dist;
    if (await exists(failed))
      throw new Error(
        `astro build of the "${name}" site failed (in another test file):\n${await readFile(failed, 'utf8')}`,
      );
    await sleep(200);
  }
}
