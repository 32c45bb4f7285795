/**
 * Unaccented URL slugs: tones dropped and đ → d ("Đồng Tháp" → "dong-thap"), by a library
 * that knows Vietnamese rather than a hand-written table.
 */
import slugifyLib from '@sindresorhus/slugify';

export function slugify(text: string): string {
  return slugifyLib(text.normalize('NFC'), { decamelize: false });
}
