/**
 * The CMS form checks an entry body with the same rules as `npm run check` (mdx-body.ts), but
 * not with the same parser: /admin gets MDX's pure-JavaScript parser (mdx-to-mdast-browser.ts)
 * in place of Sätteri, whose browser build is not installed. Here the body check is bundled for
 * the browser exactly as /admin gets it (the same alias), and every body of the fixture corpora,
 * the hostile corpus and targeted edge cases goes through both: the problems (file, line,
 * field, Vietnamese sentence), `unsafe`, the images and the links must be identical. Only the
 * English detail of a malformed-MDX error comes from each parser's own wording, so there the
 * sentence and the line are compared, not the detail.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as nodeBody from '../../src/content-model/mdx-body.ts';
import type { BodyCheck } from '../../src/content-model/mdx-body.ts';
import { splitEntryFile } from '../../src/content-model/entry-file.ts';
import { REFUSED_CAMPAIGN_BODIES, REFUSED_NEWS_BODIES, SAFE_CAMPAIGN_BODIES } from '../fixtures/hostile-bodies.ts';
import { bundleAsAdmin } from '../support/admin-bundle.ts';
import { FIXTURE_CONTENT, ROOT } from '../support/paths.ts';

const BODY_COLLECTIONS = ['achievements', 'news', 'campaigns'] as const;
type BodyCollection = (typeof BODY_COLLECTIONS)[number];

interface BodyCase {
  name: string;
  collection: BodyCollection;
  body: string;
  firstLine: number;
}

/** Every entry body under a content-like folder (`<collection>/<file>.mdx`). */
function corpusBodies(dir: string): BodyCase[] {
  const out: BodyCase[] = [];
  for (const collection of BODY_COLLECTIONS) {
    const folder = join(dir, collection);
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!/\.mdx?$/.test(name)) continue;
      const split = splitEntryFile(readFileSync(join(folder, name), 'utf8'));
      if (split.ok)
        out.push({
          name: relative(ROOT, join(folder, name)),
          collection,
          body: split.body.text,
          firstLine: split.body.firstLine,
        });
    }
  }
  return out;
}

