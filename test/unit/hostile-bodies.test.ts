/**
 * Hostile corpus, bodies (issue 12.1 and 12.8): every way found to make a body run code or emit
 * markup at build time, each with its exact outcome. Campaign bodies (the only ones MDX may
 * compile) are refused with a message and marked unsafe, so neither the loader nor the MDX
 * guard hands them to the compiler; news and achievement bodies are refused by the check and,
 * should one slip past it, rendered as Markdown with raw HTML shown as text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { bodyContext, checkMdxBody, isEmptyComment } from '../../src/content-model/mdx-body.ts';
import { mdxCompileRefusal } from '../../src/loaders/mdx-guard.ts';
import { bodyRefusal, mdxRefusal } from '../../src/loaders/mdx-or-markdown.ts';
import { inertHtml } from '../../src/markdown/inert-html.ts';
import { checkEntry } from '../../src/content-model/check-entry.ts';
import { readContentSnapshot } from '../../src/content-model/read-content.ts';
import { FIXTURE_CONTENT, ROOT } from '../support/paths.ts';

const FS_CANARY = "globalThis.process.getBuiltinModule('node:fs').writeFileSync('pwned.txt','')";
const campaign = (body: string) => checkMdxBody(body, 1, bodyContext('campaigns', 'content/campaigns/x.mdx'));
const news = (body: string) => checkMdxBody(body, 1, bodyContext('news', 'content/news/x.mdx'));
const messages = (check: { problems: { vi: string; en: string }[] }) =>
  check.problems.map((p) => `${p.vi} / ${p.en}`).join('\n');

/** Campaign bodies that must never reach MDX: [case, body, part of the message]. */
const REFUSED: [string, string, string][] = [
  ['code between two comments (the reported bypass)', `{/* */ ${FS_CANARY} /* */}`, 'code in { } is not allowed'],
  [
    'code between two comments, inline in a sentence',
    `Chữ {/* a */ ${FS_CANARY} /* b */} chữ.`,
    'code in { } is not allowed',
  ],
  ['code after a line comment', `{// ghi chú\n${FS_CANARY}}`, 'code in { } is not allowed'],
  ['an empty comment then a second expression', `{/* */}{${FS_CANARY}}`, 'code in { } is not allowed'],
  [
    'JSX inside the comment wrapper',
    '{/* */ <meta http-equiv="refresh" content="0;url=https://evil.example/" /> /* */}',
    'code in { } is not allowed',
  ],
  ['an unterminated comment', '{/* không đóng }', 'malformed MDX'],
  ['a hashbang-like expression (not JavaScript: the parser refuses it)', '{#!/bin/sh\n}', 'malformed MDX'],
  [
    'an expression nested in an allowed component',
    `<CampaignContents>{${FS_CANARY}}</CampaignContents>`,
    'code in { } is not allowed',
  ],
  ['an expression prop on an allowed component', `<CampaignContents title={${FS_CANARY}} />`, 'takes no attributes'],
  ['a spread prop on an allowed component', '<CampaignContents {...globalThis.process} />', 'takes no {…} spread'],
  ['an event handler prop on an allowed component', '<CampaignContents onClick="alert(1)" />', 'takes no attributes'],
  ['<script>', '<script>alert(1)</script>', 'HTML tag <script> is not allowed'],
  [
    '<meta http-equiv="refresh">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/" />',
    'HTML tag <meta> is not allowed',
  ],
  ['<iframe>', '<iframe src="https://evil.example/" />', 'HTML tag <iframe> is not allowed'],
  ['an element with an event handler', '<img src="x" onError="alert(1)" />', 'HTML tag <img> is not allowed'],
  [
    'a component not on the list',
    '<Fragment set:html="<script>alert(1)</script>" />',
    'component <Fragment> is not on the allowed list',
  ],
  ['a member-expression component', '<CampaignContents.constructor />', 'is not on the allowed list'],
  ['a fragment', '<>chữ</>', 'component <fragment> is not on the allowed list'],
  [
    'the allowed name in lower case (an HTML tag)',
    '<campaigncontents />',
    'HTML tag <campaigncontents> is not allowed',
  ],
  ['import', "import fs from 'node:fs'", 'MDX import is not allowed'],
  ['export running code', `export const x = ${FS_CANARY}`, 'MDX export is not allowed'],
  ['a javascript: link', '[bấm](javascript:alert(1))', 'link "javascript:alert(1)" refused'],
  ['a JaVaScRiPt: link in mixed case', '[bấm](JaVaScRiPt:alert(1))', 'refused'],
  ['a data: link', '[bấm](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', 'refused'],
  ['a javascript: link definition', '[bấm][x]\n\n[x]: javascript:alert(1)', 'refused'],
  ['a vbscript: image', '![ảnh](vbscript:msgbox)', 'refused'],
  ['an HTML comment (malformed MDX)', '<!-- <script>alert(1)</script> -->', 'malformed MDX'],
];

