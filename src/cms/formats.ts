/**
 * How the CMS reads and writes entry files: YAML front matter (or a YAML file) written with no
 * line folding, keys in field order. Decap's own YAML writer folds long strings at 80
 * columns, so saving one field rewrote every long line of the file — noisy Git diffs and pull
 * requests in the editorial workflow. With these, an edit changes only the lines edited.
 * Registered in the browser with `CMS.registerCustomFormat`; plain functions, unit-tested.
 */
import { parse, stringify } from 'yaml';
import { splitEntryFile } from '../content-model/entry-file.ts';

export const FRONTMATTER_FORMAT = 'thidua-frontmatter';
export const YAML_FORMAT = 'thidua-yaml';

function yamlObject(text: string, what: string): Record<string, unknown> {
  const value = parse(text) as unknown;
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${what} không phải là một bảng khóa – giá trị YAML.`);
  return value as Record<string, unknown>;
}

/** Keys in the order of the form's fields, then any others as they came. */
function ordered(data: Record<string, unknown>, sortedKeys: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of sortedKeys) if (key in data && data[key] !== undefined) out[key] = data[key];
  for (const [key, value] of Object.entries(data)) if (!(key in out) && value !== undefined) out[key] = value;
  return out;
}

function toYaml(data: Record<string, unknown>, sortedKeys?: readonly string[]): string {
  return stringify(ordered(data, sortedKeys), { lineWidth: 0, minContentWidth: 0 });
}

export function parseYamlFile(text: string): Record<string, unknown> {
  return yamlObject(text, 'Tệp');
}

export function stringifyYamlFile(data: Record<string, unknown>, sortedKeys?: readonly string[]): string {
  return toYaml(data, sortedKeys);
}

/** `{ ...frontMatter, body }`; the blank line after the closing `---` is not part of the body. */
export function parseFrontmatter(text: string): Record<string, unknown> {
  // Split where the build and the validator split it (the content model's one reader).
  const split = splitEntryFile(text);
  if (!split.ok) return text.trim() ? { body: text } : {};
  const body = split.body.text.replace(/^(?:\r?\n)+/, '');
  return { ...yamlObject(split.frontMatter.text, 'Phần đầu (front matter)'), ...(body.trim() ? { body } : {}) };
}

export function stringifyFrontmatter(data: Record<string, unknown>, sortedKeys?: readonly string[]): string {
  const { body, ...meta } = data;
  const text = typeof body === 'string' ? body.replace(/^(?:\r?\n)+/, '').replace(/\s+$/, '') : '';
  return `---\n${toYaml(meta, sortedKeys)}---\n${text ? `\n${text}\n` : ''}`;
}
