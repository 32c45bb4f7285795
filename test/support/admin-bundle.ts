/**
 * A module of the content gate bundled as /admin bundles it: `satteri` resolved to the browser
 * parser (BROWSER_SATTERI, src/integrations/cms.ts), whose own browser binding is a WebAssembly
 * package npm will not install here.
 */
import { build, type BuildResult, type Platform } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSER_SATTERI } from '../../src/integrations/cms.ts';
import { ROOT } from './paths.ts';

export function bundleAsAdmin(
  entry: string,
  platform: Platform,
): Promise<BuildResult<{ write: false }> & { outputFiles: { text: string }[] }> {
  return build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    platform,
    format: 'esm',
    logLevel: 'silent',
    plugins: [
      {
        name: 'browser-satteri',
        setup(b) {
          b.onResolve({ filter: /^satteri$/ }, () => ({ path: BROWSER_SATTERI }));
        },
      },
    ],
    outdir: join(tmpdir(), 'thidua-admin-bundle'),
  });
}
