/**
 * Whether a campaign is upcoming, running or over on a given day, and how far along it is.
 * Works on ISO date strings, so the same rule runs at build time and in the small browser
 * script that keeps the status current after the build (src/scripts/campaign-status.ts, bundled
 * into /js/campaign-status.js from this very module).
 */

export type CampaignStatus = 'upcoming' | 'running' | 'over';

export const STATUS_LABELS: Record<CampaignStatus, string> = {
  upcoming: 'Sắp diễn ra',
  running: 'Đang diễn ra',
  over: 'Đã kết thúc',
};

/** `start` and `end` are inclusive calendar days "YYYY-MM-DD"; so is `today`. */
export function campaignStatus(start: string, end: string, today: string): CampaignStatus {
  if (today < start) return 'upcoming';
  if (today > end) return 'over';
  return 'running';
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/**
 * The status as a reader sees it, with the time elapsed: "Đang diễn ra · ngày 45/214",
 * "Sắp diễn ra · còn 12 ngày", "Đã kết thúc".
 */
export function describeCampaignStatus(start: string, end: string, today: string): string {
  const status = campaignStatus(start, end, today);
  const label = STATUS_LABELS[status];
  if (status === 'running')
    return `${label} · ngày ${dayNumber(today) - dayNumber(start) + 1}/${dayNumber(end) - dayNumber(start) + 1}`;
  if (status === 'upcoming') return `${label} · còn ${dayNumber(start) - dayNumber(today)} ngày`;
  return label;
}
