/**
 * Validates the whole `content/` folder of a project from the raw files, and returns every
 * problem at once. Runs under plain Node (`npm run check`) and inside `astro build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { slug as githubSlug } from 'github-slugger';
import { COLLECTIONS } from '../schema/index.ts';
import type { CollectionSpec } from '../schema/field.ts';
import { todayInVietnam } from '../lib/dates.ts';
import { slugify } from '../lib/slug.ts';
import { INCLUDE_SAMPLES } from '../site.ts';
import { crossEntryProblems, type Entry } from './cross-entry.ts';
import { validateEntryData } from './entry-schema.ts';
import { bodyContext, checkBodyImages, checkMdxBody, type BodyImage, type BodyLink } from './mdx-body.ts';
import { formatReport, sortProblems, type Problem } from './problem.ts';
import { readMdxEntry, readYamlEntry } from './raw-file.ts';


/** Folder of `content/` that holds uploaded images and files, not entries. */
export const MEDIA_FOLDER = 'media';
/** Files a folder may hold without being entries. */
const IGNORED_FILES = new Set(['.gitkeep', '.DS_Store', 'README.md']);
/** A file name that makes a clean, unaccented URL. */
const CLEAN_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ValidateOptions {
  /** Project root (the folder holding `content/`). */
  root: string;
  /** Today as YYYY-MM-DD; defaults to today in Vietnam. */
  today?: string;
  /** Whether illustrative entries are published (`THIDUA_SAMPLES`, as the build reads it). */
  includeSamples?: boolean;
}

export interface ValidationResult {
  problems: Problem[];
  /** Entries read, per collection. */
  counts: Record<string, number>;
}

export function validateContent({ root, today = todayInVietnam(), includeSamples = INCLUDE_SAMPLES }: ValidateOptions): ValidationResult {
  const problems: Problem[] = [];
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const contentDir = join(root, COLLECTIONS[0]!.folder, '..');
  const collections = new Map<string, Map<string, Entry>>();
  const entries: Entry[] = [];
  const counts: Record<string, number> = {};

  const folderProblem = (path: string, vi: string, en: string) => problems.push({ file: rel(path), field: 'file', vi, en });

  // Folders of content/ that are neither a collection nor the media folder are never read.
  const known = new Set([MEDIA_FOLDER, ...COLLECTIONS.map((c) => basename(c.folder))]);
  for (const d of safeReaddir(contentDir)) {
    if (IGNORED_FILES.has(d.name)) continue;
    if (!d.isDirectory() || !known.has(d.name)) {
      folderProblem(join(contentDir, d.name),
        `${d.isDirectory() ? 'thư mục' : 'tệp'} này không thuộc bộ sưu tập nào nên sẽ không được đăng; chuyển vào một trong: ${[...known].map((k) => `content/${k}/`).join(', ')}.`,
        `not a collection, so it would never be published; move it into one of: ${[...known].map((k) => `content/${k}/`).join(', ')}.`);
    }
  }

  for (const spec of COLLECTIONS) {
    const dir = join(root, spec.folder);
    const byId = new Map<string, Entry>();
    collections.set(spec.name, byId);
    const ext = `.${spec.format}`;
    // Clean names first: when two files collide, the odd one is reported, not the original.
    const files = safeReaddir(dir).sort((a, b) => Number(!CLEAN_NAME.test(basename(a.name, ext))) - Number(!CLEAN_NAME.test(basename(b.name, ext))) || (a.name < b.name ? -1 : 1));
    for (const d of files) {
      const path = join(dir, d.name);
      if (IGNORED_FILES.has(d.name)) continue;
      if (d.isDirectory()) {
        folderProblem(path, `thư mục con trong ${spec.folder}/ không được đọc; chuyển các tệp ra ${spec.folder}/.`, `subfolders of ${spec.folder}/ are not read; move the files up into ${spec.folder}/.`);
        continue;
      }
      if (extname(d.name) !== ext) {
        const hint = extname(d.name).toLowerCase() === ext || (ext === '.yml' && /\.ya?ml$/i.test(d.name)) || (ext === '.mdx' && /\.(md|markdown)$/i.test(d.name))
          ? `đổi tên tệp thành «${basename(d.name, extname(d.name)).toLowerCase()}${ext}»`
          : `chỉ tệp ${ext} mới được đăng; xóa tệp hoặc chuyển ảnh, tài liệu vào content/${MEDIA_FOLDER}/`;
        folderProblem(path, `phần mở rộng «${extname(d.name) || '(không có)'}» không đúng: ${hint}.`, `unexpected file extension "${extname(d.name) || '(none)'}" in ${spec.folder}/: only ${ext} files are read; rename it to ${ext} or move it to content/${MEDIA_FOLDER}/.`);
        continue;
      }
      const name = basename(d.name, ext);
      // Astro's glob loader names an entry by slugging its file name: that id is its URL.
      const id = githubSlug(name);
      const other = byId.get(id);
      if (other) {
        folderProblem(path, `tệp này và ${other.file} cùng cho địa chỉ «${id}»; đổi tên một tệp (chữ thường, không dấu, nối bằng dấu gạch ngang).`, `this file and ${other.file} both get the id and URL "${id}"; rename one (lowercase, unaccented, hyphenated).`);
        continue;
      }
      if (!CLEAN_NAME.test(name)) {
        folderProblem(path, `tên tệp «${d.name}» phải viết chữ thường không dấu, số và dấu gạch ngang (ví dụ «${slugify(name) || 'ten-tep'}${ext}»), vì tên tệp là địa chỉ trang.`,
          `file name "${d.name}" must be lowercase unaccented letters, digits and hyphens, because it becomes the page URL.`);
      }
      const entry: Entry = { spec, id, file: rel(path), absolutePath: path, data: {}, failed: new Set(['*']) };
      byId.set(id, entry);
      const analysed = analyseFile(spec, entry.file, readFileSync(path, 'utf8'));
      problems.push(...analysed.problems);
      if (!analysed.data) continue;
      entry.data = analysed.data;
      entry.failed = analysed.failed;
      entry.links = analysed.links;
      entries.push(entry);
      problems.push(...checkBodyImages(analysed.images, entry.file, path));
    }
    counts[spec.name] = byId.size;
  }

  problems.push(...crossEntryProblems(entries, collections, root, today, includeSamples));
  return { problems: sortProblems(problems), counts };
}

