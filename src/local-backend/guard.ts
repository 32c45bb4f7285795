/**
 * What the CMS's local backend may be asked, decided before decap-server's own middleware sees
 * the request. decap-server only stops paths that leave the repository; everything inside it
 * (`.git/`, `astro.config.mjs`, `public/js/…`) would be readable and writable. Here:
 * - the request must come to 127.0.0.1 or localhost on the server's own port (a forged `Host`
 *   means DNS rebinding: a foreign page whose name resolves to 127.0.0.1);
 * - it must come from the site's own origin (`Origin`, or `Sec-Fetch-Site: same-origin`);
 * - every path it names, for reading as for writing, must be an entry file directly in a
 *   collection's folder (with that collection's extension) or a file directly in the media folder.
 * Each refusal carries one reason, Vietnamese / English, answered with 403.
 *
 * Pure functions over plain data, so they are unit-tested without a server.
 */
import { posix } from 'node:path';
import { COLLECTIONS } from '../schema/index.ts';
import { MEDIA_FOLDER } from '../cms/config.ts';

export interface Refusal {
  vi: string;
  en: string;
}

export const refusalText = (r: Refusal) => `${r.vi} / ${r.en}`;

/** Where an entry of each collection lives, and its extension (as Decap writes it). */
export const ENTRY_FOLDERS: ReadonlyMap<string, { collection: string; extension: string }> = new Map(
  COLLECTIONS.map((c) => [c.folder, { collection: c.name, extension: c.format === 'mdx' ? 'mdx' : 'yml' }]),
);

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

/** The origins the site is served from, on `port`. */
export function ownOrigins(port: number): string[] {
  return LOOPBACK_NAMES.map((name) => `http://${name}:${port}`);
}

export interface RequestHeaders {
  host?: string | undefined;
  origin?: string | undefined;
  secFetchSite?: string | undefined;
}

/** `Host` must name this server by a loopback name (DNS rebinding sends the attacker's name). */
export function checkHost(headers: RequestHeaders, port: number): Refusal | undefined {
  const allowed = LOOPBACK_NAMES.map((name) => `${name}:${port}`);
  if (headers.host && allowed.includes(headers.host.toLowerCase())) return undefined;
  return {
    vi: `Từ chối: máy chủ chỉ trả lời địa chỉ ${allowed.join(' hoặc ')}, không trả lời «${headers.host ?? ''}»`,
    en: `refused: this server answers only ${allowed.join(' or ')}, not Host "${headers.host ?? ''}"`,
  };
}

/** The request must come from a page of the site itself. */
export function checkOrigin(headers: RequestHeaders, port: number): Refusal | undefined {
  const own = ownOrigins(port);
  const site = headers.secFetchSite?.toLowerCase();
  if (site !== undefined && site !== 'same-origin') {
    return {
      vi: `Từ chối: yêu cầu đến từ trang khác (${site})`,
      en: `refused: cross-site request (Sec-Fetch-Site: ${site})`,
    };
  }
  if (headers.origin !== undefined) {
    if (own.includes(headers.origin.toLowerCase())) return undefined;
    return {
      vi: `Từ chối: chỉ trang quản trị của chính trang này được ghi nội dung, không phải «${headers.origin}»`,
      en: `refused: origin "${headers.origin}" is not this site`,
    };
  }
  if (site === 'same-origin') return undefined;
  return {
    vi: 'Từ chối: yêu cầu không cho biết nguồn (Origin)',
    en: 'refused: request without Origin or Sec-Fetch-Site',
  };
}

export type PathKind = 'entry' | 'media';

/**
 * `undefined` when `path` (relative to the project root, as Decap sends it) is an entry file of
 * a collection or a media file; otherwise the refusal. `kinds` narrows what is acceptable.
 */
export function checkPath(path: unknown, kinds: readonly PathKind[] = ['entry', 'media']): Refusal | undefined {
  const refuse = (why: { vi: string; en: string }): Refusal => ({
    vi: `Từ chối «${String(path)}»: ${why.vi}`,
    en: `refused "${String(path)}": ${why.en}`,
  });
  if (typeof path !== 'string' || path === '') return refuse({ vi: 'đường dẫn trống', en: 'empty path' });
  // No tricks: one spelling only (no `..`, `./`, `//`, backslash, NUL, absolute path).
  if (path.includes('\\') || path.includes('\0') || posix.isAbsolute(path) || posix.normalize(path) !== path) {
    return refuse({ vi: 'đường dẫn không hợp lệ', en: 'malformed path' });
  }
  const folder = posix.dirname(path);
  const name = posix.basename(path);
  if (name.startsWith('.')) return refuse({ vi: 'không được đọc, ghi tệp ẩn', en: 'hidden files are out of bounds' });
  const entry = ENTRY_FOLDERS.get(folder);
  if (entry && kinds.includes('entry')) {
    if (posix.extname(name) === `.${entry.extension}`) return undefined;
    return refuse({
      vi: `thư mục ${folder}/ chỉ chứa tệp .${entry.extension}`,
      en: `${folder}/ holds only .${entry.extension} files`,
    });
  }
  if (folder === MEDIA_FOLDER && kinds.includes('media')) return undefined;
  const places = [
    ...(kinds.includes('entry') ? ENTRY_FOLDERS.keys() : []),
    ...(kinds.includes('media') ? [MEDIA_FOLDER] : []),
  ];
  return refuse({
    vi: `CMS chỉ được đọc, ghi trong ${places.map((p) => `${p}/`).join(', ')}`,
    en: `the CMS may only read and write in ${places.map((p) => `${p}/`).join(', ')}`,
  });
}

