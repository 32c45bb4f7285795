/** Open data: every record («Quá trình khen thưởng» of each person and unit) as CSV. */
import type { APIRoute } from 'astro';
import { allRecordRows } from '../../data/records.ts';
import { recordsCsv } from '../../lib/record-files.ts';

export const GET: APIRoute = async () =>
  new Response(recordsCsv(await allRecordRows()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
