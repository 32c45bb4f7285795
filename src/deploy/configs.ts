/** The committed server configurations of deploy/, rendered from the header rules. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCmsConfig, type CmsEnv } from '../cms/config.ts';
import { adminCsp } from '../cms/csp.ts';
import { headerRules } from '../lib/security-headers.ts';
import { renderCaddyfile, renderNginxConfig } from '../lib/server-configs.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Project-relative path → contents, for the CMS configured by `env`. */
export function deployConfigs(env: CmsEnv = process.env as CmsEnv): Record<string, string> {
  const rules = headerRules(adminCsp(buildCmsConfig(env)));
  return {
    'deploy/nginx/thidua.conf': renderNginxConfig(rules),
    'deploy/caddy/Caddyfile': renderCaddyfile(rules),
  };
}

export async function writeDeployConfigs(root = ROOT, env?: CmsEnv): Promise<string[]> {
  const files = deployConfigs(env);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return Object.keys(files);
}
