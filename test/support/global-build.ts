/**
 * Builds the fixture site (test/fixtures/site) once per test run into .test-work/dist, shared by
 * every site test: a copy of the project whose content/ is the fixture content. Also empties
 * the variant builds of the previous run (site-builds.ts builds them on demand).
 * Set THIDUA_TEST_DIST to an already built folder to skip the build while iterating.
 */
import { mkdir, rm } from 'node:fs/promises';
import { astroBuild } from '../../src/build/run-build.ts';
import { DIST, WORK } from './paths.ts';
import { copyProject } from './project-copy.ts';
import { SITES } from './site-builds.ts';

export default async function setup() {
  await rm(SITES, { recursive: true, force: true });
  if (process.env['THIDUA_TEST_DIST']) return;
  await mkdir(WORK, { recursive: true });
  await rm(DIST, { recursive: true, force: true });
  const copy = await copyProject('site');
  try {
    const result = await astroBuild({ root: copy.dir, outDir: DIST, quiet: true });
    if (result.code !== 0) throw new Error(`astro build failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
  } finally {
    await copy.remove();
  }
}
