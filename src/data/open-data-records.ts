/** Published achievements as open-data records (columns in src/lib/open-data.ts). */
import { isoDate } from '../lib/dates.ts';
import type { OpenDataRecord } from '../lib/open-data.ts';
import { routes } from '../lib/routes.ts';
import { achievementYear, getAchievements, getCampaignMap, getUnitMap } from './entries.ts';

/** In the order of the achievement list: newest decision first, then by name. */
export async function getOpenDataRecords(site: URL): Promise<OpenDataRecord[]> {
  const [achievements, units, campaigns] = await Promise.all([getAchievements(), getUnitMap(), getCampaignMap()]);
  return achievements.map((a) => {
    const d = a.data;
    const campaign = d.campaign ? campaigns.get(d.campaign.id) : undefined;
    return {
      id: a.id,
      recipient: d.recipient,
      kind: d.kind,
      position: d.position ?? '',
      unitId: d.unit.id,
      unitName: units.get(d.unit.id)?.data.name ?? '',
      award: d.award,
      authority: d.authority,
      decisionNumber: d.decisionNumber,
      decisionDate: isoDate(d.decisionDate),
      year: achievementYear(a),
      campaignId: d.campaign?.id ?? '',
      campaignTitle: campaign?.data.title ?? '',
      contentIds: d.contents,
      contentTitles: d.contents.map((id) => campaign?.data.contents.find((c) => c.id === id)?.title ?? id),
      summary: d.summary,
      url: new URL(routes.achievement(a.id), site).href,
      sample: d.sample,
    };
  });
}
