/**
 * The `.mdx` file of one achievement, as the CMS and hand edits write them: YAML front matter
 * in the schema's field order, then the body. Everything NFC.
 */
import { serializeEntryFile } from '../content-model/entry-file.ts';
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

/** The file: the content model's writer, with default values (e.g. `sample: false`) left out. */
export function entryFile(data: Record<string, unknown>, body: string): string {
  const kept: Record<string, unknown> = {};
  for (const field of achievements.fields) {
    const value = data[field.name];
    if (field.widget === 'boolean' && value === field.default) continue;
    kept[field.name] = value;
  }
  return serializeEntryFile(achievements, kept, body ? escapeMdx(body) : '');
}
