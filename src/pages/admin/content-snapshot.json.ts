/**
 * /admin/content-snapshot.json — what the CMS form checks an entry against on a static host
 * (src/cms/admin/form-gate.ts): the content of this build. `npm start` answers the same path
 * fresh from disk (src/local-backend/server.ts).
 */
import type { APIRoute } from 'astro';
import { openEntryAnalyses } from '../../content-model/analysis-cache.ts';
import { readContentSnapshot } from '../../content-model/read-content.ts';

export const GET: APIRoute = async () => {
  const root = process.cwd();
  // The build's content gate has just analysed every file and kept the results: read them back
  // instead of parsing every entry a second time.
  const analyses = await openEntryAnalyses(root);
  return new Response(JSON.stringify(await readContentSnapshot(root, { analyses })), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
