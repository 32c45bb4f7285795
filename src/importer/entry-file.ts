/**
 * The `.mdx` file of one achievement, as the CMS and hand edits write them: YAML front matter
 * in the schema's field order, then the body. Everything NFC.
 */
import YAML from 'yaml';
import { slugify } from '../lib/slug.ts';
import { achievements } from '../schema/achievements.ts';

/**
 * Id (file name) of an achievement: recipient and decision, "nguyen-van-an-45-qd-skhdt-2023",
 * as the existing files are named, so a re-run finds what it wrote.
 */
export function achievementId(recipient: string, decisionNumber: string, decisionDate: string): string {
  // The number as written (zeros kept), like the CMS's slug template and the existing files.
  return `${slugify(recipient)}-${slugify(decisionNumber)}-${decisionDate.slice(0, 4)}`;
}

/**
 * Text of a spreadsheet cell made safe as MDX: braces and angle brackets would be read as
 * expressions and JSX, so they are escaped and shown as typed.
 */
export function escapeMdx(text: string): string {
  return text.replace(/[\\{}<>]/g, (c) => `\\${c}`);
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Front matter keys in the schema's order, empty values and defaults left out. */
export function entryFile(data: Record<string, unknown>, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const field of achievements.fields) {
    const value = data[field.name];
    if (isEmpty(value)) continue;
    if (field.widget === 'boolean' && value === field.default) continue;
    ordered[field.name] = value;
  }
  const yaml = YAML.stringify(ordered, { lineWidth: 0 });
  const text = `---\n${yaml}---\n${body ? `\n${escapeMdx(body)}\n` : ''}`;
  return text.normalize('NFC');
}
