/** Vietnamese ordering of names (Intl.Collator, not code points: "Đ" sorts after "D"). */
const collator = new Intl.Collator('vi', { numeric: true });
export const compareVietnamese = (a: string, b: string): number => collator.compare(a, b);
