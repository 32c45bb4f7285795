/** Waiting for the search UI (search page, achievement facets) to show what it found. */
import type { Page } from 'playwright-core';

/**
 * Resolves once the status line reports a result ("10 kết quả.") and, when it counts results,
 * the list shows them, and the facet counts (a second step) are in: the facets are no longer
 * aria-busy. Pages without the search UI resolve at once.
 */
export async function searchSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('.search__status');
      if (!status) return true;
      const text = status.textContent?.trim() ?? '';
      if (!text || text.endsWith('…')) return false;
      if (document.querySelector('.search__facets[aria-busy="true"]')) return false;
      return !/^[1-9]/.test(text) || document.querySelector('.search__results li') !== null;
    },
    undefined,
    { timeout: 15_000 },
  );
}
