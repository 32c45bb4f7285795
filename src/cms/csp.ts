/**
 * The Content-Security-Policy of /admin. Decap compiles its config schema at run time (ajv), so
 * it needs `'unsafe-eval'`, and its CSS-in-JS needs inline styles: both allowed here only, never
 * on the public pages. Connections go to the site itself (which also answers the local backend
 * under `npm start`) and the configured Git backend — nothing else (no CDN).
 */
import type { CmsObject } from './config.ts';

const BACKEND_ORIGINS: Record<string, string[]> = {
  github: ['https://api.github.com'],
  gitlab: ['https://gitlab.com'],
  'git-gateway': [],
};

/** Images a Git backend shows: avatars, and media served from the repository. */
const BACKEND_IMAGES: Record<string, string[]> = {
  github: ['https://avatars.githubusercontent.com', 'https://raw.githubusercontent.com'],
  gitlab: ['https://gitlab.com', 'https://secure.gravatar.com'],
  'git-gateway': [],
};

function originOf(url: unknown): string | undefined {
  if (typeof url !== 'string' || !url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function adminCsp(config: CmsObject): string {
  const backend = config['backend'] as { name: string; base_url?: string; api_root?: string };
  const connect = new Set(["'self'", 'blob:', 'data:', ...(BACKEND_ORIGINS[backend.name] ?? [])]);
  const base = originOf(backend.base_url);
  if (base) connect.add(base);
  const api = originOf(backend.api_root);
  if (api) connect.add(api);
  const images = ["'self'", 'data:', 'blob:', ...(BACKEND_IMAGES[backend.name] ?? [])];
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src ${images.join(' ')}`,
    "font-src 'self' data:",
    `connect-src ${[...connect].join(' ')}`,
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