/** Bodies aimed at where two parsers may part ways. */
const EDGE_CASES: [string, string][] = [
  ['an unclosed tag', 'Chữ <b>đậm chưa đóng.'],
  ['an unclosed tag on a later line', 'Dòng một.\n\nDòng hai <CampaignContents>\n\nDòng bốn.'],
  ['a closing tag that does not match', '<b>chữ</i>'],
  ['a stray closing tag', 'Chữ </b> lẻ.'],
  ['a tag spanning lines, broken on its second line', 'Chữ\n\n<b\n  class=1>x</b>'],
  ['< before a letter in a sentence', 'Giá trị a <b và c.'],
  ['< before a digit', 'Tỷ lệ <5% số hộ.'],
  ['< followed by a space', 'Tỷ lệ a < b.'],
  ['<= in a sentence', 'Khi x <= 3.'],
  ['an autolink in angle brackets', 'Xem <https://example.org/> nhé.'],
  ['an email autolink in angle brackets', 'Gửi <vanphong@example.org>.'],
  ['bare autolink literals', 'Xem www.example.org, https://example.org/a?b=1 và vanphong@example.org.'],
  ['an autolink literal to javascript:', 'Bấm javascript:alert(1) nhé.'],
  ['an HTML comment', 'Chữ.\n\n<!-- ghi chú -->\n\nChữ.'],
  ['an HTML comment inline', 'Chữ <!-- ghi chú --> chữ.'],
  ['a { in news', 'Tin có dấu { ở giữa câu.'],
  ['a closed {code} in news', 'Tin có {1 + 1} ở giữa câu.'],
  ['an unclosed {', 'Dòng một.\n\nDòng hai có { mà không đóng.\n\nDòng ba.'],
  ['an expression that is not JavaScript', 'Chữ {a b c} chữ.'],
  ['an unclosed expression across paragraphs', 'Chữ {\n\nđoạn sau\n\nđoạn nữa'],
  ['a closing brace alone', 'Chữ } lẻ.'],
  [
    'nested components',
    '<CampaignContents>\n  <CampaignContents>\n    chữ\n  </CampaignContents>\n</CampaignContents>',
  ],
  ['a tag nested in an allowed component', '<CampaignContents>\n\n<script>alert(1)</script>\n\n</CampaignContents>'],
  ['a component inline in a sentence', 'Xem <CampaignContents /> ở đây.'],
  ['a self-closing HTML tag', 'Dòng<br/>mới.'],
  ['a table', '| Đơn vị | Số |\n| --- | ---: |\n| Văn phòng | 3 |\n| Phòng A | [xem](/thanh-tich/) |'],
  ['a table holding a tag', '| a | b |\n| --- | --- |\n| <b>x</b> | 2 |'],
  ['a table with a javascript: link', '| a |\n| --- |\n| [x](javascript:alert(1)) |'],
  ['strikethrough', '~~bỏ~~ và ~một~'],
  ['a task list', '- [ ] việc một\n- [x] việc hai'],
  ['a footnote', 'Chữ[^1].\n\n[^1]: Ghi chú.'],
  ['a footnote definition holding a tag', 'Chữ[^1].\n\n[^1]: <script>x</script>'],
  ['javascript: in a reference definition', '[bấm][a]\n\n[a]: javascript:alert(1)'],
  ['javascript: in an unused definition', 'Chữ.\n\n[a]: javascript:alert(1) "tiêu đề"'],
  ['a definition with spaces in its scheme', '[a]: <java\tscript:alert(1)>\n\n[a]'],
  ['a data: image by reference', '![ảnh][a]\n\n[a]: data:image/png;base64,AAAA'],
  ['an image reference without alt', '![][a]\n\n[a]: ../media/a.jpg'],
  ['an image without alt', '![](../media/a.jpg)'],
  ['an image hosted elsewhere', '![Ảnh](https://example.org/a.jpg)'],
  ['a local image and link', '![Ảnh hội nghị](../media/hoi-nghi.jpg)\n\nXem [trang](/tin-tuc/a/) và [khác](//x.org).'],
  ['a link with a title', '[Trang](/thanh-tich/ "Tiêu đề")'],
  ['a level-1 heading', '# Tiêu đề\n\nChữ.'],
  ['a setext level-1 heading', 'Tiêu đề\n===\n\nChữ.'],
  ['headings at every level', '## Hai\n\n### Ba\n\n#### Bốn'],
  ['code fences and inline code hold tags as text', '```html\n<script>alert(1)</script>\n```\n\nvà `<b>{x}</b>`'],
  ['an indented line (not code in MDX)', 'Chữ.\n\n    <script>alert(1)</script>'],
  ['a blockquote holding a tag', '> Trích <b>dẫn</b>'],
  ['a GFM alert', '> [!NOTE]\n> Lưu ý.'],
  ['import after text', 'Chữ.\n\nimport x from "y"'],
  ['export of a function', 'export function f() {\n  return 1\n}'],
  ['import that is not JavaScript', 'import from from from'],
  ['a word "import" inside a sentence', 'Chúng ta import hàng hóa.'],
  ['a component with a quoted attribute', '<CampaignContents nam="2025" />'],
  ['a component with a bare attribute', '<CampaignContents hien />'],
  ['a component with an expression attribute', '<CampaignContents nam={2025} />'],
  ['a namespaced tag', '<svg:rect />'],
  ['a member component', '<A.B />'],
  ['a fragment with content', '<>\n\nchữ\n\n</>'],
  ['lazy lines in nested containers', '> - a <b\nc="1">x</b>\n\n1. <b\nc="1">\n\n- a\n  b <c\nd="1">'],
  ['an entity and escapes', 'A &amp; B, &lt;b&gt;, \\<b\\>, \\{x\\}'],
  ['a hard break and emphasis', '**đậm** _nghiêng_  \ndòng mới\\\nnữa'],
  ['an empty body', ''],
  ['only blank lines', '\n\n\n'],
  ['CRLF line ends', 'Dòng một.\r\n\r\n<b>đậm</b>\r\n'],
  ['a thematic break and lists', '---\n\n1. một\n2. hai\n\n* a\n* b'],
  ['Vietnamese text with NFD marks', 'Nghi\u0323 quyê\u0301t sô\u0301 12.'],
  ['an unclosed attribute quote', 'Chữ.\n\n<CampaignContents nam="2025 />'],
  ['an attribute without quotes', '<b\n  c="1"\n  d=2>x</b>'],
  ['a < inside a quoted attribute, then an error', 'x <b c="<" d=1>'],
  ['a tag cut by a blank line', 'x <a\n\nb>'],
  ['a closing tag split over lines', 'a\n<b></\nc>'],
  ['a closing tag with nothing open, over two lines', 'Chữ\n\n</b\n>'],
  ['an unclosed tag at the end of the body', 'a\n<b>\nc\nd'],
  ['an unclosed block tag', '<b>\n\nx'],
  ['an unclosed expression in a list item', '- {a +\nb}'],
  ['an unclosed expression in a quote', '> {a\nb}'],
  ['an expression broken on its second line', 'x\n\n{a\nb c d}'],
  ['an expression broken on a later line', 'a {\nb c\n}'],
  ['a hashbang on the second line of an expression', '{\n\n#!x\n}'],
  ['a spread of two objects', '<CampaignContents {...a, ...b} />'],
  ['an object spread literal', '<CampaignContents {...{a: 1}} />'],
  ['empty expressions', '{}\n\nx {} y\n\n{ }'],
  ['an expression holding JSX', '<CampaignContents\n  c={<d>{e}</d>} />'],
  ['a closing brace after an expression', 'x {a}} y'],
  ['ESM then a statement that is not ESM', 'import a from "b"\nlet x = 1\n\nChữ <b>x</b>.'],
  ['ESM over two lines then text', 'import a from "b"\nexport const c = 1\n\nx'],
  ['ESM that does not parse, then a tag', 'export const\nx = \n\n<b>x</b>'],
  ['import( as text', 'import("x")'],
  ['export default', 'export default function () {}'],
  ['import indented, in a quote, in a list', '  import x from "y"\n\n> import x from "y"\n\n- export const a = 1'],
  ['import after a paragraph line', 'x\nimport a from "b"'],
  ['a heading with braces', '# A {#id}'],
  [
    'math, superscript, directives, wikilinks (not enabled)',
    '$x$ and $$y$$, x^2^ ~y~\n\n:::note\nx\n:::\n\n[[wiki]]\n\nTerm\n: def',
  ],
  ['a tag continued on a lazy line of a quote', '> <b\nc="1">x</b>'],
  ['an allowed component continued on a lazy line of a quote', '> <CampaignContents\n/>'],
  ['an empty expression as an attribute value of a component', '<CampaignContents b={} />'],
  ['an empty expression as an attribute value of a tag', '<b c={} />'],
  ['a tag continued on a lazy line of a list item', '- <b\nc="1">'],
  ['a tag over two lines after a paragraph', 'a\n\n<b\nc="1">x</b>'],
  ['a tag continued inside a quote', '> x <b\n> c="1">x</b>'],
  ['two expressions on two lines', '{a}\n{b}'],
  ['a comment in a quote inside a component', '<CampaignContents>\n> {/* c */}\n</CampaignContents>'],
  ['tabs around a tag', 'x\t<b>\ty'],
  ['a tab-indented broken tag', '\t<b c=1>'],
  ['an emoji before a broken tag', 'Chữ 😀 <b c=1>'],
  ['an emoji before a broken expression', 'Chữ 😀\n\n{a b}'],
  ['an expression in a table cell', '| a |\n| - |\n| {x} |'],
  ['a broken tag in a table cell', '| a |\n| - |\n| <b c=1> |'],
  ['a link destination in angle brackets', '[x](</a b>)'],
  ['a list inside a tag', '<b>\n\n* x\n\n</b>'],
  ['an autolink alone', '<https://a.b>'],
  ['a tag right after an autolink literal', 'www.example.com/<b>'],
  ['a broken tag in a footnote definition', '[^1]: <b c=1>'],
  ['a tag in an unclosed code fence', '```\n<b c=1>\n'],
  ['an empty HTML comment', '<!---->'],
  ['character references, valid and not', '&#0; &#x110000; &nbsp;'],
  ['a long body with a late error', `${'Đoạn văn bình thường.\n\n'.repeat(200)}Chữ <b>chưa đóng.`],
];

