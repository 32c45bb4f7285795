/**
 * The content loader of the `.mdx` collections. Content is data, never code: a body reaches
 * the MDX compiler (which turns it into JavaScript that runs during the build) only in a
 * collection whose bodies may use components (campaigns), only when it uses MDX at all, and
 * only after the content model's MDX check (`checkMdxBody`, Sätteri's parser plus a JavaScript
 * tokenizer) found nothing unsafe in it. Every other body — every news item and achievement,
 * whatever it holds — is rendered by the site's Markdown renderer, whose raw HTML is made text
 * (`src/markdown/inert-html.ts`). The MDX compile itself is guarded too (`mdx-guard.ts`).
 *
 * Why Markdown is also the fast path: Astro compiles every `.mdx` entry into its own module,
 * bundled and executed to render the page; 10,000 such entries took ≈ 86 s and 3 GiB here, the
 * same rendered as Markdown ≈ 24 s (README, "Scale"). Files, names, the CMS and the schema stay
 * as they are; ids are the glob loader's own.
 *
 * How: Astro's glob loader, with the `.mdx` extension mapped to the Markdown entry type. In a
 * collection that may use MDX it runs twice on one store — over the plain files as Markdown,
 * over the checked MDX files as MDX. Each glob run deletes the entries it did not see; a
 * deletion is applied only when neither run saw the entry. In `astro dev` (a file watcher is
 * present) such a collection is simply the glob loader: files change type while being edited;
 * the MDX guard still checks each one before it compiles.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parseEntryFile, splitEntryFile } from '../content-model/entry-file.ts';
import { bodyContext, bodiesMayUseMdx, checkMdxBody } from '../content-model/mdx-body.ts';
import { formatReport } from '../content-model/problem.ts';

/**
 * Whether a body can be rendered as Markdown with the same result as MDX: no MDX syntax at all
 * (ESM, JSX or HTML tags, expressions, comments), and no indented code block, which MDX does
 * not have (it reads indented lines as a paragraph).
 */
export function isPlainMarkdown(body: string): boolean {
  if (/[<>{}]/.test(body)) return false;
  if (/^(import|export)\s/m.test(body)) return false;
  if (/^( {4}|\t)/m.test(body)) return false;
  return true;
}

/**
 * Why a file may not be compiled by MDX, as the one-line report of the content model, or
 * `undefined` when its body is safe to compile. `file` is project-relative, for the message.
 */
export function mdxRefusal(collection: string, file: string, source: string): string | undefined {
  const read = parseEntryFile({ format: 'mdx' }, file, source);
  if (!read.ok) return formatReport(read.problems);
  return read.entry.body ? bodyRefusal(collection, file, read.entry.body.text, read.entry.body.firstLine) : undefined;
}

/** Why a body (starting at file line `firstLine`) may not be compiled by MDX, or `undefined`. */
export function bodyRefusal(collection: string, file: string, body: string, firstLine = 1): string | undefined {
  if (!bodiesMayUseMdx(collection)) {
    return `${file}: body: nội dung của loại này không được biên dịch thành mã (MDX) / bodies of "${collection}" are never compiled as MDX`;
  }
  const check = checkMdxBody(body, firstLine, bodyContext(collection, file));
  return check.unsafe ? formatReport(check.problems) : undefined;
}

/**
 * The content entry types by extension: not in Astro's public `LoaderContext` type, but passed to
 * every loader and read by the glob loader itself.
 */
interface EntryType {
  getRenderFunction?: (config: unknown) => Promise<(entry: never) => Promise<Rendered | undefined>>;
}
interface Rendered {
  html: string;
  metadata?: { frontmatter?: unknown };
}

type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, EntryType> };

/**
 * The glob loader's options here. The content store keeps each entry whole, and Astro also
 * bundles the store into the build as one module that every page render loads: the raw body is
 * never read by the site (pages show the rendered HTML; the gate reads the files), so it is not
 * kept. With the renderer's copy of the front matter also dropped (below), the store of the
 * 10,000-achievement benchmark is 16.5 MB instead of 26.2 MB.
 */
const GLOB_OPTIONS = { retainBody: false } as const;

/** The body of an entry file: what follows its front matter (split by the content model). */
function bodyOf(contents: string): string {
  const split = splitEntryFile(contents);
  return split.ok ? split.body.text : contents;
}

export interface MdxOrMarkdownOptions {
  /** Folder of the collection, relative to the project root (`./content/news`). */
  base: string;
  /** Name of the collection in the content model (`news`, `campaigns`). */
  collection: string;
}

