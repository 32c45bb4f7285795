import { readFile } from 'node:fs/promises';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { campaignStatus, STATUS_LABELS } from '../../src/lib/campaign-status.ts';

describe('campaign status', () => {
  const start = '2022-06-01';
  const end = '2022-12-31';

  it('is upcoming before the first day, running on both ends, over after the last day', () => {
    expect(campaignStatus(start, end, '2022-05-31')).toBe('upcoming');
    expect(campaignStatus(start, end, '2022-06-01')).toBe('running');
    expect(campaignStatus(start, end, '2022-12-31')).toBe('running');
    expect(campaignStatus(start, end, '2023-01-01')).toBe('over');
  });

  it('has Vietnamese labels', () => {
    expect(STATUS_LABELS).toEqual({ upcoming: 'Sắp diễn ra', running: 'Đang diễn ra', over: 'Đã kết thúc' });
  });

  // The browser script mirrors the module; run it on a stand-in DOM to prove they agree.
  it('browser script computes the same status as the module', async () => {
    const script = await readFile(new URL('../../public/js/campaign-status.js', import.meta.url), 'utf8');
    for (const [s, e] of [['2000-01-01', '2000-12-31'], ['2000-01-01', '2999-12-31'], ['2999-01-01', '2999-12-31']] as const) {
      const el = { dataset: { start: s, end: e, campaignStatus: '' }, textContent: '' };
      const document = { querySelectorAll: () => [el] };
      runInNewContext(script, { document, Intl, Date });
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
      const expected = campaignStatus(s, e, today);
      expect(el.dataset.campaignStatus).toBe(expected);
      expect(el.textContent).toBe(STATUS_LABELS[expected]);
    }
  });
});
