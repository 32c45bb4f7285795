/**
 * Folds Vietnamese text for tolerant matching: "Đồng Tháp", "dong thap" and "ĐỒNG  THÁP" all
 * become "dong thap". Tones and other marks are dropped through NFD; đ/Đ has no decomposition
 * (it is a letter of its own), so it is mapped to d by hand. Used to match what people type
 * without tones (spreadsheet headers, unit and campaign names, search queries) against the
 * properly written text, never to display anything.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
