/**
 * Content is data, never code (issue 12.1): a real `astro build` of a project copy whose news,
 * achievement and campaign bodies hold every way found to run code or plant markup. The copy's
 * content validator is taken out of its config, so what is proven is the loader, the MDX
 * guard and the Markdown renderer on their own: no canary file is written, no
 * `<meta http-equiv="refresh">` (canary redirect) or `<script>` reaches a page, and the
 * hostile campaign stops the build with its file, field and message.
 */
import { existsSync } from 'node:fs';
import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../../src/build/run-build.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

const REDIRECT = 'https://canary.invalid/redirected';

/** Every payload at once: code in comment wrappers, JSX and raw HTML, ESM (well-formed MDX). */
const hostileBody = (canary: string) => {
  const write = `globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(canary)}, 'pwned')`;
  return `

Đoạn văn bình thường.

{/* */ ${write} /* */}

Trong câu {/* a */ ${write} /* b */} vẫn là chữ.

{/* */ <meta http-equiv="refresh" content="0;url=${REDIRECT}" /> /* */}

<meta http-equiv="refresh" content="0;url=${REDIRECT}" />

<script>${write}</script>

<iframe src="${REDIRECT}"></iframe>

Ảnh <img src="x" onerror="location='${REDIRECT}'" /> và [liên kết](javascript:location='${REDIRECT}').

export const pwned = ${write}
`;
};

async function firstEntry(dir: string): Promise<string> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  return join(dir, files[0]!);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

describe('no body can run code or emit markup at build time', () => {
  let copy: ProjectCopy;
  let canary: string;
  let campaignFile: string;
  let campaignSource: string;
  const entries: { file: string; id: string; route: string }[] = [];

  beforeAll(async () => {
    copy = await copyProject('hostile-bodies');
    canary = join(copy.dir, 'pwned.txt');
    const config = join(copy.dir, 'astro.config.mjs');
    const source = await readFile(config, 'utf8');
    const withoutValidator = source.replace(/^\s*validateContentIntegration\(\),\n/m, '');
    expect(withoutValidator).not.toBe(source);
    await writeFile(config, withoutValidator);
    for (const [collection, route] of [
      ['news', 'tin-tuc'],
      ['achievements', 'thanh-tich'],
    ] as const) {
      const file = await firstEntry(join(copy.dir, 'content', collection));
      await appendFile(file, hostileBody(canary));
      const id = file.slice(file.lastIndexOf('/') + 1, -'.mdx'.length);
      entries.push({ file, id, route: `${route}/${id}` });
    }
    campaignFile = await firstEntry(join(copy.dir, 'content/campaigns'));
    campaignSource = await readFile(campaignFile, 'utf8');
  });
  afterAll(async () => {
    await copy?.remove();
  });

  it('a hostile campaign body stops the build before MDX compiles it, naming file, field and message', async () => {
    await writeFile(campaignFile, campaignSource + hostileBody(canary));
    const result = await astroBuild({ root: copy.dir, outDir: join(copy.dir, 'dist'), quiet: true });
    expect(result.code).not.toBe(0);
    const file = campaignFile.slice(copy.dir.length + 1);
    expect(result.output).toMatch(
      new RegExp(`${file.replaceAll('.', '\\.')}:\\d+: body: .* / code in \\{ \\} is not allowed`),
    );
    expect(result.output).toContain('HTML tag <meta> is not allowed');
    expect(result.output).toContain('MDX export is not allowed');
    expect(existsSync(canary)).toBe(false);
  });

  it('news and achievement bodies are rendered as text: the build passes, no canary file, no redirect, no script', async () => {
    await writeFile(campaignFile, campaignSource);
    const result = await astroBuild({ root: copy.dir, outDir: join(copy.dir, 'dist'), quiet: true });
    expect(result.code, result.output.slice(-3000)).toBe(0);
    expect(existsSync(canary)).toBe(false);

    const dist = join(copy.dir, 'dist');
    for (const path of await htmlFiles(dist)) {
      const $ = cheerio.load(await readFile(path, 'utf8'));
      expect($('meta[http-equiv="refresh" i], iframe, [onerror]').length, path).toBe(0);
      for (const el of $('script').toArray()) expect($(el).attr('src') ?? $(el).attr('type'), path).toBeTruthy();
      expect($('a[href^="javascript:" i]').length, path).toBe(0);
    }
    for (const entry of entries) {
      const $ = cheerio.load(await readFile(join(dist, entry.route, 'index.html'), 'utf8'));
      const text = $('main').text();
      // The markup is on the page as the text the editor wrote.
      expect(text).toContain(`<meta http-equiv="refresh" content="0;url=${REDIRECT}" />`);
      expect(text).toContain('<script>globalThis.process.getBuiltinModule');
      expect(text).toContain('export const pwned');
    }
  });
});
