/**
 * Records the Content-Security-Policy violations a page reports: a listener installed before any
 * page script runs (securitypolicyviolation events), plus Chromium's own "Refused to …" console
 * errors and page errors. Shared by the whole-site walk (axe.test.ts) and csp.test.ts.
 */
import type { Page } from 'playwright-core';

export interface CspRecorder {
  /** What was recorded since the last `reset()`. */
  violations: string[];
  /** Lets queued violation events run, then adds what the page saw to `violations`. */
  collect: () => Promise<void>;
  reset: () => void;
}

export async function recordCspViolations(page: Page): Promise<CspRecorder> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => void violations.push(`pageerror: ${e.message}`));
  // Violation events are queued tasks: let them run, then read what the page saw.
  const collect = async () => {
    violations.push(
      ...(await page.evaluate(
        () =>
          new Promise<string[]>((resolve) =>
            setTimeout(() => resolve((window as unknown as { __csp: string[] }).__csp), 0),
          ),
      )),
    );
  };
  return { violations, collect, reset: () => void (violations.length = 0) };
}
