/**
 * Whether a campaign is upcoming, running or over on a given day. Works on ISO date strings,
 * so the same rule runs at build time and in the small browser script that keeps the status
 * current after the build (public/js/campaign-status.js mirrors it).
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
