/**
 * Sätteri's `mdxToMdast` for the browser, from MDX's own pure-JavaScript parser (micromark with
 * the MDX and GFM extensions, mdast-util-from-markdown). The body check (mdx-body.ts) imports
 * `satteri`; Sätteri's browser build needs a WebAssembly package npm will not install on this
 * platform, so the /admin bundle gets this module in its place (src/integrations/cms.ts), and
 * the form checks a body with the same rules as `npm run check`, on the same tree.
 *
 * Only the subset the body check uses: MDX with GFM (Sätteri's default: tables, strikethrough,
 * task lists, footnotes, autolink literals), no front matter (the gate has split it off), and
 * Sätteri's error shape, "line:column: message (rule)", at the line Sätteri names, so the form
 * prints the sentence `npm run check` prints. test/unit/mdx-parser-equivalence.test.ts runs
 * every fixture body through both parsers.
 */
import { Parser, type Options as AcornOptions } from 'acorn';
import acornJsx from 'acorn-jsx';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { MdastNode, TreeOptions } from 'satteri';

export type { MdastNode };

/** What the body check asks for: front matter already split off, everything else by default. */
type GateOptions = TreeOptions & { features: { frontmatter: false } };

const JsxParser = Parser.extend(acornJsx());

/** The body being parsed (the parser is synchronous: one at a time). */
let parsing = '';

/**
 * The JavaScript parser MDX is given. Expressions and attribute values are parsed for real (the
 * body check needs to know a comment from code, and malformed code is malformed MDX for both
 * parsers); `#!` is not a comment there, as for Sätteri. An `import `/`export ` block is taken
 * whatever JavaScript it holds, as Sätteri takes it: the body check refuses every such block by
 * its first line, so its code never matters, and a syntax error in it must not turn that refusal
 * into another one. Code cut short still runs on past a blank line, as in both parsers, unless
 * the body ends there.
 */
const acorn = {
  parseExpressionAt: (input: string, pos: number, options: AcornOptions) =>
    JsxParser.parseExpressionAt(input, pos, { ...options, allowHashBang: false }),
  parse: (input: string, options: AcornOptions) => {
    try {
      JsxParser.parse(input, options);
    } catch (error) {
      const cutShort = ((error as { raisedAt?: number }).raisedAt ?? 0) >= input.length;
      if (cutShort && !parsing.trimEnd().endsWith(input.trimEnd())) throw error;
    }
    return { type: 'Program', sourceType: 'module', start: 0, end: input.length, body: [] };
  },
};

const extensions = [
  mdxjs({
    acorn: acorn as unknown as NonNullable<Parameters<typeof mdxjs>[0]>['acorn'],
    acornOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    addResult: false,
  }),
  gfm(),
];
const mdastExtensions = [mdxFromMarkdown(), gfmFromMarkdown()];

export function mdxToMdast(source: string, options: GateOptions): MdastNode {
  const { gfm: withGfm = true, ...rest } = options.features;
  if (withGfm !== true || Object.keys(rest).some((k) => k !== 'frontmatter'))
    throw new Error(`mdxToMdast (browser): unsupported features ${JSON.stringify(options.features)}`);
  let text = source;
  for (let attempt = 0; ; attempt++) {
    try {
      parsing = text;
      return fromMarkdown(text, { extensions, mdastExtensions }) satisfies Root as MdastNode;
    } catch (error) {
      const e = error as ParseMessage;
      if (typeof e.reason !== 'string') throw error;
      const lenient = attempt < 100 ? asSatteriTakesIt(text, e) : undefined;
      if (lenient !== undefined) {
        text = lenient;
        continue;
      }
      const { line, column } = satteriPlace(text, e);
      // Positions inside the reason ("<b> (1:5-1:8)") count from the body, as Sätteri's do: dropped.
      const reason = e.reason.replace(/ \(\d+:\d+-\d+:\d+\)/g, '');
      throw new Error(`${line}:${column}: ${reason} (${e.source}:${e.ruleId})`, { cause: error });
    }
  }
}

/**
 * Two things Sätteri takes and micromark refuses, made acceptable to micromark without moving a
 * line, so the body check gives the same answer: an empty attribute value `c={}` (the attribute
 * is refused all the same) gets a `0` inside; a tag continued on a lazy line of a quote or a
 * list item gets that container's prefix (`> `, or the item's indent).
 */
