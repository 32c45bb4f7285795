/** Achievements as the plain records the statistics count (see src/lib/stats.ts). */
import type { StatRecord } from '../lib/stats.ts';
import { achievementYear, type Achievement } from './entries.ts';

export function toStatRecord(a: Achievement): StatRecord {
  return {
    year: achievementYear(a),
    unit: a.data.unit.id,
    award: a.data.award,
    kind: a.data.kind,
    campaign: a.data.campaign?.id,
    contents: a.data.contents,
  };
}
