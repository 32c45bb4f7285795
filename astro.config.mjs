// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { satteri } from '@astrojs/markdown-satteri';
import { vietnameseHeadingIds } from './src/markdown/heading-ids.ts';
import { nfcText } from './src/markdown/nfc-text.ts';
import { inertHtml } from './src/markdown/inert-html.ts';
import { photoWidths } from './src/markdown/photo-widths.ts';
import { mdxGuard } from './src/loaders/mdx-guard.ts';
import { validateContentIntegration } from './src/integrations/validate-content.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { SITE_URL } from './src/site.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import cms from './src/integrations/cms.ts';
import browserScripts from './src/integrations/browser-scripts.ts';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One cacheable stylesheet instead of inline <style> blocks (and a strict CSP without 'unsafe-inline').
    inlineStylesheets: 'never',
    // Pages render 4 at a time: at 10,000 achievements rendering took 12 s instead of 16 s (README, "Scale").
    concurrency: 4,
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  markdown: {
    processor: satteri({
      // Raw HTML in a body is shown as text, never emitted as markup (content is data).
      hastPlugins: [inertHtml, photoWidths, nfcText, vietnameseHeadingIds],
      // Publish documents as written: no automatic curly quotes or dashes.
      features: { smartPunctuation: false },
    }),
  },
  integrations: [
    validateContentIntegration(),
    securityHeaders(),
    mdx(),
    // No .mdx file is compiled to JavaScript unless the content model's MDX check passed it.
    mdxGuard(),
    cms(),
    // /js/campaign-status.js bundled from the same module the build renders with.
    browserScripts(),
    sitemap({ filter: (page) => !page.includes('/admin') }),
    pagefindIndex(),
  ],
  vite: {
    server: {
      // Test runs and `npm start` write project copies and builds here; the dev server must not
      // reload for them.
      watch: { ignored: ['**/.test-work/**', '**/.bench/**', '**/.dist-next/**', '**/.dist-old/**', '**/dist/**'] },
    },
    build: {
      // Never inline a page script, however small: the CSP (script-src 'self') refuses inline
      // scripts. Other assets keep Vite's default (undefined → inlined below 4 KiB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        onwarn(warning, warn) {
          // Every .mdx entry logs this harmless directive warning (megabytes of log at scale).
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