/** `undefined` when `folder` is a collection's folder (`kind` entry) or the media folder. */
export function checkFolder(folder: unknown, kind: PathKind): Refusal | undefined {
  if (kind === 'entry' && typeof folder === 'string' && ENTRY_FOLDERS.has(folder)) return undefined;
  if (kind === 'media' && folder === MEDIA_FOLDER) return undefined;
  return {
    vi: `Từ chối thư mục «${String(folder)}»: không phải thư mục nội dung`,
    en: `refused folder "${String(folder)}": not a content folder`,
  };
}

type Params = Record<string, unknown>;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const obj = (value: unknown): Params => (value && typeof value === 'object' ? (value as Params) : {});

/** Every path a decap-server action would touch, with the kinds each may be. */
function pathsOf(action: string, params: Params): [unknown, PathKind[]][] | Refusal {
  switch (action) {
    case 'info':
    case 'unpublishedEntries':
    case 'unpublishedEntry':
    case 'deleteUnpublishedEntry':
    case 'updateUnpublishedEntryStatus':
    case 'publishUnpublishedEntry':
    case 'getDeployPreview':
      // Named by collection and slug: checked below against the collections.
      return [];
    case 'entriesByFolder':
      return checkFolder(params['folder'], 'entry') ?? [];
    case 'getMedia':
      // Decap lists the folder of a new entry too (media folders relative to entries).
      if (checkFolder(params['mediaFolder'], 'entry') === undefined) return [];
      return checkFolder(params['mediaFolder'], 'media') ?? [];
    case 'entriesByFiles':
      return list(params['files']).map((f) => [obj(f)['path'], ['entry']]);
    case 'getEntry':
    case 'unpublishedEntryDataFile':
      return [[params['path'], ['entry']]];
    case 'getMediaFile':
    case 'unpublishedEntryMediaFile':
      return [[params['path'], ['media', 'entry']]];
    case 'persistEntry': {
      const files = params['dataFiles'] !== undefined ? list(params['dataFiles']) : [params['entry']];
      return [
        ...files.flatMap((f): [unknown, PathKind[]][] => [
          [obj(f)['path'], ['entry']],
          ...(obj(f)['newPath'] !== undefined ? [[obj(f)['newPath'], ['entry']] as [unknown, PathKind[]]] : []),
        ]),
        ...list(params['assets']).map((a): [unknown, PathKind[]] => [obj(a)['path'], ['media']]),
      ];
    }
    case 'persistMedia':
      return [[obj(params['asset'])['path'], ['media']]];
    case 'deleteFile':
      return [[params['path'], ['entry', 'media']]];
    case 'deleteFiles': {
      const paths = list(params['paths']);
      if (paths.length === 0) return { vi: 'Từ chối: không có tệp nào để xóa', en: 'refused: nothing to delete' };
      return paths.map((p) => [p, ['entry', 'media']]);
    }
    default:
      return { vi: `Từ chối thao tác «${action}»`, en: `refused: unknown action "${action}"` };
  }
}

const COLLECTION_NAMES = new Set<string>(COLLECTIONS.map((c) => c.name));

/**
 * `undefined` when every path and collection a decap-server request names is in bounds.
 * `branch`: the only branch the CMS works against (git mode reads whichever branch it is told).
 */
export function checkAction(body: unknown, { branch }: { branch?: string } = {}): Refusal | undefined {
  const { action, params } = obj(body);
  if (typeof action !== 'string') return { vi: 'Từ chối: yêu cầu không có thao tác', en: 'refused: no action' };
  const p = obj(params);
  if (branch !== undefined && p['branch'] !== undefined && p['branch'] !== branch) {
    return {
      vi: `Từ chối: CMS chỉ làm việc trên nhánh ${branch}`,
      en: `refused: the CMS works on branch ${branch} only`,
    };
  }
  // `unpublishedEntry` may name its entry as `<collection>/<slug>`.
  const id = typeof p['id'] === 'string' ? p['id'] : undefined;
  if (id !== undefined && p['collection'] === undefined) {
    const i = id.indexOf('/');
    return checkAction(
      { action, params: { ...p, id: undefined, collection: id.slice(0, i), slug: id.slice(i + 1) } },
      { ...(branch !== undefined ? { branch } : {}) },
    );
  }
  // Hostile requests may send any JSON here: show it as JSON, never as "[object Object]".
  const shown = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  const collection = p['collection'] ?? obj(p['options'])['collectionName'];
  if (collection !== undefined && (typeof collection !== 'string' || !COLLECTION_NAMES.has(collection))) {
    return {
      vi: `Từ chối: không có bộ sưu tập «${shown(collection)}»`,
      en: `refused: no collection "${shown(collection)}"`,
    };
  }
  const slug = p['slug'];
  if (slug !== undefined && (typeof slug !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(slug))) {
    return { vi: `Từ chối: tên tệp «${shown(slug)}» không hợp lệ`, en: `refused: malformed slug "${shown(slug)}"` };
  }
  const paths = pathsOf(action, p);
  if (!Array.isArray(paths)) return paths;
  for (const [path, kinds] of paths) {
    const refusal = checkPath(path, kinds);
    if (refusal) return refusal;
  }
  return undefined;
}