describe('campaign bodies: the MDX AST check', () => {
  it.each(REFUSED)('%s: refused and unsafe', (_name, body, message) => {
    const check = campaign(body);
    expect(check.unsafe).toBe(true);
    expect(messages(check)).toContain(message);
    expect(bodyRefusal('campaigns', 'content/campaigns/x.mdx', body)).toMatch(/^Nội dung có \d+ lỗi/);
  });

  it.each([
    ['an empty comment', '{/* Ghi chú của biên tập viên. */}'],
    ['two comments in one expression', '{/* a */ /* b */}'],
    ['a line comment', '{// ghi chú\n}'],
    ['the allowed component without props', '## II. NỘI DUNG\n\n<CampaignContents />'],
    ['escaped braces and angle brackets', 'Chữ \\{ không phải mã \\} và \\<b> không phải thẻ.'],
  ])('%s: compiled as MDX', (_name, body) => {
    const check = campaign(body);
    expect(check.unsafe).toBe(false);
    expect(check.problems).toEqual([]);
  });

  it('the comment test is the JavaScript grammar, not a pattern', () => {
    expect(isEmptyComment('/* a */ /* b */')).toBe(true);
    expect(isEmptyComment(' \n\t// x\n')).toBe(true);
    expect(isEmptyComment('/* a */ x /* b */')).toBe(false);
    expect(isEmptyComment('/* a *//')).toBe(false);
    expect(isEmptyComment('/* a \u2028 */ \u2029 // b')).toBe(true);
    expect(isEmptyComment('// a \u2028 x')).toBe(false);
    expect(isEmptyComment('<!-- x -->')).toBe(false);
  });
});

describe('news and achievement bodies never reach MDX', () => {
  it.each([
    ['an empty comment (would show as text)', '{/* ghi chú */}', '{ } is not allowed in news and achievement bodies'],
    ['the reported bypass', `{/* */ ${FS_CANARY} /* */}`, '{ } is not allowed in news and achievement bodies'],
    [
      'an allowed campaign component',
      '<CampaignContents />',
      'component <CampaignContents> is only allowed in content/campaigns/',
    ],
    [
      'raw HTML',
      '<meta http-equiv="refresh" content="0;url=https://evil.example/" />',
      'HTML tag <meta> is not allowed',
    ],
  ])('%s: refused by the check', (_name, body, message) => {
    const check = news(body);
    expect(check.unsafe).toBe(true);
    expect(messages(check)).toContain(message);
  });

  it('whatever a body holds, the loader and the MDX guard refuse to compile it', () => {
    expect(bodyRefusal('news', 'content/news/x.mdx', 'Chữ thường.')).toContain('never compiled as MDX');
    expect(mdxRefusal('achievements', 'content/achievements/x.mdx', '---\nrecipient: A\n---\nChữ.\n')).toContain(
      'never compiled as MDX',
    );
    expect(mdxCompileRefusal('/p', '/p/content/news/x.mdx', '---\ntitle: A\n---\nChữ.\n')).toContain(
      'never compiled as MDX',
    );
    expect(mdxCompileRefusal('/p', '/p/content/achievements/x.mdx?astroContentCollectionEntry=true', 'Chữ.')).toContain(
      'never compiled as MDX',
    );
  });

  it('the MDX guard refuses files outside the collections and unsafe campaigns, passes safe ones', () => {
    expect(mdxCompileRefusal('/p', '/p/src/pages/x.mdx', '# x')).toContain('outside the content folders');
    expect(mdxCompileRefusal('/p', '/p/content/campaigns/sub/x.mdx', 'Chữ.')).toContain('outside the content folders');
    expect(
      mdxCompileRefusal('/p', '/p/content/campaigns/x.mdx', `---\ntitle: A\n---\n\n{/* */ ${FS_CANARY} /* */}\n`),
    ).toMatch(/content\/campaigns\/x\.mdx:5: body: .* \/ code in \{ \} is not allowed/);
    expect(
      mdxCompileRefusal(
        '/p',
        '/p/content/campaigns/x.mdx',
        '---\ntitle: A\n---\n\n{/* ghi chú */}\n\n<CampaignContents />\n',
      ),
    ).toBeUndefined();
  });

  it('the guard reads the body as MDX will: text after a closing "---" on its line is body', () => {
    expect(mdxCompileRefusal('/p', '/p/content/campaigns/x.mdx', `---\ntitle: A\n---{${FS_CANARY}}\n`)).toContain(
      'code in { } is not allowed',
    );
    expect(mdxCompileRefusal('/p', '/p/content/campaigns/x.mdx', `+++\ntitle = "A"\n+++\n{${FS_CANARY}}\n`)).toContain(
      'code in { } is not allowed',
    );
  });
});

