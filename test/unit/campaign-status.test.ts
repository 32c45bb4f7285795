import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BROWSER_SCRIPTS, bundleBrowserScript } from '../../src/integrations/browser-scripts.ts';
import { campaignStatus, describeCampaignStatus, STATUS_LABELS } from '../../src/lib/campaign-status.ts';
import { ROOT } from '../support/paths.ts';

describe('campaign status', () => {
  const start = '2022-06-01';
  const end = '2022-12-31';

  it('is upcoming before the first day, running on both ends, over after the last day', () => {
    expect(campaignStatus(start, end, '2022-05-31')).toBe('upcoming');
    expect(campaignStatus(start, end, '2022-06-01')).toBe('running');
    expect(campaignStatus(start, end, '2022-12-31')).toBe('running');
    expect(campaignStatus(start, end, '2023-01-01')).toBe('over');
  });

  it('tells how far along it is, counting both ends', () => {
    expect(describeCampaignStatus(start, end, '2022-06-01')).toBe('Đang diễn ra · ngày 1/214');
    expect(describeCampaignStatus(start, end, '2022-12-31')).toBe('Đang diễn ra · ngày 214/214');
    expect(describeCampaignStatus(start, end, '2022-05-20')).toBe('Sắp diễn ra · còn 12 ngày');
    expect(describeCampaignStatus(start, end, '2023-01-01')).toBe('Đã kết thúc');
  });

  it('has Vietnamese labels', () => {
    expect(STATUS_LABELS).toEqual({ upcoming: 'Sắp diễn ra', running: 'Đang diễn ra', over: 'Đã kết thúc' });
  });

  // The browser script is bundled from the module: run the bundle on a stand-in DOM.
  it('the bundled browser script computes the same status as the module, and stays small', async () => {
    const script = await bundleBrowserScript(ROOT, BROWSER_SCRIPTS['js/campaign-status.js']!);
    expect(script.length).toBeLessThan(1024);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
    const shift = (days: number) =>
      new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const periods = [
      ['2000-01-01', '2000-12-31'],
      [shift(-10), shift(20)],
      [today, today],
      [shift(5), shift(40)],
    ] as const;
    for (const [s, e] of periods) {
      const el = { dataset: { start: s, end: e, campaignStatus: '' }, textContent: '' };
      const document = { querySelectorAll: () => [el] };
      runInNewContext(script, { document, Intl, Date });
      expect(el.dataset.campaignStatus).toBe(campaignStatus(s, e, today));
      expect(el.textContent).toBe(describeCampaignStatus(s, e, today));
    }
  });
});
