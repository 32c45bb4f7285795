/**
 * The two everyday changes a warm rebuild is measured after: one new entry, one edited entry.
 * Both keep the archive valid (a new recipient name, a sentence added to a body).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const ACHIEVEMENTS = 'content/achievements';
const NEW_NAME = 'Ngô Thị Bích Mới';
const NEW_PERSON = 'bench-ngo-thi-bich-moi';

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
    let entry = text.replaceAll(recipient, NEW_NAME);
    // A recipient who is a person of content/people/ (issue 14): a new person, in the same unit and position.
    const person = /^person: (.+)$/m.exec(text)?.[1];
    if (person) {
      const data = await readFile(join(dir, 'content/people', `${person}.yml`), 'utf8');
      await writeFile(
        join(dir, 'content/people', `${NEW_PERSON}.yml`),
        data.replace(/^name: .+$/m, `name: ${NEW_NAME}`),
      );
      entry = entry.replace(/^person: .+$/m, `person: ${NEW_PERSON}`);
    }
    await writeFile(join(dir, ACHIEVEMENTS, file), entry);
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