let browserBody: typeof nodeBody;
let dir: string;

beforeAll(async () => {
  // The body check as /admin bundles it: `satteri` resolved to the browser adapter. Bundled
  // for Node only because Node has no DOM: a browser build decodes `&name;` entities through
  // the DOM, Node through the same table of names (decode-named-character-reference).
  const result = await bundleAsAdmin('src/content-model/mdx-body.ts', 'node');
  expect(result.errors).toEqual([]);
  const text = result.outputFiles[0]!.text;
  // Nothing of Sätteri (its native or WebAssembly binding) in the browser's body check.
  expect(text).not.toMatch(/satteri-(wasm32|linux)|#binding/);
  dir = mkdtempSync(join(tmpdir(), 'thidua-mdx-browser-'));
  writeFileSync(join(dir, 'mdx-body.mjs'), text);
  browserBody = (await import(pathToFileURL(join(dir, 'mdx-body.mjs')).href)) as typeof nodeBody;
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const MALFORMED = /^malformed MDX at line \d+: /;

/** What a check says, with the parser's own English wording of a malformed-MDX error left out. */
function comparable(check: BodyCheck) {
  return {
    unsafe: check.unsafe,
    images: check.images,
    links: check.links,
    problems: check.problems.map((p) => ({ ...p, en: MALFORMED.test(p.en) ? 'malformed MDX' : p.en })),
  };
}

function bothParsers({ name, collection, body, firstLine }: BodyCase) {
  const file = `content/${collection}/${name.split('/').pop()}`;
  const build = nodeBody.checkMdxBody(body, firstLine, nodeBody.bodyContext(collection, file));
  const form = browserBody.checkMdxBody(body, firstLine, browserBody.bodyContext(collection, file));
  return { build, form };
}

const corpus: BodyCase[] = [
  ...corpusBodies(join(ROOT, 'test/fixtures/invalid')),
  ...corpusBodies(join(ROOT, 'test/fixtures/hostile')),
  ...corpusBodies(join(ROOT, 'test/fixtures/valid')),
  ...corpusBodies(FIXTURE_CONTENT),
];
/** Every body also as a campaign's (MDX allowed) and a news item's (MDX refused): both paths. */
const inlineBodies: [string, string][] = [
  ...REFUSED_CAMPAIGN_BODIES.map(([name, body]): [string, string] => [`hostile: ${name}`, body]),
  ...SAFE_CAMPAIGN_BODIES.map(([name, body]): [string, string] => [`safe: ${name}`, body]),
  ...REFUSED_NEWS_BODIES.map(([name, body]): [string, string] => [`hostile news: ${name}`, body]),
  ...EDGE_CASES,
];
const cases: BodyCase[] = [
  ...corpus,
  ...corpus
    .filter((c) => c.collection !== 'campaigns')
    .map((c) => ({ ...c, name: `${c.name} (as a campaign)`, collection: 'campaigns' as const })),
  ...inlineBodies.flatMap(([name, body]) =>
    (['campaigns', 'news'] as const).map((collection) => ({
      name: `${name} (${collection})`,
      collection,
      body,
      firstLine: 5,
    })),
  ),
];

describe('the form parses a body as the build does (MDX.js in /admin, Sätteri in Node)', () => {
  it('the corpus is the one described: fixture files of every kind, hostile and edge cases', () => {
    expect(corpus.length).toBeGreaterThan(100);
    const all = cases.map((c) => bothParsers(c).build);
    // Each kind of outcome occurs, so agreement is not agreement on nothing.
    expect(all.some((c) => c.problems.some((p) => MALFORMED.test(p.en)))).toBe(true);
    expect(all.some((c) => c.unsafe && !c.problems.some((p) => MALFORMED.test(p.en)))).toBe(true);
    expect(all.some((c) => !c.unsafe && c.problems.length > 0)).toBe(true);
    expect(all.some((c) => c.images.length > 0)).toBe(true);
    expect(all.some((c) => c.links.length > 0)).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const { build, form } = bothParsers(c);
    expect(comparable(form)).toEqual(comparable(build));
  });

  it('a malformed body is reported on the same line, with each parser naming the cause', () => {
    const body = 'Dòng một.\n\nDòng hai <b>chưa đóng.\n';
    const { build, form } = bothParsers({ name: 'x.mdx', collection: 'news', body, firstLine: 7 });
    expect(form.problems.map((p) => [p.line, p.vi])).toEqual(build.problems.map((p) => [p.line, p.vi]));
    expect(form.problems[0]!.line).toBe(9);
    expect(form.problems[0]!.en).toMatch(/^malformed MDX at line 9: .*`<b>`/);
  });
});
