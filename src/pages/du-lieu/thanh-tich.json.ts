/** Open data: every published achievement as JSON, with the data set's description and licence. */
import type { APIRoute } from 'astro';
import { getOpenDataRecords } from '../../data/open-data-records.ts';
import { routes } from '../../lib/routes.ts';
import { toJson } from '../../lib/open-data.ts';
import { SITE, SITE_URL } from '../../site.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL(SITE_URL);
  const records = await getOpenDataRecords(base);
  const body = toJson(records, {
    title: `Thành tích được khen thưởng – ${SITE.organisation}`,
    publisher: SITE.organisation,
    documentation: new URL(routes.openData, base).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
