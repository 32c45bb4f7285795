/**
 * A throwaway copy of the project for tests that change content (CMS, validation corpus,
 * benchmark) so the repository's own content/ is never touched. node_modules is linked.
 */
import { cp, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, WORK } from './paths.ts';

const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

export interface ProjectCopy {
  dir: string;
  remove: () => Promise<void>;
}

export async function copyProject(name: string): Promise<ProjectCopy> {
  await mkdir(WORK, { recursive: true });
  const dir = await mkdtemp(join(WORK, `${name}-`));
  for (const entry of COPIED) {
    await cp(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (src) => !src.includes('/public/admin/decap') });
  }
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