export function mdxOrMarkdown(options: MdxOrMarkdownOptions): Loader {
  const mayUseMdx = bodiesMayUseMdx(options.collection);
  return {
    name: 'mdx-or-markdown',
    load: async (loaderContext: LoaderContext) => {
      if (!('entryTypes' in loaderContext)) {
        throw new Error(
          'mdx-or-markdown: Astro passed no entry types to the loader; bodies cannot be routed away from MDX',
        );
      }
      const context = loaderContext as ContextWithEntryTypes;
      const markdown = context.entryTypes.get('.md');
      if (!markdown?.getRenderFunction) throw new Error('mdx-or-markdown: Astro has no Markdown entry type');
      // MDX escapes `"` in text as `&quot;` and ends without a newline; the Markdown renderer
      // does neither. Aligned, plain bodies are byte for byte what MDX made (same DOM either way).
      const markdownType = {
        ...markdown,
        getRenderFunction: async (config: unknown) => {
          const render = await markdown.getRenderFunction!(config);
          return async (entry: never) => {
            const rendered = await render(entry);
            // `metadata.frontmatter` (Astro's `remarkPluginFrontmatter`) repeats the front matter
            // the site reads from `entry.data`; no plugin of ours adds to it.
            return (
              rendered && {
                ...rendered,
                html: asMdxWrites(rendered.html),
                ...(rendered.metadata && { metadata: { ...rendered.metadata, frontmatter: {} } }),
              }
            );
          };
        },
      };
      const asMarkdown = new Map([...context.entryTypes, ['.mdx', markdownType]]);

      // News and achievements: Markdown, always, whatever the files hold (in dev too).
      if (!mayUseMdx)
        return glob({ ...GLOB_OPTIONS, pattern: '*.mdx', base: options.base }).load({
          ...context,
          entryTypes: asMarkdown,
        } as ContextWithEntryTypes);
      if (context.watcher) return glob({ ...GLOB_OPTIONS, pattern: '*.mdx', base: options.base }).load(context);

      const baseDir = new URL(options.base.endsWith('/') ? options.base : `${options.base}/`, context.config.root);
      const folder = options.base.replace(/^\.\//, '').replace(/\/$/, '');
      const files = (await readdir(fileURLToPath(baseDir))).filter((f) => f.endsWith('.mdx')).sort();
      const plain: string[] = [];
      const mdx: string[] = [];
      const refusals: string[] = [];
      for (const file of files) {
        const contents = await readFile(new URL(file, baseDir), 'utf8');
        if (isPlainMarkdown(bodyOf(contents))) {
          plain.push(file);
          continue;
        }
        const refusal = mdxRefusal(options.collection, `${folder}/${file}`, contents);
        if (refusal) refusals.push(refusal);
        else mdx.push(file);
      }
      if (refusals.length > 0) {
        const error = new Error(refusals.join('\n'));
        error.name = 'ContentRefusedError';
        error.stack = error.message;
        throw error;
      }

      // A deletion asked by one run is applied only if the other run also asked for it.
      const deleteRequests = new Map<string, number>();
      // Patterns name the few MDX files; listing thousands of plain files would make the glob
      // match every file against every name.
      const runs = [
        { files: plain, pattern: ['*.mdx', ...mdx.map((f) => `!${escapeGlob(f)}`)], entryTypes: asMarkdown },
        { files: mdx, pattern: mdx.map(escapeGlob), entryTypes: context.entryTypes },
      ];
      for (const run of runs) {
        const store = Object.create(context.store, {
          delete: { value: (id: string) => void deleteRequests.set(id, (deleteRequests.get(id) ?? 0) + 1) },
        });
        // A glob pattern that matches no file makes the glob loader warn "No files found".
        if (run.files.length === 0) {
          for (const id of context.store.keys()) store.delete(id);
          continue;
        }
        const loader = glob({ ...GLOB_OPTIONS, pattern: run.pattern, base: options.base });
        await loader.load({ ...context, store, entryTypes: run.entryTypes } as ContextWithEntryTypes);
      }
      for (const [id, count] of deleteRequests) if (count === runs.length) context.store.delete(id);
    },
  };
}

/**
 * The Markdown renderer escapes `<` in text and the inert-HTML plugin turns raw HTML into text,
 * so every `<…>` in its HTML is a tag it wrote; `"` elsewhere is text.
 */
function asMdxWrites(html: string): string {
  return html
    .trimEnd()
    .split(/(<[^>]*>)/)
    .map((part) => (part.startsWith('<') ? part : part.replaceAll('"', '&quot;')))
    .join('');
}

/** File names are matched as glob patterns: escape the few characters globs give meaning to. */
function escapeGlob(name: string): string {
  return name.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}
