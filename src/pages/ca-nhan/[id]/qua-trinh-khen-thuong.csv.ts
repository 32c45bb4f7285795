/** A person's record («Quá trình khen thưởng») as CSV: the two tables of the award report. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { achievementsByPerson, personRecord } from '../../../data/records.ts';
import { getPeople, type Achievement, type Person } from '../../../data/entries.ts';
import { recordCsv } from '../../../lib/record-files.ts';

export const getStaticPaths = (async () => {
  const byPerson = await achievementsByPerson();
  return (await getPeople()).map((person) => ({
    params: { id: person.id },
    props: { person, achievements: byPerson.get(person.id) ?? [] },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ person: Person; achievements: Achievement[] }> = ({ props }) =>
  new Response(recordCsv(personRecord(props.achievements), props.person.data.name), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
