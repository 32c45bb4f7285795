/**
 * Text as the search index sees it, and queries as people type them.
 *
 * Pagefind 1.6 folds tone marks (NFD, then drops combining marks) both when it indexes and when
 * it searches, and it keeps each accented form so an exact match still ranks higher
 * (`ranking.diacriticSimilarity`). It cannot fold đ/Đ: U+0111/U+0110 are letters of their own
 * with no decomposition. So the index is fed a reversible spelling of the site's text in which
 * đ is written as "d" + U+0335 (combining short stroke overlay): Pagefind then drops the mark
 * like any tone, "Đồng" and "dong" meet on "dong", while "đồng" typed with its stroke still
 * matches its own form exactly and ranks first. Queries get the same spelling; everything read
 * back from the index (titles, excerpts, filter values) is decoded before it is shown.
 * Why this and not a folded copy or query rewriting: measured in src/integrations/pagefind.ts.
 */

/** The combining mark that stands for the stroke of đ in the index. */
export const STROKE = '\u0335';

const ENCODED_D = new RegExp(`([dD])${STROKE}`, 'g');

/**
 * The site's text as it goes into the index: NFC, đ → d + stroke. Only ever applied to what
 * Pagefind reads, never to a page people see.
 */
export function encodeForIndex(text: string): string {
  return text.normalize('NFC').replace(/đ/g, `d${STROKE}`).replace(/Đ/g, `D${STROKE}`);
}

/** Undoes `encodeForIndex` on anything read back from the index (titles, excerpts, filters). */
export function decodeFromIndex(text: string): string {
  return text.replace(ENCODED_D, (_, d: string) => (d === 'd' ? 'đ' : 'Đ'));
}

/**
 * A query as typed, tidied: NFC (phones and some keyboards send decomposed text), the look-alike
 * Ð/ð (U+00D0/U+00F0, Icelandic eth, which some Vietnamese keyboards and old encodings produce
 * for Đ/đ) read as Đ/đ, runs of spaces collapsed.
 */
export function tidyQuery(input: string): string {
  return input.normalize('NFC').replace(/Ð/g, 'Đ').replace(/ð/g, 'đ').replace(/\s+/g, ' ').trim();
}

/**
 * The words of a tidied query, as Pagefind will see them: split on spaces, a word made only of
 * punctuation ("–", "/") dropped (Pagefind strips punctuation inside words itself, so
 * "1579/KH-SKHĐT" stays one word). Quotes are not part of a word.
 */
export function queryWords(query: string): string[] {
  return tidyQuery(query)
    .replace(/["“”]/g, ' ')
    .split(' ')
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** The term handed to Pagefind for a tidied query: its words, in the index's spelling. */
export function indexTerm(words: readonly string[]): string {
  return encodeForIndex(words.join(' '));
}

/** The exact-phrase form of a multi-word query (Pagefind matches a quoted term as a phrase). */
export function phraseTerm(words: readonly string[]): string | undefined {
  return words.length > 1 ? `"${indexTerm(words)}"` : undefined;
}

/** Whether text carries any Vietnamese mark (tones, circumflex, breve, horn) or đ. */
export function hasMarks(text: string): boolean {
  return /[đĐ]/.test(text) || /\p{M}/u.test(text.normalize('NFD'));
}
