/**
 * A throwaway copy of the project for anything that changes content (tests of the CMS and of
 * validation, the benchmark), so the repository's own content/ is never touched.
 *
 * node_modules is a real folder of symlinks to the repository's packages rather than one
 * symlink to the whole folder: Astro and Vite keep their caches inside node_modules
 * (`node_modules/.astro/data-store.json`, `node_modules/.vite`), and a shared folder would let
 * concurrent builds of different copies read and overwrite each other's cache (and no build
 * of a copy would ever be cold).
 */
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from './run-build.ts';

/** The project root is build.ts's; re-exported for the benchmark, which copies the project. */
export { PROJECT_ROOT };

const COPIED = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];
/** Caches that belong to one project, never shared through the links. */
const NOT_LINKED = new Set(['.astro', '.vite', '.cache']);

export interface ProjectCopy {
  dir: string;
  remove: () => Promise<void>;
}

/** Copies the project into a new folder `<parent>/<name>-XXXXXX`. */
export async function copyProjectInto(parent: string, name: string, root = PROJECT_ROOT): Promise<ProjectCopy> {
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(join(parent, `${name}-`));
  for (const entry of COPIED) {
    await cp(join(root, entry), join(dir, entry), {
      recursive: true,
      filter: (src) => !src.includes('/public/admin/decap'),
    });
  }
  await linkNodeModules(join(root, 'node_modules'), join(dir, 'node_modules'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

async function linkNodeModules(from: string, to: string): Promise<void> {
  await mkdir(to);
  for (const entry of await readdir(from)) {
    if (NOT_LINKED.has(entry)) continue;
    await symlink(join(from, entry), join(to, entry));
  }
}
