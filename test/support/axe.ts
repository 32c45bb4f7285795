/** Runs axe-core inside a Playwright page and formats its violations for a readable failure. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** WCAG 2.2 AA, as the design's quality bar says (2.0 and 2.1 A/AA included). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * Loads axe into every page the context (or the page) opens from now on, before the page's own
 * scripts: one compile per page, and its 500 KB sent to the browser once instead of with every
 * check (for the whole-site walk, about 5 CPU-s of the test process and the browser's parsing of
 * it). An init script comes through the DevTools protocol, which the page's Content-Security-Policy
 * does not govern (csp-recorder.ts relies on the same), so the page keeps its real policy.
 */
export async function addAxe(target: BrowserContext | Page): Promise<void> {
  await target.addInitScript({ content: await AXE_SOURCE });
}

/**
 * Axe's violations on the page as rendered now. If addAxe was not used, axe is evaluated here
 * through the DevTools protocol, which the page's Content-Security-Policy does not govern (as
 * @axe-core/playwright does): the page keeps its real policy, and axe's results are the same as
 * with the policy bypassed (checked on every page type when this was written).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await AXE_SOURCE);
  return page.evaluate(async (tags) => {
    // @ts-expect-error axe is the global the injected script defines
    const results = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, WCAG_TAGS);
}

/** "page: rule (impact) help → target: why" lines, one per failing node. */
export function formatViolations(url: string, violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${url}: ${v.id} (${v.impact}) ${v.help} → ${n.target.join(' ')}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
    ),
  );
}
