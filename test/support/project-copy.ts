/**
 * A throwaway copy of the project for tests that change content (CMS, validation corpus,
 * benchmark) so the repository's own content/ is never touched. The copying lives in
 * scripts/lib/project-copy.ts (the benchmark uses it too); tests put their copies in .test-work.
 */
import { copyProjectInto, type ProjectCopy } from '../../scripts/lib/project-copy.ts';
import { ROOT, WORK } from './paths.ts';

export type { ProjectCopy };

export function copyProject(name: string): Promise<ProjectCopy> {
  return copyProjectInto(WORK, name, ROOT);
}
