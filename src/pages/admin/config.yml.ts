/**
 * /admin/config.yml — the Decap CMS configuration, generated at build time from the schema
 * (src/cms/config.ts) and the CMS_* environment variables.
 */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { buildCmsConfig } from '../../cms/config.ts';

export const GET: APIRoute = () =>
  new Response(stringify(buildCmsConfig(), { lineWidth: 0 }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
