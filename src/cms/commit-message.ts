/**
 * Commit messages in Vietnamese that name the entry: «Thêm thành tích: Nguyễn Văn An
 * (45/QĐ-SKHĐT)». Decap's `commit_messages` templates know only the collection, the slug and
 * the path, so the production backends (GitHub, GitLab) get the templates below, and the local
 * backend of `npm start` rewrites the message of an entry it commits with the entry's own fields.
 */
import { COLLECTIONS } from '../schema/index.ts';
import { parseFrontmatter, parseYamlFile } from './formats.ts';

export const VERBS = { create: 'Thêm', update: 'Sửa', delete: 'Xóa' } as const;

/** Decap's templates (`{{collection}}` is the collection's singular label). */
export const COMMIT_TEMPLATES = {
  create: `${VERBS.create} {{collection}}: {{slug}}`,
  update: `${VERBS.update} {{collection}}: {{slug}}`,
  delete: `${VERBS.delete} {{collection}}: {{slug}}`,
  uploadMedia: 'Tải lên tệp: {{path}}',
  deleteMedia: `${VERBS.delete} tệp: {{path}}`,
} as const;

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

/** How an entry is named in a message: its identifier, and the decision number of an achievement. */
export function entryName(collection: string, data: Record<string, unknown>): string {
  const spec = COLLECTIONS.find((c) => c.name === collection);
  if (!spec) return '';
  const name = text(data[spec.identifierField]);
  if (collection === 'achievements' && text(data['decisionNumber'])) return `${name} (${text(data['decisionNumber'])})`;
  if (collection === 'campaigns' && text(data['title'])) return `${name} – ${text(data['title'])}`;
  return name;
}

/**
 * The message of a commit that creates or updates an entry file, from the entry's text;
 * `undefined` when the collection is unknown or the entry names nothing.
 */
export function entryCommitMessage(collection: string, verb: keyof typeof VERBS, raw: string): string | undefined {
  const spec = COLLECTIONS.find((c) => c.name === collection);
  if (!spec) return undefined;
  let data: Record<string, unknown>;
  try {
    data = spec.format === 'mdx' ? parseFrontmatter(raw) : parseYamlFile(raw);
  } catch {
    return undefined;
  }
  const name = entryName(collection, data);
  return name ? `${VERBS[verb]} ${lowerFirst(spec.labelSingular)}: ${name}` : undefined;
}
