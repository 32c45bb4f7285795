/**
 * Checks an entry body with Sätteri's MDX parser, the compiler Astro uses: malformed MDX is
 * reported with its line, and the body may only be text. No `import`/`export`, no `{…}` code,
 * no HTML tags, no component but the ones a collection allows (with literal props only), no
 * `javascript:` links, images stored with the site and described by their alt text.
 *
 * Content is data, never code: bodies of collections without components (news, achievements)
 * never reach the MDX compiler — the loader renders them as Markdown whatever they hold — and
 * may hold no `{…}` at all (it would show as text). Campaign bodies reach MDX only when this
 * check finds nothing unsafe (`unsafe` below): every expression an empty comment, proven by a
 * JavaScript tokenizer rather than a pattern, every element an allowed component.
 */
import { tokenizer } from 'acorn';
import { mdxToMdast, type MdastNode } from 'satteri';
import type { Problem } from './problem.ts';

/** Components a body may use: the collections that may use them, and the props they take. */
export const BODY_COMPONENTS: Readonly<Record<string, { collections: readonly string[]; props: readonly string[] }>> = {
  CampaignContents: { collections: ['campaigns'], props: [] },
};

/**
 * Whether a collection's bodies may be compiled by MDX at all: only where a component is
 * allowed. Every other body is rendered as Markdown, with raw HTML made text.
 */
export function bodiesMayUseMdx(collection: string): boolean {
  return Object.values(BODY_COMPONENTS).some((c) => c.collections.includes(collection));
}

/** The body rules of a collection, for a file of it. */
export function bodyContext(collection: string, file: string): BodyContext {
  return {
    file,
    mdx: bodiesMayUseMdx(collection),
    allowedComponents: new Map(
      Object.entries(BODY_COMPONENTS)
        .filter(([, c]) => c.collections.includes(collection))
        .map(([name, c]) => [name, new Set(c.props)]),
    ),
    componentHomes: new Map(
      Object.entries(BODY_COMPONENTS).map(([name, c]) => [name, c.collections.map((h) => `content/${h}/`).join(', ')]),
    ),
  };
}

export interface BodyContext {
  /** Project-relative path, for messages. */
  file: string;
  /** Whether the body is compiled by MDX (else rendered as Markdown, and `{…}` is refused). */
  mdx: boolean;
  /** Components the body may use, e.g. `CampaignContents` in campaigns, with their props. */
  allowedComponents: ReadonlyMap<string, ReadonlySet<string>>;
  /** Where else a component is allowed, to say so when it is misplaced. */
  componentHomes: ReadonlyMap<string, string>;
}

export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'];

/** `javascript:`, `vbscript:`, `data:`: URL schemes that run code or smuggle a document. */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed.
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^(javascript|vbscript|data):/.test(compact);
}

/** A URL with a scheme or a host: not a file stored with the site. */
function isExternal(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');
}

/**
 * Whether the code inside `{…}` is nothing but comments and white space, by JavaScript's own
 * grammar (acorn's tokenizer): a comment, then code, then another comment has a token, so it is
 * code. A pattern cannot tell where a comment ends; the tokenizer can.
 */
export function isEmptyComment(code: string): boolean {
  try {
    const tokens = tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: false });
    return tokens.getToken().type.label === 'eof';
  } catch {
    // An unterminated comment or a stray character: not a comment, so refused.
    return false;
  }
}

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
 * images it returns are checked by the reference rules (rules/references.ts) and on disk by
 * read-content.ts.
 */
/** A link in a body to a page of this site (`/thanh-tich/…`), checked once every entry is known. */
export interface BodyLink {
  url: string;
  line: number;
}

/** What the body check found: problems, and whether any of them makes the body unsafe to compile. */
export interface BodyCheck {
  problems: Problem[];
  /**
   * True when the body holds something MDX would run or emit as markup (code, ESM, an element
   * not allowed, a prop that is not a literal, a script URL) or cannot be parsed: such a body
   * must never reach the MDX compiler. Other problems (alt text, headings) are editorial.
   */
  unsafe: boolean;
  images: BodyImage[];
  links: BodyLink[];
}

