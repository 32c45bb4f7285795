/**
 * The columns of the import spreadsheet. The header of each column is the label of its field in
 * the schema (what editors see in the CMS), so the template, the CMS and the error messages use
 * the same words; aliases accept the headers offices already use. Headers are matched folded
 * (tones, case, spacing and text in parentheses ignored): "Loại (Tập thể/Cá nhân)", "LOAI" and
 * "loại" are the same column.
 */
import { foldVietnamese } from '../lib/fold.ts';
import { achievements } from '../schema/achievements.ts';
import type { Field } from '../schema/field.ts';

/** A front-matter field, or the MDX body. */
export type ColumnKey =
  | 'recipient'
  | 'person'
  | 'kind'
  | 'position'
  | 'unit'
  | 'award'
  | 'authority'
  | 'decisionNumber'
  | 'decisionDate'
  | 'year'
  | 'campaign'
  | 'contents'
  | 'summary'
  | 'body';

export interface ImportColumn {
  key: ColumnKey;
  header: string;
  aliases: readonly string[];
  required: boolean;
  /** What to write, for the template's instructions sheet and the README. */
  help: string;
  example: string;
}

const field = (name: string): Field => {
  const f = achievements.fields.find((x) => x.name === name);
  if (!f) throw new Error(`import: no achievement field "${name}"`);
  return f;
};

function fromField(key: Exclude<ColumnKey, 'body'>, aliases: string[], help: string, example: string): ImportColumn {
  const f = field(key);
  return { key, header: f.label, aliases, required: f.required, help, example };
}

/** In the template's order: who, what, which decision, which campaign, what they did. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  fromField(
    'recipient',
    ['Họ tên', 'Họ và tên', 'Tên tập thể', 'Tên cá nhân, tập thể', 'Tên'],
    'Họ tên cá nhân hoặc tên tập thể, như ghi trong quyết định.',
    'Nguyễn Thị Mai',
  ),
  fromField(
    'person',
    ['Mã cá nhân', 'Mã người'],
    'Chỉ cần khi trùng tên: mã của đúng người trong mục Cá nhân (phần cuối địa chỉ /ca-nhan/<mã>/), hoặc một mã mới để tạo người mới cùng tên. Để trống: tìm người theo họ tên và đơn vị, chưa có thì tạo mới.',
    'nguyen-van-an',
  ),
  fromField('kind', ['Tập thể/Cá nhân', 'Đối tượng'], 'Tập thể hoặc Cá nhân.', 'Cá nhân'),
  fromField(
    'position',
    ['Chức danh'],
    'Chức vụ của cá nhân tại thời điểm khen thưởng; để trống với tập thể.',
    'Chuyên viên',
  ),
  fromField(
    'unit',
    ['Phòng, đơn vị', 'Đơn vị công tác'],
    'Tên đơn vị, tên viết tắt hoặc mã đơn vị tại thời điểm khen thưởng, như trong mục Đơn vị của trang.',
    'Văn phòng Sở',
  ),
  fromField(
    'award',
    ['Hình thức', 'Danh hiệu', 'Danh hiệu, hình thức khen thưởng'],
    'Một hình thức trong danh mục (xem trang Hướng dẫn).',
    'Giấy khen',
  ),
  fromField(
    'authority',
    ['Thẩm quyền', 'Cấp khen thưởng', 'Người ký'],
    'Cấp quyết định khen thưởng, trong danh mục (xem trang Hướng dẫn).',
    'Giám đốc Sở',
  ),
  fromField(
    'decisionNumber',
    ['Số QĐ', 'Số, ký hiệu quyết định', 'Số hiệu quyết định'],
    'Số, ký hiệu quyết định, dạng số/QĐ-cơ quan.',
    '45/QĐ-SKHĐT',
  ),
  fromField(
    'decisionDate',
    ['Ngày QĐ', 'Ngày ký', 'Ngày ký quyết định'],
    'Ngày ký quyết định, ngày/tháng/năm.',
    '28/12/2023',
  ),
  fromField(
    'year',
    ['Năm', 'Năm khen thưởng'],
    'Chỉ ghi khi năm của thành tích khác năm của quyết định (danh hiệu năm 2023 quyết định tháng 1/2024).',
    '2023',
  ),
  fromField(
    'campaign',
    ['Đợt', 'Phong trào thi đua', 'Kế hoạch'],
    'Tên, số kế hoạch hoặc mã đợt thi đua; để trống với danh hiệu hằng năm.',
    '1579/KH-SKHĐT',
  ),
  fromField(
    'contents',
    ['Nội dung'],
    'Tên, số thứ tự hoặc mã nội dung thi đua của đợt; nhiều nội dung cách nhau bằng dấu chấm phẩy.',
    'Chuyển đổi số; Cải cách hành chính',
  ),
  fromField(
    'summary',
    ['Tóm tắt', 'Thành tích'],
    'Tóm tắt thành tích trong một câu.',
    'Hoàn thành xuất sắc nhiệm vụ năm 2023.',
  ),
  {
    key: 'body',
    header: achievements.bodyLabel,
    aliases: ['Thành tích', 'Nội dung thành tích', 'Chi tiết thành tích'],
    required: false,
    help: 'Thành tích cụ thể, có thể nhiều đoạn (xuống dòng trong ô).',
    example: 'Chủ trì số hóa 12.000 hồ sơ lưu trữ, hoàn thành trước hạn hai tháng.',
  },
];

/** Columns a sheet may carry that hold nothing to import (row numbers, notes). */
const IGNORED = ['STT', 'TT', 'Số TT', 'Số thứ tự', 'Ghi chú'];

