/** Where tests find the project, the test suite's own content and the site built for this test run. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Scratch space of the test run (git-ignored). */
export const WORK = join(ROOT, '.test-work');
/**
 * The test suite's own site: its content/ is what every site test builds and asserts on, so an
 * editor who changes or deletes entries of the live content/ (samples included) cannot break a
 * test. Put the content a test needs here, never in the repository's content/.
 */
export const FIXTURE_SITE = join(ROOT, 'test/fixtures/site');
/** The fixture site's content folder, laid out like the project's content/. */
export const FIXTURE_CONTENT = join(FIXTURE_SITE, 'content');
/** The site built once per run from FIXTURE_CONTENT (see global-build.ts). */
export const DIST = process.env['THIDUA_TEST_DIST'] ?? join(WORK, 'dist');
