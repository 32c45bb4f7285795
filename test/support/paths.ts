/** Where tests find the project and the site built for this test run. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Scratch space of the test run (git-ignored). */
export const WORK = join(ROOT, '.test-work');
/** The site built once per run from the repository's own content (see global-build.ts). */
export const DIST = process.env['THIDUA_TEST_DIST'] ?? join(WORK, 'dist');
