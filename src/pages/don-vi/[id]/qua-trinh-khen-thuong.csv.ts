/** A unit's record («Quá trình khen thưởng», predecessors included) as CSV. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { honourOf, unitRecordAchievements } from '../../../data/records.ts';
import { getAchievements, getUnits, type Unit } from '../../../data/entries.ts';
import { recordCsv } from '../../../lib/record-files.ts';
import { awardRecord } from '../../../lib/records.ts';

export const getStaticPaths = (async () =>
  (await getUnits()).map((unit) => ({ params: { id: unit.id }, props: { unit } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ unit: Unit }> = async ({ props }) => {
  const record = awardRecord(
    unitRecordAchievements(props.unit, await getUnits(), await getAchievements()).map(honourOf),
    props.unit.data.name,
  );
  return new Response(recordCsv(record, props.unit.data.name), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
