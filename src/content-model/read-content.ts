/**
 * NODE ONLY. Reads a project's content/ from disk the way the build will, and checks what only
 * the file system can tell: symbolic links (refused: a link can publish any file of the build
 * machine), files and folders that are not where the build reads, sizes, bytes that are not
 * UTF-8, images whose bytes are not what their name says, and referenced files whose real path
 * leaves content/. Everything else is the pure model's (entry.ts, rules/).
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { COLLECTIONS } from '../schema/index.ts';
import type { EntryAnalyses } from './analysis-cache.ts';
import { analyseEntry } from './entry.ts';
import {
  compareEntryFiles,
  entryId,
  extensionProblem,
  fileNameProblem,
  hasEntryExtension,
  idCollisionProblem,
  IGNORED_FILES,
} from './file-name.ts';
import type { ContentEntry } from './fields.ts';
import { walkFields } from './field-walk.ts';
import { imageProblem } from './image-file.ts';
import { IMAGE_EXTENSIONS } from './mdx-body.ts';
import { CONTENT_FOLDER, MEDIA_FOLDER, resolveReference } from './paths.ts';
import type { Problem } from './problem.ts';
import { makeSnapshot, type ContentSnapshot } from './snapshot.ts';
import { specOf } from './specs.ts';
import { decodeUtf8 } from './text.ts';

/** Largest entry file: the longest real plan is ≈ 60 KB. */
export const MAX_ENTRY_BYTES = 1024 * 1024;

export interface ContentOnDisk {
  /** Every entry file (unreadable ones with `failed: ['*']`). */
  entries: ContentEntry[];
  /** Problems found while reading: file system, file names, and each file's own. */
  problems: Problem[];
  /** Regular files under content/, project-relative. */
  files: string[];
  /** Files of public/, `/`-led. */
  publicFiles: string[];
  /** Entries per collection. */
  counts: Record<string, number>;
}

