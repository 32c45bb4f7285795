/**
 * The open-data files of achievements (`/du-lieu/thanh-tich.csv` and `.json`): their columns,
 * written once and read by both endpoints and by the `/du-lieu/` page that documents them.
 * Only what the public pages show: no field here that a page does not display.
 */
import { toCsvText, type CsvCell } from './csv.ts';
import { achievements } from '../schema/achievements.ts';
import { RECIPIENT_KINDS } from '../schema/vocabulary.ts';

/** One achievement as published. Dates are ISO (`2023-12-28`), lists are arrays. */
export interface OpenDataRecord {
  id: string;
  recipient: string;
  kind: string;
  position: string;
  unitId: string;
  unitName: string;
  award: string;
  authority: string;
  decisionNumber: string;
  decisionDate: string;
  year: number;
  campaignId: string;
  campaignTitle: string;
  contentIds: string[];
  contentTitles: string[];
  summary: string;
  url: string;
  sample: boolean;
}

export interface OpenDataColumn {
  name: keyof OpenDataRecord;
  /** Vietnamese name shown on the documentation page. */
  label: string;
  /** Vietnamese description of the values. */
  description: string;
}

/** Label of an achievement field, from the schema (so the documentation says what the forms say). */
const label = (name: string): string => {
  const field = achievements.fields.find((f) => f.name === name);
  if (!field) throw new Error(`open-data: no achievement field "${name}"`);
  return field.label;
};

const kindValues = RECIPIENT_KINDS.map((k) => `${k.value} (${k.label})`).join(' hoặc ');

export const OPEN_DATA_COLUMNS: readonly OpenDataColumn[] = [
  {
    name: 'id',
    label: 'Mã thành tích',
    description: 'Mã duy nhất của thành tích, cũng là phần cuối địa chỉ trang của nó.',
  },
  {
    name: 'recipient',
    label: label('recipient'),
    description: 'Họ tên cá nhân hoặc tên tập thể, như ghi trong quyết định.',
  },
  { name: 'kind', label: label('kind'), description: `Mã loại: ${kindValues}.` },
  {
    name: 'position',
    label: label('position'),
    description: 'Chức vụ tại thời điểm khen thưởng (cá nhân); để trống nếu không có.',
  },
  { name: 'unitId', label: 'Mã đơn vị', description: 'Mã của đơn vị tại thời điểm khen thưởng (trang /don-vi/<mã>/).' },
  { name: 'unitName', label: label('unit'), description: 'Tên đơn vị tại thời điểm khen thưởng.' },
  {
    name: 'award',
    label: label('award'),
    description: 'Danh hiệu hoặc hình thức khen thưởng, như ghi trong quyết định.',
  },
  { name: 'authority', label: label('authority'), description: 'Người có thẩm quyền quyết định khen thưởng.' },
  {
    name: 'decisionNumber',
    label: label('decisionNumber'),
    description: 'Số, ký hiệu quyết định khen thưởng, ví dụ 45/QĐ-SKHĐT.',
  },
  {
    name: 'decisionDate',
    label: label('decisionDate'),
    description: 'Ngày ký quyết định, dạng năm-tháng-ngày (ISO 8601), ví dụ 2023-12-28.',
  },
  {
    name: 'year',
    label: label('year'),
    description: 'Năm của thành tích (năm được ghi trong quyết định, nếu không thì năm của quyết định).',
  },
  {
    name: 'campaignId',
    label: 'Mã đợt thi đua',
    description: 'Mã đợt thi đua (trang /dot-thi-dua/<mã>/); để trống với danh hiệu hằng năm.',
  },
  { name: 'campaignTitle', label: label('campaign'), description: 'Tên đợt thi đua; để trống với danh hiệu hằng năm.' },
  {
    name: 'contentIds',
    label: 'Mã nội dung thi đua',
    description:
      'Mã các nội dung thi đua của đợt mà thành tích đóng góp. Trong CSV cách nhau bởi «; », trong JSON là mảng.',
  },
  {
    name: 'contentTitles',
    label: label('contents'),
    description: 'Tên ngắn các nội dung thi đua, cùng thứ tự với mã. Trong CSV cách nhau bởi «; », trong JSON là mảng.',
  },
  { name: 'summary', label: label('summary'), description: 'Tóm tắt thành tích trong một câu.' },
  { name: 'url', label: 'Địa chỉ trang', description: 'Địa chỉ đầy đủ của trang thành tích trên trang web này.' },
  {
    name: 'sample',
    label: label('sample'),
    description: 'true nếu là dữ liệu minh họa (không phải khen thưởng thật), false nếu là dữ liệu thật.',
  },
];

export const OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0',
  title: 'Creative Commons Ghi công 4.0 Quốc tế',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.vi',
} as const;

/** Separator of list values inside one CSV cell. */
export const CSV_LIST_SEPARATOR = '; ';

function csvCell(value: OpenDataRecord[keyof OpenDataRecord]): CsvCell {
  return Array.isArray(value) ? value.join(CSV_LIST_SEPARATOR) : value;
}

/**
 * CSV with a header row of column names (UTF-8 with BOM, formula-like text neutralised: see
 * `csv.ts`); the JSON keeps every text as written.
 */
export function toCsv(records: readonly OpenDataRecord[]): string {
  const rows = records.map((r) => OPEN_DATA_COLUMNS.map((c) => csvCell(r[c.name])));
  return toCsvText(rows, { header: OPEN_DATA_COLUMNS.map((c) => c.name) });
}

export interface OpenDataMeta {
  title: string;
  publisher: string;
  /** Absolute URL of the documentation page. */
  documentation: string;
}

/** JSON: the data set's description, its columns, then one object per achievement. */
export function toJson(records: readonly OpenDataRecord[], meta: OpenDataMeta): string {
  return JSON.stringify(
    {
      ...meta,
      license: { ...OPEN_DATA_LICENCE },
      columns: OPEN_DATA_COLUMNS.map((c) => ({ name: c.name, label: c.label, description: c.description })),
      count: records.length,
      records: records.map((r) => Object.fromEntries(OPEN_DATA_COLUMNS.map((c) => [c.name, r[c.name]]))),
    },
    null,
    2,
  );
}
