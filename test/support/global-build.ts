/**
 * Builds the fixture site (test/fixtures/site) once per test run into .test-work/dist, shared by
 * every site test: a copy of the project whose content/ is the fixture content. Also empties
 * the variant builds of the previous run (site-builds.ts builds them on demand).
 * Set THIDUA_TEST_DIST to an already built folder to skip the build: `npm test` (scripts/test.ts)
 * builds it with buildFixtureSite() while lint runs and hands it over that way; so can a person
 * iterating on one file.
 */
import { mkdir, rm } from 'node:fs/promises';
import { astroBuild } from '../../src/build/run-build.ts';
import { DIST, WORK } from './paths.ts';
import { copyProject } from './project-copy.ts';
import { SITES } from './site-builds.ts';

/** The fixture site built into `outDir` (DIST by default); throws with the build's output if it fails. */
export async function buildFixtureSite(outDir = DIST, signal?: AbortSignal): Promise<void> {
  await mkdir(WORK, { recursive: true });
  await rm(outDir, { recursive: true, force: true });
  const copy = await copyProject('site');
  try {
    const result = await astroBuild({ root: copy.dir, outDir, quiet: true, ...(signal ? { signal } : {}) });
    if (result.code !== 0) throw new Error(`astro build failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  } finally {
    await copy.remove();
  }
}

export default async function setup() {
  await rm(SITES, { recursive: true, force: true });
  if (process.env['THIDUA_TEST_DIST']) return;
  await buildFixtureSite();
}
