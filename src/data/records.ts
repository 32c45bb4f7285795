/**
 * Whose honours make up a record («Quá trình khen thưởng»): a person's are the achievements that
 * name them; a unit's are the collective honours of the unit and of every unit it succeeded
 * (renamed or merged into it), shown with the name as it was. The tables and runs themselves
 * come from the pure src/lib/records.ts.
 */
import { awardRecord, type AwardRecord, type Honour, type RecordFileRow, recordFileRows } from '../lib/records.ts';
import {
  achievementYear,
  getAchievements,
  getPeople,
  getUnits,
  type Achievement,
  type Person,
  type Unit,
} from './entries.ts';

/** An honour of a record, with the achievement it comes from. */
export interface RecordHonour extends Honour {
  achievement: Achievement;
}

export function honourOf(a: Achievement): RecordHonour {
  const d = a.data;
  return {
    id: a.id,
    year: achievementYear(a),
    award: d.award,
    decisionNumber: d.decisionNumber,
    decisionDate: d.decisionDate,
    authority: d.authority,
    recipient: d.recipient,
    achievement: a,
  };
}

/** Achievements of each person, by person id. */
export async function achievementsByPerson(): Promise<Map<string, Achievement[]>> {
  const byPerson = new Map<string, Achievement[]>();
  for (const a of await getAchievements()) {
    if (a.data.person) byPerson.set(a.data.person.id, [...(byPerson.get(a.data.person.id) ?? []), a]);
  }
  return byPerson;
}

export function personRecord(achievements: readonly Achievement[]): AwardRecord<RecordHonour> {
  return awardRecord(achievements.map(honourOf));
}

/** The unit and every unit whose chain of successors leads to it, the unit first. */
export function unitLineage(unit: Unit, units: readonly Unit[]): Unit[] {
  const leadsTo = (u: Unit): boolean => {
    const seen = new Set<string>();
    for (
      let next = u.data.successor?.id;
      next && !seen.has(next);
      next = units.find((x) => x.id === next)?.data.successor?.id
    ) {
      if (next === unit.id) return true;
      seen.add(next);
    }
    return false;
  };
  return [unit, ...units.filter((u) => u.id !== unit.id && leadsTo(u))];
}

/** The collective honours of a unit and its predecessors. */
export function unitRecordAchievements(
  unit: Unit,
  units: readonly Unit[],
  achievements: readonly Achievement[],
): Achievement[] {
  const ids = new Set(unitLineage(unit, units).map((u) => u.id));
  return achievements.filter((a) => a.data.kind === 'tap-the' && ids.has(a.data.unit.id));
}

/** Every record's rows, people first then units, for the site-wide files under /du-lieu/. */
export async function allRecordRows(): Promise<RecordFileRow[]> {
  const [people, units, achievements, byPerson] = await Promise.all([
    getPeople(),
    getUnits(),
    getAchievements(),
    achievementsByPerson(),
  ]);
  const personRows = people.flatMap((p: Person) =>
    recordFileRows({ kind: 'ca-nhan', id: p.id, name: p.data.name }, personRecord(byPerson.get(p.id) ?? [])),
  );
  const unitRows = units.flatMap((u) =>
    recordFileRows(
      { kind: 'don-vi', id: u.id, name: u.data.name },
      awardRecord(unitRecordAchievements(u, units, achievements).map(honourOf)),
    ),
  );
  return [...personRows, ...unitRows];
}