describe('the Markdown renderer makes raw HTML inert', () => {
  // The plugin is synchronous: the result is not a promise.
  const render = (body: string) => (markdownToHtml(body, { hastPlugins: [inertHtml] }) as MarkdownToHtmlResult).html;
  it.each([
    ['<script>', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [
      '<meta http-equiv="refresh">',
      'Chữ <meta http-equiv="refresh" content="0;url=https://evil.example/"> chữ',
      '&lt;meta http-equiv="refresh" content="0;url=https://evil.example/"&gt;',
    ],
    ['<iframe>', '<iframe src="https://evil.example/"></iframe>', '&lt;iframe src="https://evil.example/"&gt;'],
    ['an event handler', 'Ảnh <img src=x onerror="alert(1)">', '&lt;img src=x onerror="alert(1)"&gt;'],
    ['an HTML comment hiding a script', '<!-- --><script>alert(1)</script>', '&lt;!-- --&gt;&lt;script&gt;'],
    ['the MDX comment wrapper, as text', `{/* */ ${FS_CANARY} /* */}`, '{/* <em>/ globalThis'],
  ])('%s is shown as text', (_name, body, escaped) => {
    const html = render(body);
    expect(html).toContain(escaped);
    expect(html).not.toMatch(/<(script|meta|iframe|img)\b/);
  });

  it.each([
    ['[bấm](javascript:alert(1))', '<a href="#">bấm</a>'],
    ['[bấm](  JAVASCRIPT:alert(1))', '<a href="#">bấm</a>'],
    ['![ảnh](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', 'src="#"'],
    ['[trang](https://example.org/)', '<a href="https://example.org/">trang</a>'],
  ])('%s: a URL that runs code is dropped', (body, expected) => {
    expect(render(body)).toContain(expected);
  });
});

describe('the CMS door: a body saved through the CMS form or its local backend', () => {
  // The form and the backend both run `checkEntry` on the file they would write (src/cms,
  // src/local-backend): the same body rules, so a hostile body is refused before it is saved.
  it.each([
    ['news', `{/* */ ${FS_CANARY} /* */}`, '{ } is not allowed in news and achievement bodies'],
    ['news', '<meta http-equiv="refresh" content="0;url=https://canary.invalid/" />', 'HTML tag <meta> is not allowed'],
    [
      'achievements',
      `{/* */ <meta http-equiv="refresh" content="0" /> /* */}`,
      '{ } is not allowed in news and achievement bodies',
    ],
    ['campaigns', `{/* */ ${FS_CANARY} /* */}`, 'code in { } is not allowed'],
    ['campaigns', `<CampaignContents {...globalThis} />`, 'takes no {…} spread'],
  ] as const)('%s: %s is refused with its message', async (collection, body, message) => {
    const snapshot = await readContentSnapshot(ROOT, { contentDir: FIXTURE_CONTENT });
    const folder = join(FIXTURE_CONTENT, collection);
    const name = readdirSync(folder)
      .filter((f) => f.endsWith('.mdx'))
      .sort()[0]!;
    const source = `${readFileSync(join(folder, name), 'utf8')}\n${body}\n`;
    const problems = checkEntry({ collection, file: `content/${collection}/${name}`, source }, snapshot);
    expect(
      problems
        .filter((p) => p.field === 'body')
        .map((p) => p.en)
        .join('\n'),
    ).toContain(message);
  });
});
