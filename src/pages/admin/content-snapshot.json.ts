/**
 * /admin/content-snapshot.json — what the CMS form checks an entry against on a static host
 * (src/cms/admin/form-gate.ts): the content of this build. `npm start` answers the same path
 * fresh from disk (src/local-backend/server.ts).
 */
import type { APIRoute } from 'astro';
import { readContentSnapshot } from '../../content-model/read-content.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await readContentSnapshot(process.cwd())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
