/**
 * A throwaway copy of the project for tests that build or change content (the shared build,
 * CMS, validation corpus, benchmark). Its content/ is the fixture site's content
 * (test/fixtures/site/content), never the repository's own content/, which editors may change
 * freely. The copying lives in src/build/project-copy.ts (the benchmark uses it too); tests put
 * their copies in .test-work.
 */
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { copyProjectInto, type ProjectCopy } from '../../src/build/project-copy.ts';
import { FIXTURE_CONTENT, ROOT, WORK } from './paths.ts';

export type { ProjectCopy };

export async function copyProject(name: string): Promise<ProjectCopy> {
  const copy = await copyProjectInto(WORK, name, ROOT);
  await rm(join(copy.dir, 'content'), { recursive: true, force: true });
  await cp(FIXTURE_CONTENT, join(copy.dir, 'content'), { recursive: true });
  return copy;
}
