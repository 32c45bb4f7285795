/**
 * The floor: the least an Astro + Pagefind site of the same entries costs. A tiny Astro project
 * generated next to the project copy, using the project's installed astro and pagefind: one page
 * per achievement and article with the entry's title and the same Markdown body, no lists, no
 * facets, no layout beyond <main data-pagefind-body>, Astro's default settings; then the
 * Pagefind CLI over its output. The benchmark builds it in the same run as the project, so the
 * project's figures can be stated as ratios to it (timings on a shared machine drift; ratios
 * measured side by side much less).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import YAML from 'yaml';
import type { Command } from './measure-build.ts';

export interface Floor {
  dir: string;
  outDir: string;
  entries: number;
  commands: Command[];
  remove: () => Promise<void>;
}

const COLLECTIONS = ['achievements', 'news'] as const;

const CONFIG = `// The floor of the benchmark (src/bench/floor.ts): Astro's defaults.
import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'https://example.org', trailingSlash: 'always' });
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const entry = (base) => defineCollection({ loader: glob({ pattern: '*.md', base }), schema: z.object({ title: z.string() }) });
export const collections = { achievements: entry('./content/achievements'), news: entry('./content/news') };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const all = [...(await getCollection('achievements')), ...(await getCollection('news'))];
  return all.map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

/** The title a reader would see: an article's title, an achievement's recipient. */
function titleOf(data: Record<string, unknown>, id: string): string {
  const title = data['title'] ?? data['recipient'];
  return typeof title === 'string' ? title : id;
}

/** Writes the floor project for the entries of the project copy at `projectDir`. */
export async function writeFloor(projectDir: string, parent: string): Promise<Floor> {
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(join(parent, 'floor-'));
  await mkdir(join(dir, 'src/pages/[collection]'), { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'thidua-bench-floor', private: true, type: 'module' }, null, 2),
  );
  await writeFile(join(dir, 'astro.config.mjs'), CONFIG);
  await writeFile(join(dir, 'src/content.config.ts'), CONTENT_CONFIG);
  await writeFile(join(dir, 'src/pages/[collection]/[id].astro'), PAGE);
  // The project's packages, linked one by one so the floor keeps caches of its own (node_modules/.astro).
  await mkdir(join(dir, 'node_modules'));
  for (const name of await readdir(join(projectDir, 'node_modules'))) {
    if (!name.startsWith('.')) await symlink(join(projectDir, 'node_modules', name), join(dir, 'node_modules', name));
  }
  let entries = 0;
  for (const collection of COLLECTIONS) {
    const from = join(projectDir, 'content', collection);
    const to = join(dir, 'content', collection);
    await mkdir(to, { recursive: true });
    const files = (await readdir(from)).filter((f) => /\.mdx?$/.test(f));
    for (let i = 0; i < files.length; i += 200) {
      await Promise.all(
        files.slice(i, i + 200).map(async (file) => {
          const text = await readFile(join(from, file), 'utf8');
          const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
          const id = file.replace(/\.mdx?$/, '');
          const data = (match ? YAML.parse(match[1]!) : {}) as Record<string, unknown>;
          const body = match ? text.slice(match[0].length) : text;
          await writeFile(join(to, `${id}.md`), `---\n${YAML.stringify({ title: titleOf(data, id) })}---\n${body}`);
        }),
      );
    }
    entries += files.length;
  }
  const outDir = join(dir, 'dist');
  return {
    dir,
    outDir,
    entries,
    commands: [
      {
        name: 'astro',
        args: [join(dir, 'node_modules/astro/bin/astro.mjs'), 'build'],
        cwd: dir,
        env: { ASTRO_TELEMETRY_DISABLED: '1' },
      },
      {
        name: 'search index',
        args: [join(dir, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist'],
        cwd: dir,
      },
    ],
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Removes what a cold build must not find: output and every cache. */
export async function removeBuildCaches(dir: string, outDir: string): Promise<void> {
  for (const path of [outDir, join(dir, '.astro'), join(dir, 'node_modules/.astro'), join(dir, 'node_modules/.vite')])
    await rm(path, { recursive: true, force: true });
}
