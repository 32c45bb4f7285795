/**
 * Checks an MDX body with Sätteri, the compiler Astro uses: malformed MDX is reported with its
 * line, and the body may only be text. No `import`/`export`, no `{…}` code, no HTML tags, no
 * component but the ones a collection allows, no `javascript:` links, images stored with the
 * site and described by their alt text.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { mdxToMdast, type MdastNode } from 'satteri';
import type { Problem } from './problem.ts';

export interface BodyContext {
  /** Project-relative path, for messages. */
  file: string;
  /** Components the body may use, e.g. `CampaignContents` in campaigns. */
  allowedComponents: ReadonlySet<string>;
  /** Where else a component is allowed, to say so when it is misplaced. */
  componentHomes: ReadonlyMap<string, string>;
}

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'];

/** `javascript:`, `vbscript:`, `data:`: URL schemes that run code or smuggle a document. */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(compact);
}

/** A URL with a scheme or a host: not a file stored with the site. */
function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;

/** Parses "12:3: message (rule)" from Sätteri's error messages. */
function parseError(message: string): { line: number; detail: string } {
  const m = /^(\d+):(\d+):\s*(.*)$/s.exec(message);
  // Positions inside the detail count from the body, not the file: drop them.
  const detail = (m ? m[3]! : message).split('\n')[0]!.replace(/\s*\(\d+:\d+\)/g, '');
  return { line: m ? Number(m[1]) : 1, detail };
}

/** An image the body shows from a file stored with the site, to be found on disk. */
export interface BodyImage {
  url: string;
  line: number;
}

/**
 * Checks the body's text alone (a pure function of it, so results can be reused); the local
 * images it returns are checked on disk by `checkBodyImages`.
 */
/** A link in a body to a page of this site (`/thanh-tich/…`), checked once every entry is known. */
export interface BodyLink {
  url: string;
  line: number;
}

