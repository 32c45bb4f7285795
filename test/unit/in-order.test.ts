/**
 * `inOrder` (src/lib/in-order.ts), which feeds Pagefind the site's pages several at a time: the
 * index is deterministic only if the pages are sent in list order however their reads finish,
 * and memory stays flat only if the window bounds what is read ahead and what is unanswered.
 */
import { describe, expect, it } from 'vitest';
import { inOrder } from '../../src/lib/in-order.ts';

const later = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('inOrder', () => {
  it('sends in list order even when later items are prepared first, and keeps at most `window` in flight', async () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    const sent: number[] = [];
    let reading = 0;
    let mostReading = 0;
    let unanswered = 0;
    let mostUnanswered = 0;
    await inOrder(
      items,
      4,
      async (i) => {
        reading += 1;
        mostReading = Math.max(mostReading, reading);
        // Reads finish in reverse order within each group of five.
        await later(5 - (i % 5));
        reading -= 1;
        return `page ${i}`;
      },
      (i, value) => {
        expect(value).toBe(`page ${i}`);
        sent.push(i);
        unanswered += 1;
        mostUnanswered = Math.max(mostUnanswered, unanswered);
        return later(1 + (i % 3)).then(() => {
          unanswered -= 1;
        });
      },
    );
    expect(sent).toEqual(items);
    expect(mostReading).toBeLessThanOrEqual(4);
    expect(mostUnanswered).toBeLessThanOrEqual(4);
    expect(mostUnanswered).toBeGreaterThan(1);
  });

  it('skips items whose send returns nothing, and rejects with the first failed answer', async () => {
    const sent: number[] = [];
    const run = inOrder(
      [0, 1, 2, 3, 4, 5, 6, 7],
      3,
      (i) => Promise.resolve(i),
      (i) => {
        if (i % 2 === 1) return undefined;
        sent.push(i);
        return i === 4 ? later(1).then(() => Promise.reject(new Error('page 4 refused'))) : later(1);
      },
    );
    await expect(run).rejects.toThrow('page 4 refused');
    expect(sent.slice(0, 3)).toEqual([0, 2, 4]);
  });

  it('rejects with a failed read, and refuses a window below one', async () => {
    await expect(
      inOrder(
        [1, 2, 3],
        2,
        (i) => (i === 2 ? Promise.reject(new Error('cannot read 2')) : Promise.resolve(i)),
        () => undefined,
      ),
    ).rejects.toThrow('cannot read 2');
    await expect(
      inOrder(
        [1],
        0,
        (i) => Promise.resolve(i),
        () => undefined,
      ),
    ).rejects.toThrow(/window/);
  });
});
