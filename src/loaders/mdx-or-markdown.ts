/**
 * A content loader for folders of `.mdx` entries that renders the bodies which use no MDX
 * feature (no import/export, no JSX, no `{expression}`) as plain Markdown, with the site's own
 * Markdown processor, while entries that do use MDX still go through MDX.
 *
 * Why: Astro compiles every `.mdx` entry into its own JavaScript module, bundled and then
 * executed to render the page. Achievements and news written in the CMS are plain text with
 * Markdown, so at archive scale that is almost all of the build: 10,000 `.mdx` entries took
 * ≈ 86 s and 3 GiB here, the same entries rendered as Markdown ≈ 24 s (see the README, "Scale").
 * Files, file names, the CMS and the schema stay as they are; ids are the glob loader's own.
 *
 * How: it runs Astro's glob loader twice — over the plain files with the `.mdx` extension
 * mapped to the Markdown entry type (rendered to HTML when content is synced), and over the
 * others as MDX — on one store. Each glob run deletes the entries it did not see; a deletion is
 * applied only when neither run saw the entry. In `astro dev` (a file watcher is present) it is
 * simply the glob loader: files change type while being edited, and dev builds are small.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';

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
 * The content entry types by extension: not in Astro's public `LoaderContext` type, but passed to
 * every loader and read by the glob loader itself. Without it the loader is the glob loader.
 */
interface EntryType {
  getRenderFunction?: (config: unknown) => Promise<(entry: never) => Promise<{ html: string } | undefined>>;
}
type ContextWithEntryTypes = LoaderContext & { entryTypes: Map<string, EntryType> };

/** The body of an entry file: what follows its front matter. */
function bodyOf(contents: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(contents);
  return match ? contents.slice(match[0].length) : contents;
}

export function mdxOrMarkdown(options: { base: string }): Loader {
  const all = glob({ pattern: '*.mdx', base: options.base });
  return {
    name: 'mdx-or-markdown',
    load: async (loaderContext: LoaderContext) => {
      if (loaderContext.watcher || !('entryTypes' in loaderContext)) return all.load(loaderContext);
      const context = loaderContext as ContextWithEntryTypes;
      const baseDir = new URL(options.base.endsWith('/') ? options.base : `${options.base}/`, context.config.root);
      const files = (await readdir(fileURLToPath(baseDir))).filter((f) => f.endsWith('.mdx')).sort();
      const plain: string[] = [];
      const mdx: string[] = [];
      for (const file of files) {
        const contents = await readFile(new URL(file, baseDir), 'utf8');
        (isPlainMarkdown(bodyOf(contents)) ? plain : mdx).push(file);
      }
      const markdown = context.entryTypes.get('.md');
      if (!markdown?.getRenderFunction) throw new Error('mdx-or-markdown: Astro has no Markdown entry type');
      // MDX escapes `"` in text as `&quot;` and ends without a newline; the Markdown renderer
      // does neither. Aligned, pages are byte for byte what MDX made (same DOM either way).
      const markdownType = {
        ...markdown,
        getRenderFunction: async (config: unknown) => {
          const render = await markdown.getRenderFunction!(config);
          return async (entry: never) => {
            const rendered = await render(entry);
            return rendered && { ...rendered, html: asMdxWrites(rendered.html) };
          };
        },
      };

      // A deletion asked by one run is applied only if the other run also asked for it.
      const deleteRequests = new Map<string, number>();
      // Patterns name the few MDX files; listing thousands of plain files would make the glob
      // match every file against every name.
      const runs = [
        { files: plain, pattern: ['*.mdx', ...mdx.map((f) => `!${escapeGlob(f)}`)], entryTypes: new Map([...context.entryTypes, ['.mdx', markdownType]]) },
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
        const loader = glob({ pattern: run.pattern, base: options.base });
        await loader.load({ ...context, store, entryTypes: run.entryTypes } as ContextWithEntryTypes);
      }
      for (const [id, count] of deleteRequests) if (count === runs.length) context.store.delete(id);
    },
  };
}

/** Plain bodies have no `<` or `>`, so every `<…>` in the HTML is a tag the renderer wrote. */
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
