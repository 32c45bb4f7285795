/**
 * The CMS gate (`checkEntry`) is the same model as `npm run check`: every bad input of the
 * corpus, checked as one file against a snapshot of the content, gets exactly the lines
 * `validateContent` prints for it. And the gate is browser-safe: nothing in its import graph
 * reaches for Node.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/content-model/check-entry.ts';
import { validateContent } from '../../src/content-model/content.ts';
import { achievement, type CollectionName } from '../../src/content-model/fields.ts';
import { formatProblem } from '../../src/content-model/problem.ts';
import { readContentSnapshot } from '../../src/content-model/read-content.ts';
import type { ContentSnapshot } from '../../src/content-model/snapshot.ts';
import { bundleAsAdmin } from '../support/admin-bundle.ts';
import { FIXTURE_CONTENT, ROOT } from '../support/paths.ts';

const TODAY = '2026-11-27';
const INVALID = join(ROOT, 'test/fixtures/invalid');
const COLLECTION_OF: Record<string, CollectionName> = {
  achievements: 'achievements',
  news: 'news',
  campaigns: 'campaigns',
  units: 'units',
};

let root: string;
let snapshot: ContentSnapshot;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'thidua-gate-'));
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  // The person the invalid achievements name (as the build tests place it, test/support/extra-content.ts),
  // so that each of them is refused for its own fault only.
  cpSync(join(ROOT, 'test/fixtures/people/tran-van-thu.yml'), join(root, 'content/people/tran-van-thu.yml'));
  snapshot = await readContentSnapshot(root);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const fixtures = (readdirSync(INVALID, { recursive: true }) as string[])
  .map((f) => f.split('\\').join('/'))
  .filter((f) => statSync(join(INVALID, f)).isFile() && f.split('/')[0]! in COLLECTION_OF)
  .sort();

describe('checkEntry', () => {
  it('the snapshot is plain JSON, without free text, and holds only the id of a draft', () => {
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(snapshot.entries.length).toBeGreaterThan(10);
    expect(snapshot.entries.some((e) => 'summary' in e.data)).toBe(false);
    const draft = snapshot.entries.find(
      (e) => e.file === 'content/news/du-kien-danh-sach-de-nghi-danh-hieu-thi-dua-nam-2025.mdx',
    );
    expect(draft?.data).toEqual({ draft: true });
  });

  it.each(fixtures)('%s: the same lines as npm run check', async (fixture) => {
    const file = `content/${fixture}`;
    const source = readFileSync(join(INVALID, fixture), 'utf8');
    const gate = checkEntry({ collection: COLLECTION_OF[fixture.split('/')[0]!]!, file, source }, snapshot, {
      today: TODAY,
    }).map(formatProblem);
    cpSync(join(INVALID, fixture), join(root, file));
    try {
      const check = (await validateContent({ root, today: TODAY })).problems
        .filter((p) => p.file === file)
        .map(formatProblem);
      expect(gate.length).toBeGreaterThan(0);
      expect(gate).toEqual(check);
      // Refused for what the fixture is about, not for naming a person the content lacks.
      if (fixture !== 'achievements/unknown-person.mdx')
        expect(gate.filter((line) => /: person: .*không có mục nào/.test(line))).toEqual([]);
    } finally {
      rmSync(join(root, file));
    }
  });

  it('reads fields by names typed from the schemas: a misspelt field does not compile', () => {
    const e = snapshot.entries.find((x) => x.file === 'content/achievements/le-minh-duc-45-qd-skhdt-2023.mdx')!;
    expect(achievement.text(e, 'decisionDate')).toBe('2023-01-10');
    // @ts-expect-error "decisionDat" is not a field of achievements (npm run typecheck fails if it were accepted)
    expect(achievement.text(e, 'decisionDat')).toBeUndefined();
  });

  it('passes an entry that is already there, unchanged', () => {
    const file = 'content/achievements/le-minh-duc-45-qd-skhdt-2023.mdx';
    const source = readFileSync(join(root, file), 'utf8');
    expect(checkEntry({ collection: 'achievements', file, source }, snapshot, { today: TODAY })).toEqual([]);
  });

  it('refuses a change that would break other entries, reporting it on them', () => {
    // Closing a unit before the decisions of its achievements: the unit's file is fine alone.
    const file = 'content/units/phong-kinh-te-nganh.yml';
    const source = `${readFileSync(join(root, file), 'utf8').trimEnd()}\nvalidUntil: 2021-12-31\n`;
    const problems = checkEntry({ collection: 'units', file, source }, snapshot, { today: TODAY });
    expect(problems.length).toBeGreaterThan(1);
    expect(problems.every((p) => p.file.startsWith('content/achievements/') && p.field === 'unit')).toBe(true);
    expect(formatProblem(problems[0]!)).toMatch(
      /^content\/achievements\/[a-z0-9-]+\.mdx: unit: đơn vị «phong-kinh-te-nganh» đã ngừng hoạt động từ sau 2021-12-31, trước ngày quyết định 20\d\d-\d\d-\d\d/,
    );
    // The same content as it is breaks nothing.
    expect(
      checkEntry({ collection: 'units', file, source: readFileSync(join(root, file), 'utf8') }, snapshot, {
        today: TODAY,
      }),
    ).toEqual([]);
  });

  it('reports a duplicate on the entry being saved, naming the one already there', () => {
    const existing = 'content/achievements/le-minh-duc-45-qd-skhdt-2023.mdx';
    const source = readFileSync(join(root, existing), 'utf8');
    // "a-…" sorts before the existing file: npm run check would blame the existing one.
    const lines = checkEntry(
      { collection: 'achievements', file: 'content/achievements/a-le-minh-duc.mdx', source },
      snapshot,
      { today: TODAY },
    ).map(formatProblem);
    expect(lines).toEqual([
      expect.stringContaining(
        `content/achievements/a-le-minh-duc.mdx: recipient: «Lê Minh Đức» đã được ghi nhận trong quyết định 45/QĐ-SKHĐT với cùng hình thức khen thưởng (${existing})`,
      ),
    ]);
  });
});

describe('the gate in the browser', () => {
  /** Every module check-entry.ts imports, transitively, with the bare packages it names. */
  function importGraph(entry: string): { modules: string[]; packages: Set<string> } {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^'"]*?from\s+'([^']+)'/gm)) {
        if (m[1]) continue; // type-only: erased
        const spec = m[2]!;
        if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
        else packages.add(spec);
      }
    };
    visit(entry);
    return { modules: [...seen], packages };
  }

  it('imports no node: module and no Node-only file, directly or not', () => {
    const { modules, packages } = importGraph(join(ROOT, 'src/content-model/check-entry.ts'));
    expect(modules.length).toBeGreaterThan(10);
    expect(
      [...packages].filter((p) => p.startsWith('node:') || ['fs', 'path', 'os', 'url', 'child_process'].includes(p)),
    ).toEqual([]);
    expect(
      modules.map((m) => m.slice(ROOT.length + 1)).filter((m) => /read-content|content\.ts$|image-file/.test(m)),
    ).toEqual([]);
    // Packages with a browser build (Sätteri ships WebAssembly; the rest are plain JS).
    expect([...packages].sort()).toEqual([
      '@sindresorhus/slugify',
      'acorn',
      'astro/zod',
      'github-slugger',
      'satteri',
      'yaml',
    ]);
  });

  it('bundles for the browser as /admin does (esbuild, platform browser): nothing reaches for Node', async () => {
    // /admin gets the browser parser in place of Sätteri (BROWSER_SATTERI, src/integrations/cms.ts),
    // whose browser binding is a WebAssembly package not installed here.
    const result = await bundleAsAdmin('src/content-model/check-entry.ts', 'browser');
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/from ?["']node:|satteri-(wasm32|linux)/);
  }, 60_000);
});