function list(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

const symlinkProblem = (file: string): Problem => ({
  file,
  field: 'file',
  vi: 'đây là liên kết tượng trưng (symlink), không được dùng trong content/: nó có thể đưa tệp ngoài dự án lên trang web; thay bằng chính tệp đó.',
  en: 'symbolic link refused under content/: it could publish a file from outside the project; put the file itself here.',
});

/** Regular files under `dir` (project-relative), symlinks reported and left out. */
function walk(onDisk: (rel: string) => string, dir: string, problems: Problem[], out: string[]): void {
  for (const d of list(onDisk(dir))) {
    const rel = `${dir}/${d.name}`;
    if (d.isSymbolicLink()) problems.push(symlinkProblem(rel));
    else if (d.isDirectory()) walk(onDisk, rel, problems, out);
    else if (d.isFile()) out.push(rel);
  }
}

export interface ReadOptions {
  /** The content folder, when it is not `<root>/content` (the importer's tests); files keep their `content/…` names. */
  contentDir?: string;
  /** Each file's own checks, kept between builds (analysis-cache.ts); by default run afresh. */
  analyses?: Pick<EntryAnalyses, 'analyse'>;
}

export async function readContent(
  root: string,
  { contentDir, analyses = { analyse: analyseEntry } }: ReadOptions = {},
): Promise<ContentOnDisk> {
  // Files are named `content/…` in every message; on disk they may live elsewhere.
  const onDisk = (rel: string) =>
    contentDir && (rel === CONTENT_FOLDER || rel.startsWith(`${CONTENT_FOLDER}/`))
      ? join(contentDir, rel.slice(CONTENT_FOLDER.length))
      : join(root, rel);
  const problems: Problem[] = [];
  const entries: ContentEntry[] = [];
  const files: string[] = [];
  const counts: Record<string, number> = {};
  const media = MEDIA_FOLDER.slice(CONTENT_FOLDER.length + 1);

  // Folders of content/ that are neither a collection nor the media folder are never read.
  const known = new Set([media, ...COLLECTIONS.map((c) => c.folder.slice(CONTENT_FOLDER.length + 1))]);
  const where = [...known].map((k) => `${CONTENT_FOLDER}/${k}/`).join(', ');
  for (const d of list(onDisk(CONTENT_FOLDER))) {
    if (IGNORED_FILES.has(d.name)) continue;
    const rel = `${CONTENT_FOLDER}/${d.name}`;
    if (d.isSymbolicLink()) problems.push(symlinkProblem(rel));
    else if (!d.isDirectory() || !known.has(d.name)) {
      problems.push({
        file: rel,
        field: 'file',
        vi: `${d.isDirectory() ? 'thư mục' : 'tệp'} này không thuộc bộ sưu tập nào nên sẽ không được đăng; chuyển vào một trong: ${where}.`,
        en: `not a collection, so it would never be published; move it into one of: ${where}.`,
      });
    }
  }
  // A collection or media folder that is itself a link was reported above: never read through it.
  const isLink = (rel: string) => {
    try {
      return lstatSync(onDisk(rel)).isSymbolicLink();
    } catch {
      return false;
    }
  };
  if (!isLink(MEDIA_FOLDER)) walk(onDisk, MEDIA_FOLDER, problems, files);

  for (const spec of COLLECTIONS) {
    const seen = new Map<string, string>();
    const names = isLink(spec.folder) ? [] : list(onDisk(spec.folder)).filter((d) => !IGNORED_FILES.has(d.name));
    const order = compareEntryFiles(spec);
    names.sort((a, b) => order(a.name, b.name));
    for (const d of names) {
      const file = `${spec.folder}/${d.name}`;
      if (d.isSymbolicLink()) {
        problems.push(symlinkProblem(file));
        continue;
      }
      if (d.isDirectory()) {
        problems.push({
          file,
          field: 'file',
          vi: `thư mục con trong ${spec.folder}/ không được đọc; chuyển các tệp ra ${spec.folder}/.`,
          en: `subfolders of ${spec.folder}/ are not read; move the files up into ${spec.folder}/.`,
        });
        continue;
      }
      if (!d.isFile()) continue;
      if (!hasEntryExtension(spec, file)) {
        problems.push(extensionProblem(spec, file));
        continue;
      }
      const id = entryId(spec, file);
      const other = seen.get(id);
      if (other) {
        problems.push(idCollisionProblem(file, other, id));
        continue;
      }
      seen.set(id, file);
      files.push(file);
      const named = fileNameProblem(spec, file);
      if (named) problems.push(named);
      const unreadable = (problem: Problem) => {
        problems.push(problem);
        entries.push({ collection: spec.name, id, file, data: {}, failed: ['*'] });
      };
      const bytes = readFileSync(onDisk(file));
      if (bytes.length > MAX_ENTRY_BYTES) {
        unreadable({
          file,
          field: 'file',
          vi: `tệp nặng ${Math.round(bytes.length / 1024)} KB, quá giới hạn ${MAX_ENTRY_BYTES / 1024} KB cho một mục; chia nội dung thành nhiều mục.`,
          en: `the file is ${Math.round(bytes.length / 1024)} KB, over the ${MAX_ENTRY_BYTES / 1024} KB limit for one entry; split it.`,
        });
        continue;
      }
      const decoded = decodeUtf8(file, bytes);
      if ('problem' in decoded) {
        unreadable(decoded.problem);
        continue;
      }
      const analysis = analyses.analyse(spec, file, decoded.text);
      problems.push(...analysis.problems);
      entries.push(analysis.entry);
    }
    counts[spec.name] = seen.size;
  }

  const publicFiles: string[] = [];
  walk(onDisk, 'public', [], publicFiles);
  const fileSet = new Set(files);
  problems.push(...(await referencedFileProblems(onDisk, entries, fileSet)));
  return { entries, problems, files, publicFiles: publicFiles.map((f) => f.slice('public'.length)), counts };
}

/**
 * Files the entries reference, on disk: real path inside content/ (a folder on the way could
 * be a link the listing did not see), and images whose bytes are a raster image of the right
 * kind and size. Reported on the entry's field (or body line), where the editor can fix it.
 */
async function referencedFileProblems(
  onDisk: (rel: string) => string,
  entries: readonly ContentEntry[],
  files: ReadonlySet<string>,
): Promise<Problem[]> {
  const problems: Problem[] = [];
  let contentReal: string;
  try {
    contentReal = realpathSync(onDisk(CONTENT_FOLDER));
  } catch {
    return problems;
  }
  const checked = new Map<string, Promise<{ vi: string; en: string } | undefined>>();
  const check = (path: string, reference: string, image: boolean) => {
    const key = `${path}\0${image}\0${reference}`;
    let p = checked.get(key);
    if (!p) {
      p = (async () => {
        const absolute = onDisk(path);
        const real = realpathSync(absolute);
        if (!real.startsWith(contentReal + sep) || lstatSync(absolute).isSymbolicLink()) {
          return {
            vi: `tệp «${reference}» thực chất nằm ngoài thư mục content/ (qua liên kết tượng trưng); thay bằng chính tệp đó.`,
            en: `file "${reference}" really lies outside content/ (through a symbolic link); put the file itself there.`,
          };
        }
        return image ? imageProblem(reference, readFileSync(absolute)) : undefined;
      })();
      checked.set(key, p);
    }
    return p;
  };
  const pending: Promise<void>[] = [];
  const visit = (e: ContentEntry, field: string, reference: string, image: boolean, line?: number) => {
    const resolved = resolveReference(e.file, reference, image ? IMAGE_EXTENSIONS : undefined);
    if (!resolved.ok || !files.has(resolved.path)) return; // the pure rules say so
    pending.push(
      check(resolved.path, reference, image).then((found) => {
        if (found) problems.push({ file: e.file, ...(line ? { line } : {}), field, ...found });
      }),
    );
  };
  for (const e of entries) {
    if (e.failed.includes('*')) continue;
    for (const { field, value, path } of walkFields(specOf(e.collection).fields, e.data)) {
      if (typeof value !== 'string' || e.failed.includes(path.split(/[.[]/)[0]!)) continue;
      if (field.widget === 'image') visit(e, path, value, true);
      else if (field.widget === 'file' && !value.startsWith('/')) visit(e, path, value, false);
    }
    for (const { url, line } of e.images ?? []) visit(e, 'body', url, true, line);
  }
  await Promise.all(pending);
  return problems;
}

/** The snapshot the CMS gate checks an entry against (see check-entry.ts). */
export async function readContentSnapshot(root: string, options: ReadOptions = {}): Promise<ContentSnapshot> {
  const { entries, files, publicFiles } = await readContent(root, options);
  return makeSnapshot(entries, files, publicFiles);
}
