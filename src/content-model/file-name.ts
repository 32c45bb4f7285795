/**
 * Rules about an entry's file name: its extension, and a clean name, because the name is the
 * entry's id and URL (Astro's glob loader slugs it). Pure.
 */
import { slug as githubSlug } from 'github-slugger';
import type { CollectionSpec } from '../schema/field.ts';
import { slugify } from '../lib/slug.ts';
import { MEDIA_FOLDER } from './paths.ts';
import type { Problem } from './problem.ts';

/** Files a folder may hold without being entries. */
export const IGNORED_FILES: ReadonlySet<string> = new Set(['.gitkeep', '.DS_Store', 'README.md']);
/** A file name that makes a clean, unaccented URL. */
export const CLEAN_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const extName = (name: string) => (name.lastIndexOf('.') > 0 ? name.slice(name.lastIndexOf('.')) : '');

/** The id Astro gives the entry in file `file` (its URL segment). */
export function entryId(spec: Pick<CollectionSpec, 'format'>, file: string): string {
  const name = baseName(file);
  return githubSlug(name.slice(0, name.length - spec.format.length - 1));
}

/** Whether `file` has the extension of the collection's entries. */
export function hasEntryExtension(spec: Pick<CollectionSpec, 'format'>, file: string): boolean {
  return extName(baseName(file)) === `.${spec.format}`;
}

/** A file of the wrong type in a collection folder. */
export function extensionProblem(spec: Pick<CollectionSpec, 'format' | 'folder'>, file: string): Problem {
  const name = baseName(file);
  const extension = extName(name);
  const ext = `.${spec.format}`;
  const hint =
    extension.toLowerCase() === ext ||
    (ext === '.yml' && /\.ya?ml$/i.test(name)) ||
    (ext === '.mdx' && /\.(md|markdown)$/i.test(name))
      ? `đổi tên tệp thành «${name.slice(0, name.length - extension.length).toLowerCase()}${ext}»`
      : `chỉ tệp ${ext} mới được đăng; xóa tệp hoặc chuyển ảnh, tài liệu vào ${MEDIA_FOLDER}/`;
  return {
    file,
    field: 'file',
    vi: `phần mở rộng «${extension || '(không có)'}» không đúng: ${hint}.`,
    en: `unexpected file extension "${extension || '(none)'}" in ${spec.folder}/: only ${ext} files are read; rename it to ${ext} or move it to ${MEDIA_FOLDER}/.`,
  };
}

/** A name with capitals, accents or spaces: it still works, but makes an ugly, unstable URL. */
export function fileNameProblem(spec: Pick<CollectionSpec, 'format'>, file: string): Problem | undefined {
  const fileName = baseName(file);
  const ext = `.${spec.format}`;
  const name = fileName.slice(0, fileName.length - ext.length);
  if (CLEAN_NAME.test(name)) return undefined;
  return {
    file,
    field: 'file',
    vi: `tên tệp «${fileName}» phải viết chữ thường không dấu, số và dấu gạch ngang (ví dụ «${slugify(name) || 'ten-tep'}${ext}»), vì tên tệp là địa chỉ trang.`,
    en: `file name "${fileName}" must be lowercase unaccented letters, digits and hyphens, because it becomes the page URL.`,
  };
}

/** Two files whose names give the same id. */
export function idCollisionProblem(file: string, other: string, id: string): Problem {
  return {
    file,
    field: 'file',
    vi: `tệp này và ${other} cùng cho địa chỉ «${id}»; đổi tên một tệp (chữ thường, không dấu, nối bằng dấu gạch ngang).`,
    en: `this file and ${other} both get the id and URL "${id}"; rename one (lowercase, unaccented, hyphenated).`,
  };
}

/** Clean names first: when two files collide, the odd one is reported, not the original. */
export function compareEntryFiles(spec: Pick<CollectionSpec, 'format'>) {
  const odd = (f: string) => Number(!CLEAN_NAME.test(baseName(f).slice(0, -(spec.format.length + 1))));
  return (a: string, b: string) => odd(a) - odd(b) || (a < b ? -1 : a > b ? 1 : 0);
}
