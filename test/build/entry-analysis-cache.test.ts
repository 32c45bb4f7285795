/**
 * The content gate's per-file results kept between builds (src/content-model/analysis-cache.ts),
 * on a copy of the project with the fixture content: what comes back from the cache is what a
 * fresh reading finds (every entry, every problem); a result is used only for the same file with
 * the same text under the same code; and the cache really is read (a planted result shows up).
 * That warm builds write the same bytes as cold ones is test/build/warm-build.test.ts.
 */
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSIS_CACHE_FILE, openEntryAnalyses } from '../../src/content-model/analysis-cache.ts';
import { readContent } from '../../src/content-model/read-content.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy;

beforeAll(async () => {
  copy = await copyProject('analysis-cache');
  // A file with problems of its own, so problems go through the cache too.
  await writeFile(
    join(copy.dir, 'content/news/bai-loi-bo-nho-dem.mdx'),
    '---\ntitle: Bài có lỗi\ndate: 2025-02-30\n---\n\nNội dung.\n',
  );
}, 60_000);

afterAll(async () => {
  await copy?.remove();
});

const cacheFile = () => join(copy.dir, ANALYSIS_CACHE_FILE);
type Stored = { fingerprint: string; analyses: Record<string, { entry: { file: string }; problems: unknown[] }> };

describe('the kept per-file analyses', () => {
  it('give back exactly what a fresh reading finds, for every entry and problem', async () => {
    const fresh = await readContent(copy.dir);
    const first = await openEntryAnalyses(copy.dir);
    expect(await readContent(copy.dir, { analyses: first })).toStrictEqual(fresh);
    await first.save();

    const stored = JSON.parse(await readFile(cacheFile(), 'utf8')) as Stored;
    expect(Object.keys(stored.analyses)).toHaveLength(fresh.entries.length);
    expect(fresh.problems.some((p) => p.file.endsWith('bai-loi-bo-nho-dem.mdx'))).toBe(true);

    const again = await readContent(copy.dir, { analyses: await openEntryAnalyses(copy.dir) });
    expect(again).toStrictEqual(fresh);
  });

  it('are read back (a result planted in the cache shows), only for the same text and the same code', async () => {
    const stored = JSON.parse(await readFile(cacheFile(), 'utf8')) as Stored;
    const [key, planted] = Object.entries(stored.analyses).find(([, a]) => a.entry.file.includes('/achievements/'))!;
    const marker = { file: planted.entry.file, field: 'planted', vi: 'từ bộ nhớ đệm', en: 'from the cache' };
    stored.analyses[key] = { ...planted, problems: [marker] };
    await writeFile(cacheFile(), JSON.stringify(stored));

    const fromCache = await readContent(copy.dir, { analyses: await openEntryAnalyses(copy.dir) });
    expect(fromCache.problems).toContainEqual(marker);

    // The same file with other text is analysed afresh.
    await appendFile(join(copy.dir, planted.entry.file), '\nMột câu thêm.\n');
    const edited = await readContent(copy.dir, { analyses: await openEntryAnalyses(copy.dir) });
    expect(edited.problems).not.toContainEqual(marker);
  });

  it('are dropped when any source file under src/ changes', async () => {
    const stored = JSON.parse(await readFile(cacheFile(), 'utf8')) as Stored;
    const [key, any] = Object.entries(stored.analyses)[0]!;
    const marker = { file: any.entry.file, field: 'planted', vi: 'từ bộ nhớ đệm', en: 'from the cache' };
    stored.analyses[key] = { ...any, problems: [marker] };
    await writeFile(cacheFile(), JSON.stringify(stored));
    expect((await readContent(copy.dir, { analyses: await openEntryAnalyses(copy.dir) })).problems).toContainEqual(
      marker,
    );

    const rules = join(copy.dir, 'src/content-model/rules');
    const rule = (await readdir(rules)).find((f) => f.endsWith('.ts'))!;
    await appendFile(join(rules, rule), '\n// a change of code\n');
    expect((await readContent(copy.dir, { analyses: await openEntryAnalyses(copy.dir) })).problems).not.toContainEqual(
      marker,
    );
  });
});
