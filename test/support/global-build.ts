/**
 * Builds the fixture site (test/fixtures/site) once per test run into .test-work/dist, shared by
 * every site test: a copy of the project whose content/ is the fixture content.
 * Set THIDUA_TEST_DIST to an already built folder to skip the build while iterating.
 */
import { mkdir, rm } from 'node:fs/promises';
import { astroBuild } from '../../scripts/lib/build.ts';
import { DIST, WORK } from './paths.ts';
import { copyProject } from './project-copy.ts';

export default async function setup() {
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
