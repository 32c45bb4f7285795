/**
 * Tests that editors cannot break (issue 13.3): the suite runs on the fixture site
 * (test/fixtures/site), never on the repository's content/, which editors change and whose
 * illustrative entries they delete before going live. Two halves of the proof:
 * - here, no test source names the live content folder (the ways a test could reach it);
 * - `npm run check:without-samples` (run by .ci/run) deletes every `sample: true` entry from a
 *   copy of content/ and validates and builds it.
 * Together: deleting the samples changes nothing the suite reads, and the site still builds.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT, ROOT } from '../support/paths.ts';

/** Ways a test could reach the repository's own content/, with why each is refused. */
const LIVE_CONTENT = [
  { pattern: /join\(\s*(?:ROOT|PROJECT_ROOT)\s*,\s*['"`]content\b/, why: 'a path into the repository content/' },
  { pattern: /\broot:\s*(?:ROOT|PROJECT_ROOT)\b/, why: 'the repository itself as the project to validate or build' },
  { pattern: /astroBuild\(\s*\{(?![^}]*\broot:)/, why: 'astro build of the repository (no project copy)' },
  { pattern: /copyProjectInto\(/, why: 'a project copy with the live content (use test/support/project-copy.ts)' },
  { pattern: /['"`](?:\.\.\/)+content\//, why: 'a relative path into the repository content/' },
] as const;

async function testSources(): Promise<string[]> {
  const dir = join(ROOT, 'test');
  const files = await readdir(dir, { recursive: true });
  return files
    .map((f) => f.split('\\').join('/'))
    .filter((f) => /\.(ts|mjs|js)$/.test(f) && !f.startsWith('fixtures/'))
    .map((f) => join(dir, f));
}

describe('the suite runs on its own content', () => {
  it('no test source reads the repository content/', async () => {
    const found: string[] = [];
    for (const file of await testSources()) {
      // This file names the patterns; project-copy.ts makes the copies and swaps in the fixture content.
      if (file.endsWith('tests-own-content.test.ts') || file.endsWith('support/project-copy.ts')) continue;
      // The whole text, not line by line: a call's options may be spread over several lines.
      const text = await readFile(file, 'utf8');
      for (const { pattern, why } of LIVE_CONTENT) {
        for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) {
          const line = text.slice(0, match.index).split('\n').length;
          found.push(`${relative(ROOT, file)}:${line}: ${why}: ${match[0].trim()}`);
        }
      }
    }
    expect(found, 'read test/fixtures/site (FIXTURE_CONTENT, copyProject, DIST) instead').toEqual([]);
  });

  it('the patterns catch what they are meant to catch', () => {
    const caught = (line: string) => LIVE_CONTENT.some(({ pattern }) => pattern.test(line));
    expect(caught("const dir = join(ROOT, 'content', 'achievements');")).toBe(true);
    expect(caught('await validateContent({ root: ROOT });')).toBe(true);
    expect(caught("await astroBuild({ outDir: out, env: { THIDUA_SAMPLES: '0' }, quiet: true });")).toBe(true);
    expect(caught('await astroBuild({ root: copy.dir, outDir: dist, quiet: true });')).toBe(false);
    expect(caught('await astroBuild({\n  root: copy.dir,\n  outDir: dist,\n});')).toBe(false);
    expect(caught("readFile('../../content/units/van-phong-so.yml')")).toBe(true);
    expect(caught("const dir = join(FIXTURE_CONTENT, 'achievements');")).toBe(false);
  });

  it('the fixture site holds every collection, the plan and illustrative entries', async () => {
    const collections = await readdir(FIXTURE_CONTENT);
    expect(collections.sort()).toEqual(expect.arrayContaining(['achievements', 'campaigns', 'media', 'news', 'units']));
    expect(await readdir(join(FIXTURE_CONTENT, 'campaigns'))).toContain('1579-kh-skhdt.mdx');
  });
});
