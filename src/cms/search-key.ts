/**
 * Decap's collection search (the box at the top of /admin) matches its query against an entry's
 * title and the fields of its list summary, tones and đ included: «nguyen van an» would not find
 * «Nguyễn Văn An». So every entry read by the CMS carries one extra value, SEARCH_KEY, its short
 * texts folded (foldVietnamese), named in each collection's summary template through a filter
 * that prints nothing (collections.ts) — which is what makes Decap search it. It exists only in
 * the browser's copy of the entry: it is removed before any file is written.
 * Browser-safe and pure.
 */
import { foldVietnamese } from '../lib/fold.ts';

export const SEARCH_KEY = 'thiduaSearch';

/** In a summary template: makes Decap search the key, shows nothing. */
export const SEARCH_KEY_IN_SUMMARY = `{{${SEARCH_KEY} | ternary('', '')}}`;

export function withSearchKey(data: Record<string, unknown>): Record<string, unknown> {
  const texts = Object.entries(data)
    .filter(([key, value]) => key !== 'body' && (typeof value === 'string' || typeof value === 'number'))
    .map(([, value]) => String(value));
  return { ...data, [SEARCH_KEY]: foldVietnamese(texts.join(' ')) };
}

export function withoutSearchKey(data: Record<string, unknown>): Record<string, unknown> {
  if (!(SEARCH_KEY in data)) return data;
  const { [SEARCH_KEY]: _removed, ...rest } = data;
  return rest;
}
