/**
 * Where content lives, and what a path written in an entry points at. Pure (no file system):
 * the Node side checks the same paths on disk (realpath, bytes) in `read-content.ts`.
 */

/** The folder of the project that holds every entry and uploaded file. */
export const CONTENT_FOLDER = 'content';
/** Uploaded images and files, relative to the project root (the CMS's `media_folder`). */
export const MEDIA_FOLDER = `${CONTENT_FOLDER}/media`;

export type Resolved = { ok: true; path: string } | { ok: false; vi: string; en: string };

/** `a/b/../c` → `a/c`; undefined when `..` climbs above the start. */
function normalise(parts: readonly string[]): string | undefined {
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

/**
 * The project-relative path a relative reference in `entryFile` (`content/news/x.mdx`) points
 * at, checked to stay inside `content/`: `../media/a.jpg` → `content/media/a.jpg`.
 */
export function resolveReference(entryFile: string, reference: string, extensions?: readonly string[]): Resolved {
  let clean: string;
  try {
    clean = decodeURI(reference.split(/[?#]/)[0]!);
  } catch {
    return {
      ok: false,
      vi: `đường dẫn «${reference}» có mã «%…» hỏng; viết tên tệp bằng chữ thường không dấu, không dùng dấu %.`,
      en: `path "${reference}" has a malformed %-escape; write the file name plainly (lowercase, unaccented, no %).`,
    };
  }
  if (clean.startsWith('/') || /^[a-z]:[\\/]/i.test(clean) || clean.includes('\\') || clean.includes('\0')) {
    return {
      ok: false,
      vi: `đường dẫn «${reference}» phải tính từ tệp nội dung, ví dụ ../media/anh.jpg.`,
      en: `path "${reference}" must be relative to the entry, e.g. ../media/photo.jpg.`,
    };
  }
  const ext = clean.includes('.') ? clean.slice(clean.lastIndexOf('.')).toLowerCase() : '';
  if (extensions && !extensions.includes(ext)) {
    return {
      ok: false,
      vi: `«${reference}» không phải tệp ảnh (${extensions.join(', ')}).`,
      en: `"${reference}" is not an image file (${extensions.join(', ')}).`,
    };
  }
  const dir = entryFile.split('/').slice(0, -1);
  const path = normalise([...dir, ...clean.split('/')]);
  if (path === undefined || !path.startsWith(`${CONTENT_FOLDER}/`)) {
    return {
      ok: false,
      vi: `đường dẫn «${reference}» trỏ ra ngoài thư mục content/; chỉ dùng tệp đã tải lên ${MEDIA_FOLDER}/, ví dụ ../media/anh.jpg.`,
      en: `path "${reference}" points outside content/; use a file uploaded to ${MEDIA_FOLDER}/, e.g. ../media/photo.jpg.`,
    };
  }
  return { ok: true, path };
}

/** The message for a reference whose file is not there. */
export function missingFileMessage(reference: string): { vi: string; en: string } {
  return {
    vi: `không tìm thấy tệp «${reference}» (tính từ thư mục của tệp này); tải tệp lên content/media hoặc sửa lại tên tệp.`,
    en: `file "${reference}" not found (relative to this entry); upload it to content/media or correct the name.`,
  };
}