export function checkMdxBody(body: string, firstLine: number, ctx: BodyContext): BodyCheck {
  const problems: Problem[] = [];
  const images: BodyImage[] = [];
  const links: BodyLink[] = [];
  let unsafe = false;
  const at = (node: MdastNode) => (node.position?.start.line ?? 1) + firstLine - 1;
  const add = (line: number, vi: string, en: string) => problems.push({ file: ctx.file, line, field: 'body', vi, en });
  const refuse = (line: number, vi: string, en: string) => {
    unsafe = true;
    add(line, vi, en);
  };

  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { features: { frontmatter: false } });
  } catch (error) {
    const { line, detail } = parseError((error as Error).message);
    const fileLine = line + firstLine - 1;
    refuse(
      fileLine,
      `MDX không hợp lệ ở dòng ${fileLine}: thẻ <…> chưa đóng, dấu { } lẻ hoặc ký tự < đứng trước chữ; đóng thẻ, hoặc viết \\< \\{ nếu muốn hiện ký tự đó.`,
      `malformed MDX at line ${fileLine}: ${detail}`,
    );
    return { problems, unsafe, images, links };
  }

  const checkLink = (node: MdastNode & { url: string }) => {
    if (isUnsafeUrl(node.url)) {
      refuse(
        at(node),
        `liên kết «${node.url.slice(0, 40)}» bị từ chối: không dùng địa chỉ javascript:, vbscript: hay data:; dùng địa chỉ http(s) hoặc đường dẫn trong trang.`,
        `link "${node.url.slice(0, 40)}" refused: javascript:, vbscript: and data: URLs are not allowed; use an http(s) or site path.`,
      );
      return false;
    }
    return true;
  };

  /** Props of an allowed component: only the ones it takes, each a quoted literal (or bare). */
  const checkProps = (
    node: MdastNode & { attributes: readonly MdxAttribute[] },
    name: string,
    props: ReadonlySet<string>,
  ) => {
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') {
        refuse(
          at(node),
          `thành phần <${name}> không nhận {…} trong thẻ; xóa phần {…}.`,
          `component <${name}> takes no {…} spread or expression; remove it.`,
        );
      } else if (!props.has(attribute.name)) {
        if (props.size === 0)
          refuse(
            at(node),
            `thành phần <${name}> không nhận thuộc tính nào; viết <${name} />.`,
            `component <${name}> takes no attributes; write <${name} />.`,
          );
        else
          refuse(
            at(node),
            `thành phần <${name}> không nhận thuộc tính «${attribute.name}» (chỉ nhận: ${[...props].join(', ')}).`,
            `component <${name}> takes no attribute "${attribute.name}" (only: ${[...props].join(', ')}).`,
          );
      } else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
        refuse(
          at(node),
          `giá trị của «${attribute.name}» trong <${name}> phải là chữ trong dấu nháy, không phải {…}.`,
          `the value of "${attribute.name}" in <${name}> must be a quoted literal, not {…}.`,
        );
      }
    }
  };

  const visit = (node: MdastNode) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const isImport = /^\s*import\b/.test(node.value);
        refuse(
          at(node),
          `không được dùng lệnh ${isImport ? 'import' : 'export'} trong nội dung; xóa dòng này (nội dung chỉ gồm chữ và định dạng Markdown).`,
          `MDX ${isImport ? 'import' : 'export'} is not allowed in content; remove the line.`,
        );
        return;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!ctx.mdx) {
          // Rendered as Markdown, even a comment would show as text.
          refuse(
            at(node),
            'không dùng dấu { } trong tin tức và thành tích (kể cả ghi chú {/* … */}); xóa phần { … }, hoặc viết \\{ nếu muốn hiện dấu ngoặc.',
            '{ } is not allowed in news and achievement bodies (not even a {/* … */} comment); remove it, or write \\{ for a literal brace.',
          );
        } else if (!isEmptyComment(node.value)) {
          refuse(
            at(node),
            'không được viết mã trong dấu { } ở nội dung (chỉ được ghi chú {/* … */}); xóa phần { … } hoặc viết \\{ nếu muốn hiện dấu ngoặc.',
            'code in { } is not allowed in content (only a {/* … */} comment); remove it, or write \\{ for a literal brace.',
          );
        }
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const props = ctx.allowedComponents.get(name);
        if (name && props) {
          checkProps(node as MdastNode & { attributes: readonly MdxAttribute[] }, name, props);
          // What a component wraps is checked like the rest of the body.
          break;
        } else if (ctx.componentHomes.has(name)) {
          refuse(
            at(node),
            `thành phần <${name}> chỉ dùng được trong ${ctx.componentHomes.get(name)}; xóa nó khỏi tệp này.`,
            `component <${name}> is only allowed in ${ctx.componentHomes.get(name)}; remove it here.`,
          );
        } else if (/^[a-z]/.test(name)) {
          refuse(
            at(node),
            `không được dùng thẻ HTML <${name}> trong nội dung; dùng định dạng Markdown (## tiêu đề, **đậm**, - danh sách, [liên kết](…)).`,
            `HTML tag <${name}> is not allowed in content; use Markdown formatting.`,
          );
        } else {
          refuse(
            at(node),
            `thành phần <${name || '>…</'}> không có trong danh sách được phép; xóa nó.`,
            `component <${name || 'fragment'}> is not on the allowed list; remove it.`,
          );
        }
        return;
      }
      case 'heading':
        // The page's own title is its one <h1>; a second one breaks the heading outline.
        if (node.depth === 1) {
          add(
            at(node),
            'không dùng tiêu đề cấp 1 (# …) trong nội dung: tên trang đã là tiêu đề cấp 1; dùng ## cho các mục.',
            'a level-1 heading (# …) is not allowed in the body: the page title is the level-1 heading; use ## for sections.',
          );
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
        if (!node.alt?.trim())
          add(
            at(node),
            'ảnh trong nội dung chưa có mô tả: viết mô tả trong ![mô tả](…).',
            'image in the body has no alt text: write it in ![alt](…).',
          );
        return;
    }
    if ('children' in node) for (const child of node.children as MdastNode[]) visit(child);
  };

  const checkImage = (node: MdastNode & { url: string; alt?: string | null }, line: number) => {
    if (!checkLink(node)) return;
    if (!node.alt?.trim())
      add(
        line,
        `ảnh «${node.url}» chưa có mô tả: viết mô tả trong ![mô tả](${node.url}).`,
        `image "${node.url}" has no alt text: write it in ![alt](${node.url}).`,
      );
    if (isExternal(node.url)) {
      add(
        line,
        `ảnh «${node.url}» nằm ở trang khác; tải ảnh lên thư mục content/media rồi dẫn tới ../media/tên-ảnh.jpg.`,
        `image "${node.url}" is hosted elsewhere; upload it to content/media and link ../media/name.jpg.`,
      );
      return;
    }
    images.push({ url: node.url, line });
  };

  visit(tree);
  return { problems, unsafe, images, links };
}

/** An attribute of an MDX element as the parser gives it. */
type MdxAttribute =
  | { type: 'mdxJsxAttribute'; name: string; value?: string | { type: string; value: string } | null }
  | { type: 'mdxJsxExpressionAttribute'; value: string };
