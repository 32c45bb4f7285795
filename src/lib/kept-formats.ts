/**
 * Dates and decision slugs as pages print them, each worked out once per distinct value for the
 * whole build: an archive has a few hundred dates and decisions, but its tables print them tens
 * of thousands of times (every row of every achievement table), and `Intl` formatting and
 * transliteration were the costliest calls of the project's own code while pages render (profile
 * of a 10,000-achievement build). The rules stay in dates.ts and routes.ts; this only keeps their
 * answers. Kept out of those two modules on purpose: the CMS bundles them for the browser, and
 * the server's caching has no business changing the admin's script.
 */
import { formatLongDate, formatShortDate } from './dates.ts';
import { decisionSlug } from './routes.ts';

function kept<A extends unknown[], K>(key: (...args: A) => K, make: (...args: A) => string): (...args: A) => string {
  const made = new Map<K, string>();
  return (...args) => {
    const k = key(...args);
    let value = made.get(k);
    if (value === undefined) made.set(k, (value = make(...args)));
    return value;
  };
}

/** formatShortDate ("15/06/2022"), kept by date. */
export const shortDate = kept((date: Date) => date.getTime(), formatShortDate);
/** formatLongDate ("ngày 15 tháng 6 năm 2022"), kept by date. */
export const longDate = kept((date: Date) => date.getTime(), formatLongDate);
/** decisionSlug, kept by number and year (the slug depends on nothing else). */
export const keptDecisionSlug = kept(
  (decisionNumber: string, decisionDate: Date) => `${decisionNumber}\u0000${decisionDate.getUTCFullYear()}`,
  decisionSlug,
);
