/** Open data: every published achievement as CSV (UTF-8 with BOM, for Excel). */
import type { APIRoute } from 'astro';
import { getOpenDataRecords } from '../../data/open-data-records.ts';
import { toCsv } from '../../lib/open-data.ts';
import { SITE_URL } from '../../site.ts';

export const GET: APIRoute = async ({ site }) => {
  const records = await getOpenDataRecords(site ?? new URL(SITE_URL));
  return new Response(toCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
