/**
 * The two everyday changes a warm rebuild is measured after: one new entry, one edited entry.
 * Both keep the archive valid (a new recipient name, a sentence added to a body).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const ACHIEVEMENTS = 'content/achievements';

/** The generated achievement files, in a stable order. */
async function generatedFiles(dir: string): Promise<string[]> {
  const all = (await readdir(join(dir, ACHIEVEMENTS))).filter((f) => f.endsWith('.mdx')).sort();
  const generated: string[] = [];
  for (const f of all)
    if (/^sample: true$/m.test(await readFile(join(dir, ACHIEVEMENTS, f), 'utf8'))) generated.push(f);
  return generated.length > 0 ? generated : all;
}

/** Adds one achievement: a copy of a generated one for a recipient no one else has. Returns its file. */
export async function addOneEntry(dir: string): Promise<string> {
  for (const source of await generatedFiles(dir)) {
    const text = await readFile(join(dir, ACHIEVEMENTS, source), 'utf8');
    if (source.startsWith('bench-them-moi-') || !/^kind: ca-nhan$/m.test(text)) continue;
    const recipient = /^recipient: (.+)$/m.exec(text)![1]!;
    const file = `bench-them-moi-${source}`;
    await writeFile(join(dir, ACHIEVEMENTS, file), text.replaceAll(recipient, 'Ngô Thị Bích Mới'));
    return file;
  }
  throw new Error('no generated achievement of a person to copy');
}

/** Adds a sentence to the body of one generated achievement. Returns its file. */
export async function editOneEntry(dir: string): Promise<string> {
  const files = await generatedFiles(dir);
  const file = files[Math.floor(files.length / 2)]!;
  const text = await readFile(join(dir, ACHIEVEMENTS, file), 'utf8');
  await writeFile(
    join(dir, ACHIEVEMENTS, file),
    `${text.trimEnd()}\n\nĐã bổ sung hồ sơ minh chứng theo đề nghị của Hội đồng Thi đua – Khen thưởng Sở.\n`,
  );
  return file;
}
