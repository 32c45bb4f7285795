/**
 * A warm build (Astro's content store, the content gate's checks and the image cache kept from
 * an earlier build, as `npm start` and the deploy workflow keep them in node_modules/.astro)
 * writes exactly what a cold build writes.
 *
 * In one copy of the project, four builds:
 * 1. cold, the fixture content as it is;
 * 2. warm, after edits of each kind a kept cache must notice: an achievement's body, a person
 *    (shown on their page), a new achievement (on its person's and decision's pages), a news
 *    cover replaced by another photo under the same file name (no text changes);
 * 3. cold again (the caches removed) over the same edited content: the same files, byte for
 *    byte, as the warm build;
 * 4. warm, after undoing those edits and renaming a unit (every entry page may name a unit):
 *    the edits are gone and the new name is on the pages of that unit's honours.
 * Then the kept store itself: only what pages read (src/loaders/mdx-or-markdown.ts).
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../src/build/run-build.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy;

/** Every file of a built site → a hash of its bytes, and the text of its pages. */
async function tree(dir: string): Promise<{ files: Record<string, string>; pages: Map<string, string> }> {
  const files: Record<string, string> = {};
  const pages = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path);
    files[relative(dir, path)] = createHash('sha256').update(bytes).digest('hex');
    if (entry.name === 'index.html') pages.set(relative(dir, entry.parentPath), bytes.toString('utf8'));
  }
  return { files, pages };
}

interface Built {
  files: Record<string, string>;
  /** The HTML of a page of this build, by its folder ("thanh-tich/<id>"). */
  page: (path: string) => string;
}

/** Builds into the same outDir each time: Astro's caches are keyed to the whole config, outDir included. */
async function build(): Promise<Built> {
  const dist = join(copy.dir, 'dist');
  const result = await astroBuild({ root: copy.dir, outDir: dist, quiet: true });
  if (result.code !== 0) throw new Error(`build failed:\n${result.output.slice(-3000)}`);
  // Read now: the next build empties the folder.
  const { files, pages } = await tree(dist);
  return {
    files,
    page: (path) => pages.get(path) ?? `(no page ${path})`,
  };
}

const content = (path: string) => join(copy.dir, 'content', path);
const BODY = 'achievements/le-minh-duc-45-qd-skhdt-2023.mdx';
const PERSON = 'people/le-minh-duc.yml';
const ADDED = 'achievements/le-minh-duc-19-qd-skhdt-2025.mdx';
const UNIT = 'units/phong-kinh-te-nganh.yml';
const COVER = 'media/hoi-nghi-tong-ket-dot-thi-dua-dac-biet.jpg';
const OTHER_PHOTO = 'media/phat-dong-dot-thi-dua-dac-biet.jpg';
const SENTENCE = 'Một câu thêm vào để thử bản dựng ấm.';

let originals: Record<string, string>;
let cold: Built;
let warm: Built;
let coldAgain: Built;
let undone: Built;

beforeAll(async () => {
  copy = await copyProject('warm-build');
  originals = Object.fromEntries(
    await Promise.all([BODY, PERSON, UNIT].map(async (p) => [p, await readFile(content(p), 'utf8')] as const)),
  );
  cold = await build();

  await writeFile(content(BODY), `${originals[BODY]!.trimEnd()}\n\n${SENTENCE}\n`);
  await writeFile(content(PERSON), originals[PERSON]!.replace('position: Phó Trưởng phòng', 'position: Trưởng phòng'));
  const model = await readFile(content('achievements/le-minh-duc-18-qd-skhdt-2025.mdx'), 'utf8');
  await writeFile(
    content(ADDED),
    model
      .replace('decisionNumber: 18/QĐ-SKHĐT', 'decisionNumber: 19/QĐ-SKHĐT')
      .replace('decisionDate: 2025-01-20', 'decisionDate: 2025-01-21'),
  );
  const cover = await readFile(content(COVER));
  await writeFile(content(COVER), await readFile(content(OTHER_PHOTO)));
  warm = await build();

  await rm(join(copy.dir, 'node_modules/.astro'), { recursive: true, force: true });
  coldAgain = await build();

  for (const [path, text] of Object.entries(originals)) await writeFile(content(path), text);
  await rm(content(ADDED));
  await writeFile(content(COVER), cover);
  await writeFile(
    content(UNIT),
    originals[UNIT]!.replace('name: Phòng Kinh tế ngành', 'name: Phòng Kinh tế ngành và Dịch vụ'),
  );
  undone = await build();
}, 400_000);

afterAll(async () => {
  await copy?.remove();
});

describe('a warm build', () => {
  it('shows every edit: the body, the person, the new entry on its own, its person’s and its decision’s pages', () => {
    expect(warm.page('thanh-tich/le-minh-duc-45-qd-skhdt-2023')).toContain(SENTENCE);
    const person = warm.page('ca-nhan/le-minh-duc');
    expect(person).toMatch(/Chức vụ hiện nay<\/dt><dd>Trưởng phòng</);
    expect(person).toContain('19/QĐ-SKHĐT');
    expect(warm.page('thanh-tich/le-minh-duc-19-qd-skhdt-2025')).toContain('19/QĐ-SKHĐT');
    expect(Object.keys(warm.files).some((f) => f.startsWith('quyet-dinh/19-'))).toBe(true);
    const article = 'tin-tuc/hoi-nghi-tong-ket-dot-thi-dua-dac-biet';
    expect(warm.page(article)).not.toBe(cold.page(article));
  });

  it('writes the same files, byte for byte, as a cold build of the same content', () => {
    expect(warm.files).toEqual(coldAgain.files);
  });

  it('after the edits are undone and a unit renamed, shows neither the edits nor the old name', () => {
    expect(undone.page('thanh-tich/le-minh-duc-45-qd-skhdt-2023')).not.toContain(SENTENCE);
    expect(undone.page('ca-nhan/le-minh-duc')).toMatch(/Chức vụ hiện nay<\/dt><dd>Phó Trưởng phòng</);
    expect(Object.keys(undone.files).some((f) => f.startsWith('thanh-tich/le-minh-duc-19-'))).toBe(false);
    // An individual's honour names the unit.
    const honour = undone.page('thanh-tich/ngo-thi-kim-loan-296-qd-skhdt-2024');
    expect(honour).toContain('Phòng Kinh tế ngành và Dịch vụ');
  });
});

/** The keys of every object in Astro's content store (devalue's flat format: a JSON array of values). */
async function storeObjects(): Promise<{ values: unknown[]; objects: Record<string, unknown>[] }> {
  const values = JSON.parse(await readFile(join(copy.dir, 'node_modules/.astro/data-store.json'), 'utf8')) as unknown[];
  const objects = values.filter(
    (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
  );
  return { values, objects };
}

describe('the content store', () => {
  it('keeps what pages read (data, rendered HTML), not the raw bodies nor a second copy of the front matter', async () => {
    const { values, objects } = await storeObjects();
    const keys = new Set(objects.flatMap((o) => Object.keys(o)));
    expect(keys).toContain('data');
    expect(keys).toContain('rendered');
    expect(keys).not.toContain('body');
    const copies = objects.filter((o) => 'frontmatter' in o).map((o) => values[o['frontmatter'] as number]);
    expect(copies.length).toBeGreaterThan(10);
    for (const frontmatter of copies) expect(frontmatter).toEqual({});
  });
});