/** A header reduced to its words: folded, text in parentheses and punctuation dropped. */
export function headerKey(header: string): string {
  return foldVietnamese(header.replace(/\([^)]*\)/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface HeaderMap {
  /** Column index of each recognised column. */
  columns: Map<ColumnKey, { index: number; header: string }>;
  /** Headers that are neither a known column nor ignorable. */
  unknown: { index: number; header: string }[];
  /** A second header for a column already found. */
  repeated: { index: number; header: string; key: ColumnKey }[];
  ignored: number;
}

/**
 * Maps a header row to columns. A header that names exactly one column takes it first; a header
 * several columns accept ("Thành tích" is the summary, or the body when a summary column
 * exists) then takes the first of them still free.
 */
export function mapHeaders(headers: readonly string[]): HeaderMap {
  const candidates = (h: string): ColumnKey[] => {
    const key = headerKey(h);
    return IMPORT_COLUMNS.filter((c) => [c.header, ...c.aliases].some((name) => headerKey(name) === key)).map(
      (c) => c.key,
    );
  };
  const result: HeaderMap = { columns: new Map(), unknown: [], repeated: [], ignored: 0 };
  const cells = headers.map((header, index) => ({ header: header.trim(), index, keys: candidates(header) }));
  const take = (cell: (typeof cells)[number], key: ColumnKey) => {
    if (result.columns.has(key)) result.repeated.push({ index: cell.index, header: cell.header, key });
    else result.columns.set(key, { index: cell.index, header: cell.header });
  };
  for (const cell of cells) if (cell.keys.length === 1) take(cell, cell.keys[0]!);
  for (const cell of cells) {
    if (cell.keys.length > 1) take(cell, cell.keys.find((k) => !result.columns.has(k)) ?? cell.keys[0]!);
    else if (cell.keys.length === 0 && cell.header !== '') {
      if (IGNORED.some((name) => headerKey(name) === headerKey(cell.header))) result.ignored++;
      else result.unknown.push({ index: cell.index, header: cell.header });
    }
  }
  return result;
}

/** How many cells of a row are known headers: finds the header row under a sheet's title lines. */
export function headerScore(cells: readonly string[]): number {
  return cells.filter((c) => c.trim() !== '' && mapHeaders([c]).columns.size > 0).length;
}