interface Analysis {
  /** Validated data, or raw data when some fields failed; absent when the file could not be read. */
  data?: Record<string, unknown>;
  failed: Set<string>;
  problems: Problem[];
  images: BodyImage[];
  links: BodyLink[];
}

/**
 * What a file's own text says about it: YAML, fields, MDX body. A pure function of the text,
 * so it is kept per text and not redone when only other files changed (tests, rebuilds).
 */
const analyses = new Map<string, Analysis>();
function analyseFile(spec: CollectionSpec, file: string, source: string): Analysis {
  const key = `${spec.name}\0${file}\0${source}`;
  const cached = analyses.get(key);
  if (cached) return cached;
  const read = spec.format === 'mdx' ? readMdxEntry(file, source) : readYamlEntry(file, source);
  let result: Analysis;
  if (!read.ok) {
    result = { failed: new Set(['*']), problems: read.problems, images: [], links: [] };
  } else {
    const checked = validateEntryData(spec, file, read.entry.data);
    const body = read.entry.body
      ? checkMdxBody(read.entry.body.text, read.entry.body.firstLine, bodyContext(spec.name, file))
      : { problems: [], images: [], links: [] };
    result = { data: checked.data, failed: checked.failed, problems: [...checked.problems, ...body.problems], images: body.images, links: body.links };
  }
  if (analyses.size > 50_000) analyses.clear();
  analyses.set(key, result);
  return result;
}

function safeReaddir(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** Throws the full report when the content has problems (for build hooks). */
export function assertValidContent(options: ValidateOptions): ValidationResult {
  const result = validateContent(options);
  if (result.problems.length > 0) throw new ContentError(result.problems);
  return result;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatReport(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
