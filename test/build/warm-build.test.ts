/**
 * A warm build (Astro's content store and image cache kept from an earlier build, as `npm start`
 * and the deploy workflow's cache keep them) writes exactly what a cold build writes. The cache
 * is made stale on purpose: a copy of the project is built cold, one entry is edited and the
 * site rebuilt warm, the edit is undone and the site rebuilt warm again — that last output must
 * equal the first byte for byte, file for file. Three builds of the project's own small content.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../src/build/run-build.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy;

/** Every file of a built site → a hash of its bytes. */
async function tree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  }
  return files;
}

async function build(outDir: string): Promise<string> {
  const result = await astroBuild({ root: copy.dir, outDir: join(copy.dir, outDir), quiet: true });
  if (result.code !== 0) throw new Error(`build failed:\n${result.output.slice(-3000)}`);
  return join(copy.dir, outDir);
}

let cold: Record<string, string>;
let edited: Record<string, string>;
let warm: Record<string, string>;
let entryPage: string;

beforeAll(async () => {
  copy = await copyProject('warm-build');
  const folder = join(copy.dir, 'content/achievements');
  const file = (await readdir(folder)).filter((f) => f.endsWith('.mdx')).sort()[0]!;
  entryPage = join('thanh-tich', file.replace(/\.mdx$/, ''), 'index.html');
  const original = await readFile(join(folder, file), 'utf8');
  // The same outDir each time: Astro's content store is keyed to the whole config, outDir included.
  cold = await tree(await build('dist'));
  await writeFile(join(folder, file), `${original.trimEnd()}\n\nMột câu thêm vào để thử bản dựng ấm.\n`);
  edited = await tree(await build('dist'));
  await writeFile(join(folder, file), original);
  warm = await tree(await build('dist'));
}, 300_000);

afterAll(async () => {
  await copy?.remove();
});

describe('a warm build', () => {
  it('shows an edit made since the last build (the cache is not stale)', () => {
    expect(edited[entryPage]).toBeDefined();
    expect(edited[entryPage]).not.toBe(cold[entryPage]);
  });

  it('writes the same files, byte for byte, as a cold build of the same content', () => {
    expect(Object.keys(cold).length).toBeGreaterThan(100);
    expect(warm).toEqual(cold);
  });
});