function asSatteriTakesIt(text: string, e: ParseMessage): string | undefined {
  const here = offsetOf(text, e);
  if (here === undefined) return undefined;
  if (e.ruleId === 'unexpected-empty-expression') return `${text.slice(0, here)}0${text.slice(here)}`;
  if (e.ruleId === 'unexpected-lazy' && e.source === 'micromark-extension-mdx-jsx') {
    const lineStart = text.lastIndexOf('\n', here - 1) + 1;
    if (lineStart === 0) return undefined;
    const previous = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
    const prefix = /^(?:[ \t]*(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+))*/.exec(previous)![0];
    const container = prefix.replace(/[-*+]|\d{1,9}[.)]/g, (m) => ' '.repeat(m.length));
    return container ? `${text.slice(0, lineStart)}${container}${text.slice(lineStart)}` : undefined;
  }
  return undefined;
}

/** micromark's errors are VFileMessages: the place is on the error, not in its text. */
interface ParseMessage extends Error {
  reason?: string;
  line?: number | null;
  column?: number | null;
  place?: { offset?: number; line?: number; column?: number } | { start: { offset?: number } } | null;
  source?: string;
  ruleId?: string;
}

/**
 * Where Sätteri puts the same error. Both parsers stop at the same character; Sätteri names the
 * construct it was in, micromark the character: a broken tag at its `<`, an unclosed or lazily
 * continued `{` at that `{`, a missing closing tag at the opening tag, code after an expression
 * at that code (micromark: where the expression ended).
 */
function satteriPlace(source: string, e: ParseMessage): { line: number; column: number } {
  const at = (offset: number) => {
    const before = source.slice(0, offset).split('\n');
    return { line: before.length, column: before.at(-1)!.length + 1 };
  };
  const here = offsetOf(source, e);
  const rule = `${e.source}:${e.ruleId}`;
  const opening = /^Expected a closing tag for `<[^>]*>` \((\d+):(\d+)-/.exec(e.reason ?? '');
  if (opening) return { line: Number(opening[1]), column: Number(opening[2]) };
  if (here === undefined) return { line: e.line ?? 1, column: e.column ?? 1 };
  if (rule.startsWith('micromark-extension-mdx-jsx:') || rule === 'mdast-util-mdx-jsx:unexpected-closing-slash')
    return at(tagStart(source, here) ?? here);
  if (rule === 'micromark-extension-mdx-expression:unexpected-eof' || rule.endsWith('mdx-expression:unexpected-lazy'))
    return at(openBrace(source, here) ?? here);
  if ((e.cause as Error | undefined)?.message === 'Unexpected content after expression')
    return at(here + /^\s*/.exec(source.slice(here))![0].length);
  return at(here);
}

function offsetOf(source: string, e: ParseMessage): number | undefined {
  const place = e.place && 'start' in e.place ? e.place.start : e.place;
  if (typeof place?.offset === 'number') return place.offset;
  if (!e.line || !e.column) return undefined;
  const lines = source.split('\n');
  return lines.slice(0, e.line - 1).reduce((n, l) => n + l.length + 1, 0) + e.column - 1;
}

/** The `<` of the tag the character at `offset` belongs to: the nearest one not closed before it. */
function tagStart(source: string, offset: number): number | undefined {
  for (let i = source.lastIndexOf('<', offset); i >= 0; i = source.lastIndexOf('<', i - 1)) {
    let quote = '';
    let depth = 0;
    let closed = false;
    for (const ch of source.slice(i + 1, offset)) {
      if (quote) quote = ch === quote ? '' : quote;
      else if (ch === '"' || ch === "'") quote = depth ? '' : ch;
      else if (ch === '{') depth++;
      else if (ch === '}') depth--;
      else if (ch === '>' && depth === 0) closed = true;
      if (closed || depth < 0) break;
    }
    // An open quote is allowed: the error may be the end of the text inside an attribute value.
    if (!closed && depth >= 0) return i;
  }
  return undefined;
}

/** The `{` left open before `offset`. */
function openBrace(source: string, offset: number): number | undefined {
  let depth = 0;
  for (let i = Math.min(offset, source.length) - 1; i >= 0; i--) {
    if (source[i] === '}') depth++;
    else if (source[i] === '{' && depth-- === 0) return i;
  }
  return undefined;
}