export function checkMdxBody(body: string, firstLine: number, ctx: BodyContext): { problems: Problem[]; images: BodyImage[]; links: BodyLink[] } {
  const problems: Problem[] = [];
  const images: BodyImage[] = [];
  const links: BodyLink[] = [];
  const at = (node: MdastNode) => (node.position?.start.line ?? 1) + firstLine - 1;
  const add = (line: number, vi: string, en: string) => problems.push({ file: ctx.file, line, field: 'body', vi, en });

  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { features: { frontmatter: false } });
  } catch (error) {
    const { line, detail } = parseError((error as Error).message);
    const fileLine = line + firstLine - 1;
    add(
      fileLine,
      `MDX không hợp lệ ở dòng ${fileLine}: thẻ <…> chưa đóng, dấu { } lẻ hoặc ký tự < đứng trước chữ; đóng thẻ, hoặc viết \\< \\{ nếu muốn hiện ký tự đó.`,
      `malformed MDX at line ${fileLine}: ${detail}`,
    );
    return { problems, images, links };
  }

  const checkLink = (node: MdastNode & { url: string }) => {
    if (isUnsafeUrl(node.url)) {
      add(at(node), `liên kết «${node.url.slice(0, 40)}» bị từ chối: không dùng địa chỉ javascript:, vbscript: hay data:; dùng địa chỉ http(s) hoặc đường dẫn trong trang.`, `link "${node.url.slice(0, 40)}" refused: javascript:, vbscript: and data: URLs are not allowed; use an http(s) or site path.`);
      return false;
    }
    return true;
  };

  const visit = (node: MdastNode) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const isImport = /^\s*import\b/.test(node.value);
        add(
          at(node),
          `không được dùng lệnh ${isImport ? 'import' : 'export'} trong nội dung; xóa dòng này (nội dung chỉ gồm chữ và định dạng Markdown).`,
          `MDX ${isImport ? 'import' : 'export'} is not allowed in content; remove the line.`,
        );
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT_ONLY.test(node.value)) {
          add(at(node), 'không được viết mã trong dấu { } ở nội dung; xóa phần { … } hoặc viết \\{ nếu muốn hiện dấu ngoặc.', 'code in { } is not allowed in content; remove it, or write \\{ for a literal brace.');
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (name && ctx.allowedComponents.has(name)) {
          if (node.attributes.length > 0) {
            add(at(node), `thành phần <${name}> không nhận thuộc tính nào; viết <${name} />.`, `component <${name}> takes no attributes; write <${name} />.`);
          }
        } else if (ctx.componentHomes.has(name)) {
          add(at(node), `thành phần <${name}> chỉ dùng được trong ${ctx.componentHomes.get(name)}; xóa nó khỏi tệp này.`, `component <${name}> is only allowed in ${ctx.componentHomes.get(name)}; remove it here.`);
        } else if (/^[a-z]/.test(name)) {
          add(at(node), `không được dùng thẻ HTML <${name}> trong nội dung; dùng định dạng Markdown (## tiêu đề, **đậm**, - danh sách, [liên kết](…)).`, `HTML tag <${name}> is not allowed in content; use Markdown formatting.`);
        } else {
          add(at(node), `thành phần <${name || '>…</'}> không có trong danh sách được phép; xóa nó.`, `component <${name || 'fragment'}> is not on the allowed list; remove it.`);
        }
        return;
      }
      case 'heading':
        // The page's own title is its one <h1>; a second one breaks the heading outline.
        if (node.depth === 1) {
          add(at(node), 'không dùng tiêu đề cấp 1 (# …) trong nội dung: tên trang đã là tiêu đề cấp 1; dùng ## cho các mục.', 'a level-1 heading (# …) is not allowed in the body: the page title is the level-1 heading; use ## for sections.');
        }
        break;
      case 'link':
      case 'definition':
        if (checkLink(node) && /^\/(?!\/)/.test(node.url)) links.push({ url: node.url, line: at(node) });
        break;
      case 'image':
        checkImage(node, at(node));
        return;
      case 'imageReference':
        if (!node.alt?.trim()) add(at(node), 'ảnh trong nội dung chưa có mô tả: viết mô tả trong ![mô tả](…).', 'image in the body has no alt text: write it in ![alt](…).');
        return;
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };

  const checkImage = (node: MdastNode & { url: string; alt?: string | null }, line: number) => {
    if (!checkLink(node)) return;
    if (!node.alt?.trim()) add(line, `ảnh «${node.url}» chưa có mô tả: viết mô tả trong ![mô tả](${node.url}).`, `image "${node.url}" has no alt text: write it in ![alt](${node.url}).`);
    if (isExternal(node.url)) {
      add(line, `ảnh «${node.url}» nằm ở trang khác; tải ảnh lên thư mục content/media rồi dẫn tới ../media/tên-ảnh.jpg.`, `image "${node.url}" is hosted elsewhere; upload it to content/media and link ../media/name.jpg.`);
      return;
    }
    images.push({ url: node.url, line });
  };

  visit(tree);
  return { problems, images, links };
}

/** The body's local images exist, relative to the entry, and are images. */
export function checkBodyImages(images: readonly BodyImage[], file: string, absolutePath: string): Problem[] {
  return images.flatMap(({ url, line }) => {
    const problem = missingFile(url, absolutePath, IMAGE_EXTENSIONS);
    return problem ? [{ file, line, field: 'body', ...problem }] : [];
  });
}

/** Checks a relative file path from an entry: it exists, and has one of the extensions. */
export function missingFile(path: string, entryPath: string, extensions?: readonly string[]): { vi: string; en: string } | undefined {
  const clean = decodeURI(path.split(/[?#]/)[0]!);
  if (clean.startsWith('/')) {
    return { vi: `đường dẫn «${path}» phải tính từ tệp nội dung, ví dụ ../media/anh.jpg.`, en: `path "${path}" must be relative to the entry, e.g. ../media/photo.jpg.` };
  }
  const ext = clean.slice(clean.lastIndexOf('.')).toLowerCase();
  if (extensions && !extensions.includes(ext)) {
    return { vi: `«${path}» không phải tệp ảnh (${extensions.join(', ')}).`, en: `"${path}" is not an image file (${extensions.join(', ')}).` };
  }
  const target = resolve(dirname(entryPath), clean);
  if (!existsSync(target) || !statSync(target).isFile()) {
    return {
      vi: `không tìm thấy tệp «${path}» (tính từ thư mục của tệp này); tải tệp lên content/media hoặc sửa lại tên tệp.`,
      en: `file "${path}" not found (relative to this entry); upload it to content/media or correct the name.`,
    };
  }
  return undefined;
}
