/**
 * Writes `_headers` into every build (read by Netlify and Cloudflare Pages, and by
 * src/local-backend/static-files.ts for `npm start` and the tests). Generated rather than copied from
 * public/ because the /admin policy follows the CMS backend configured for this build.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildCmsConfig } from '../cms/config.ts';
import { adminCsp } from '../cms/csp.ts';
import { headerRules, renderHeadersFile } from '../lib/security-headers.ts';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'thidua:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const rules = headerRules(adminCsp(buildCmsConfig()));
        await writeFile(fileURLToPath(new URL('_headers', dir)), renderHeadersFile(rules));
        logger.info(`_headers: ${rules.length} rules`);
      },
    },
  };
}
