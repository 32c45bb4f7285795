/**
 * Keeps a campaign's status and elapsed time true on the day the page is read, not only on the
 * day it was built. The same module computes it at build time (src/lib/campaign-status.ts);
 * this file is bundled into /js/campaign-status.js by src/integrations/browser-scripts.ts.
 */
import { campaignStatus, describeCampaignStatus } from '../lib/campaign-status.ts';

const today = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());
document.querySelectorAll<HTMLElement>('[data-campaign-status]').forEach((el) => {
  const { start, end } = el.dataset;
  if (!start || !end) return;
  el.textContent = describeCampaignStatus(start, end, today);
  el.dataset['campaignStatus'] = campaignStatus(start, end, today);
});
