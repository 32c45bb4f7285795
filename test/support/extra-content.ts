/**
 * The `extra-content` site variant (site-builds.ts): the fixture site plus what two test files
 * each used to add to a project copy of their own and build — one build instead of two:
 * - content-validation-build.test.ts: the valid fixtures (test/fixtures/valid), the person they
 *   name, and a phone-sized photo used as a news cover, in a news body and on an achievement;
 * - import-build.test.ts: `npm run import` of a decision spreadsheet, run three times (dry run,
 *   for real, again), whose outputs are kept beside the build for the test to read.
 * Their assertions do not overlap: different entries, different decisions (78/QĐ and 210/QĐ);
 * the importer's counts are taken right before it runs, after the other additions.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { ROOT } from './paths.ts';

const FIXTURES = join(ROOT, 'test/fixtures');
/** The spreadsheet the importer reads. */
export const IMPORT_SHEET = join(FIXTURES, 'import/valid-decision.xlsx');

/** What the importer printed and how many achievements there were around its runs. */
export interface ImportRuns {
  before: number;
  after: number;
  runs: { code: number; out: string }[];
}

/** Written beside the variant's dist/. */
const PHOTO = 'anh-dien-thoai.jpg';
const IMPORT_RUNS = 'import-runs.json';

/** Every file under `dir`, relative, with "/" separators. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    );
}

/** Copies `test/fixtures/<kind>/<file>` to the same path under `projectDir/content/`. */
export async function placeFixture(projectDir: string, kind: string, file: string): Promise<void> {
  const target = join(projectDir, 'content', file);
  await mkdir(dirname(target), { recursive: true });
  await copyFile(join(FIXTURES, kind, file), target);
}

function runImport(cwd: string, args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/import-decision.ts', ...args], {
      cwd,
      env: { ...process.env, INIT_CWD: cwd },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, out }));
  });
}

export async function prepareExtraContent(projectDir: string, variantDir: string): Promise<void> {
  const content = (file: string) => join(projectDir, 'content', file);
  // The valid fixtures and the person their individual achievements name.
  await placeFixture(projectDir, '', 'people/tran-van-thu.yml');
  for (const file of await filesUnder(join(FIXTURES, 'valid'))) await placeFixture(projectDir, 'valid', file);
  // A photo as a phone takes it: 3000 × 2000 px of detail, several MB.
  const photo = await sharp({
    create: {
      width: 3000,
      height: 2000,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    .jpeg({ quality: 92 })
    .toBuffer();
  await writeFile(join(variantDir, PHOTO), photo);
  await writeFile(content(`media/${PHOTO}`), photo);
  await writeFile(
    content('news/anh-lon.mdx'),
    `---\ntitle: Ảnh chụp bằng điện thoại\npublishedAt: 2024-05-02\nsummary: Ảnh lớn.\ncover:\n  image: ../media/${PHOTO}\n  alt: Ảnh chụp hội nghị\nauthor: Văn phòng Sở\n---\n\nẢnh lớn.\n\n![Ảnh trong bài](../media/${PHOTO})\n`,
  );
  await writeFile(content('people/anh-lon.yml'), 'name: Ảnh Lớn\nunit: van-phong-so\n');
  await writeFile(
    content('achievements/anh-lon-78-qd-skhdt-2023.mdx'),
    `---\nkind: ca-nhan\nrecipient: Ảnh Lớn\nperson: anh-lon\nunit: van-phong-so\naward: Giấy khen\nauthority: Giám đốc Sở\ndecisionNumber: 78/QĐ-SKHĐT\ndecisionDate: 2023-03-15\nsummary: Ảnh lớn.\nphoto:\n  image: ../media/${PHOTO}\n  alt: Ảnh chân dung\n---\n\nẢnh lớn.\n`,
  );

  // The importer, as a clerk runs it: dry run, for real, and again.
  const count = async () => (await readdir(content('achievements'))).length;
  const before = await count();
  const runs = [];
  runs.push(await runImport(projectDir, [IMPORT_SHEET, '--dry-run']));
  runs.push(await runImport(projectDir, [IMPORT_SHEET]));
  runs.push(await runImport(projectDir, [IMPORT_SHEET]));
  const record: ImportRuns = { before, after: await count(), runs };
  await writeFile(join(variantDir, IMPORT_RUNS), JSON.stringify(record));
}

/** The photo the variant's content used (the bytes as uploaded). */
export function extraContentPhoto(dist: string): Promise<Buffer> {
  return readFile(join(dirname(dist), PHOTO));
}

/** The importer's runs in the variant's project copy. */
export async function extraContentImportRuns(dist: string): Promise<ImportRuns> {
  return JSON.parse(await readFile(join(dirname(dist), IMPORT_RUNS), 'utf8')) as ImportRuns;
}
