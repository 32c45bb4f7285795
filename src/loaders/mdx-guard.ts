/**
 * The last door before the MDX compiler: an Astro integration that wraps the transform of
 * `@astrojs/mdx`'s Vite plugin, so no `.mdx` file is compiled into JavaScript unless it is an
 * entry of a collection whose bodies may use MDX and the content model's check finds nothing
 * unsafe in it (`mdxRefusal`). The loader already routes every other body to the Markdown
 * renderer; this guard also covers `astro dev`, where the loader is the plain glob loader for
 * campaigns, and any future path that imports an `.mdx` file.
 *
 * The check reads the body exactly as the MDX plugin will compile it: Astro's own front-matter
 * splitter (the function `@astrojs/mdx` calls), so no text can hide from the check in what one
 * reader takes for front matter and the other for body.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { AstroIntegration } from 'astro';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS } from '../schema/index.ts';
import { bodyRefusal } from './mdx-or-markdown.ts';

/** The name `@astrojs/mdx` gives its Vite plugin. */
const MDX_PLUGIN = '@mdx-js/rolldown';

type Handler = (this: unknown, code: string, id: string, ...rest: unknown[]) => unknown;
interface VitePluginLike {
  name: string;
  transform?: Handler | { handler: Handler; filter?: unknown };
}

/**
 * Why the file may not be compiled, or `undefined`. `root` is the project root; files outside
 * a collection folder are refused (the site has no `.mdx` page of its own).
 */
export function mdxCompileRefusal(root: string, id: string, code: string): string | undefined {
  const file = relative(root, id.split('?')[0]!).split(sep).join('/');
  const folder = file.slice(0, file.lastIndexOf('/'));
  const spec = COLLECTIONS.find((c) => c.folder === folder && c.format === 'mdx');
  if (!spec)
    return `${file}: file: tệp .mdx nằm ngoài thư mục nội dung, không được biên dịch / an .mdx file outside the content folders is never compiled`;
  // Exactly the text `@astrojs/mdx` compiles: its front matter blanked out, lines unmoved.
  const { content } = parseFrontmatter(code, { frontmatter: 'empty-with-spaces' });
  return bodyRefusal(spec.name, file, content);
}

export function mdxGuard(): AstroIntegration {
  return {
    name: 'thidua:mdx-guard',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'thidua:mdx-guard',
                configResolved(resolved: { plugins: readonly object[] }) {
                  const mdx = (resolved.plugins as readonly VitePluginLike[]).find((p) => p.name === MDX_PLUGIN);
                  if (!mdx?.transform) return;
                  const original = typeof mdx.transform === 'function' ? mdx.transform : mdx.transform.handler;
                  const guarded: Handler = function (this: unknown, code, id, ...rest) {
                    if (id.split('?')[0]!.endsWith('.mdx')) {
                      const refusal = mdxCompileRefusal(root, id, code);
                      if (refusal) {
                        const error = new Error(refusal);
                        error.name = 'ContentRefusedError';
                        error.stack = refusal;
                        throw error;
                      }
                    }
                    return original.call(this, code, id, ...rest);
                  };
                  if (typeof mdx.transform === 'function') mdx.transform = guarded;
                  else mdx.transform.handler = guarded;
                },
              },
            ],
          },
        });
      },
    },
  };
}
