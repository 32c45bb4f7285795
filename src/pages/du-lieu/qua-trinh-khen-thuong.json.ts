/** Open data: every record («Quá trình khen thưởng» of each person and unit) as JSON. */
import type { APIRoute } from 'astro';
import { allRecordRows } from '../../data/records.ts';
import { recordsJson } from '../../lib/record-files.ts';
import { routes } from '../../lib/routes.ts';
import { SITE, SITE_URL } from '../../site.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL(SITE_URL);
  const body = recordsJson(await allRecordRows(), {
    title: `Quá trình khen thưởng của cá nhân và đơn vị – ${SITE.organisation}`,
    publisher: SITE.organisation,
    documentation: new URL(`${routes.openData}#qua-trinh-khen-thuong`, base).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
