/**
 * Closed lists of the domain (award forms, authorities, kinds…): the one place for each value
 * and its Vietnamese label. Select fields, filters, pages and the importer all read them here.
 */
import type { Option } from './field.ts';

/** Collective (tập thể) or individual (cá nhân) recipient. */
export const RECIPIENT_KINDS = [
  { value: 'tap-the', label: 'Tập thể' },
  { value: 'ca-nhan', label: 'Cá nhân' },
] as const satisfies readonly Option[];
export type RecipientKind = (typeof RECIPIENT_KINDS)[number]['value'];

/**
 * The two tables of an award report («báo cáo thành tích», the templates annexed to the decree
 * in force): emulation titles, given for a year («Danh hiệu thi đua»), and forms of
 * commendation («Hình thức khen thưởng»). Every award below says which table it belongs to.
 */
export const RECORD_TABLES = [
  { value: 'danh-hieu', label: 'Danh hiệu thi đua' },
  { value: 'hinh-thuc', label: 'Hình thức khen thưởng' },
] as const satisfies readonly Option[];
export type RecordTable = (typeof RECORD_TABLES)[number]['value'];

/**
 * Award titles and forms. The stored value is the name as written in decisions, so it reads
 * correctly anywhere; `kinds` says who may receive it (the law distinguishes titles for
 * individuals from titles for collectives; forms such as Bằng khen go to both); `table` whether
 * it is an emulation title (Law 06/2022/QH15: Chiến sĩ thi đua…, Lao động tiên tiến, Tập thể
 * lao động…, Cờ thi đua) or a form of commendation (Huân chương, Bằng khen, Giấy khen…).
 */
export const AWARD_FORMS = [
  { value: 'Huân chương Lao động hạng Ba', kinds: ['tap-the', 'ca-nhan'], table: 'hinh-thuc' },
  { value: 'Bằng khen của Thủ tướng Chính phủ', kinds: ['tap-the', 'ca-nhan'], table: 'hinh-thuc' },
  { value: 'Cờ thi đua của UBND Tỉnh', kinds: ['tap-the'], table: 'danh-hieu' },
  { value: 'Bằng khen', kinds: ['tap-the', 'ca-nhan'], table: 'hinh-thuc' },
  { value: 'Chiến sĩ thi đua cấp tỉnh', kinds: ['ca-nhan'], table: 'danh-hieu' },
  { value: 'Chiến sĩ thi đua cơ sở', kinds: ['ca-nhan'], table: 'danh-hieu' },
  { value: 'Tập thể lao động xuất sắc', kinds: ['tap-the'], table: 'danh-hieu' },
  { value: 'Tập thể lao động tiên tiến', kinds: ['tap-the'], table: 'danh-hieu' },
  { value: 'Lao động tiên tiến', kinds: ['ca-nhan'], table: 'danh-hieu' },
  { value: 'Giấy khen', kinds: ['tap-the', 'ca-nhan'], table: 'hinh-thuc' },
  { value: 'Kỷ niệm chương', kinds: ['ca-nhan'], table: 'hinh-thuc' },
] as const satisfies readonly { value: string; kinds: readonly RecipientKind[]; table: RecordTable }[];

/** The report table an award is listed in; an award not in the list counts as a form. */
export function recordTableOf(award: string): RecordTable {
  return AWARD_FORMS.find((f) => f.value === award)?.table ?? 'hinh-thuc';
}

export const AWARD_FORM_OPTIONS: readonly Option[] = AWARD_FORMS.map((f) => ({ value: f.value, label: f.value }));

/** Authorities that grant awards ("Cấp khen"), as written on decisions. */
export const AUTHORITIES = [
  'Chủ tịch nước',
  'Thủ tướng Chính phủ',
  'Bộ trưởng Bộ Kế hoạch và Đầu tư',
  'Chủ tịch UBND Tỉnh',
  'Giám đốc Sở',
  'Ban Chấp hành Công đoàn Viên chức Tỉnh',
  'Ban Thường vụ Tỉnh đoàn',
] as const;
export const AUTHORITY_OPTIONS: readonly Option[] = AUTHORITIES.map((a) => ({ value: a, label: a }));

/** Kinds of organisational units of the department. */
export const UNIT_KINDS = [
  { value: 'lanh-dao', label: 'Lãnh đạo Sở' },
  { value: 'phong', label: 'Phòng' },
  { value: 'don-vi', label: 'Đơn vị trực thuộc' },
  { value: 'doan-the', label: 'Đoàn thể' },
] as const satisfies readonly Option[];

/** Bodies that write news ("Đơn vị đưa tin"). */
export const NEWS_AUTHORS = [
  'Văn phòng Sở',
  'Công đoàn Sở',
  'Chi đoàn Sở',
  'Chi bộ Sở',
  'Hội đồng Thi đua – Khen thưởng Sở',
] as const;
export const NEWS_AUTHOR_OPTIONS: readonly Option[] = NEWS_AUTHORS.map((a) => ({ value: a, label: a }));

/** Types of official documents (Decree 30/2020/NĐ-CP) that found a campaign. */
export const DOCUMENT_TYPES = ['Kế hoạch', 'Quyết định', 'Chỉ thị', 'Nghị quyết', 'Hướng dẫn'] as const;
export const DOCUMENT_TYPE_OPTIONS: readonly Option[] = DOCUMENT_TYPES.map((t) => ({ value: t, label: t }));

/** Label of a stored option value, or the value itself when unknown. */
export function labelOf(options: readonly Option[], value: string): string {
  return options.find((o) => o.value === value)?.label ?? value;
}
