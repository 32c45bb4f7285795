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
import {
  FS_CANARY,
  REFUSED_CAMPAIGN_BODIES,
  REFUSED_NEWS_BODIES,
  SAFE_CAMPAIGN_BODIES,
} from '../fixtures/hostile-bodies.ts';

const campaign = (body: string) => checkMdxBody(body, 1, bodyContext('campaigns', 'content/campaigns/x.mdx'));
const news = (body: string) => checkMdxBody(body, 1, bodyContext('news', 'content/news/x.mdx'));
const messages = (check: { problems: { vi: string; en: string }[] }) =>
  check.problems.map((p) => `${p.vi} / ${p.en}`).join('\n');

describe('campaign bodies: the MDX AST check', () => {
  it.each(REFUSED_CAMPAIGN_BODIES)('%s: refused and unsafe', (_name, body, message) => {
    const check = campaign(body);
    expect(check.unsafe).toBe(true);
    expect(messages(check)).toContain(message);
    expect(bodyRefusal('campaigns', 'content/campaigns/x.mdx', body)).toMatch(/^Nội dung có \d+ lỗi/);
  });

  it.each(SAFE_CAMPAIGN_BODIES)('%s: compiled as MDX', (_name, body) => {
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
  it.each(REFUSED_NEWS_BODIES)('%s: refused by the check', (_name, body, message) => {
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
