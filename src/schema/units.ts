import type { CollectionSpec } from './field.ts';
import { sampleField } from './common.ts';
import { UNIT_KINDS } from './vocabulary.ts';

/** The department's offices, units and mass organisations, with their validity over time. */
export const units = {
  name: 'units',
  label: 'Đơn vị',
  labelSingular: 'Đơn vị',
  folder: 'content/units',
  format: 'yml',
  identifierField: 'name',
  fields: [
    {
      name: 'name',
      widget: 'string',
      label: 'Tên đơn vị',
      doc: 'Full name as it was officially written.',
      required: true,
    },
    {
      name: 'shortName',
      widget: 'string',
      label: 'Tên viết tắt',
      hint: 'Ví dụ: VP, P.ĐKKD',
      doc: 'Short name or abbreviation.',
      required: false,
    },
    { name: 'kind', widget: 'select', label: 'Loại đơn vị', options: UNIT_KINDS, doc: 'Kind of unit.', required: true },
    {
      name: 'order',
      widget: 'number',
      label: 'Thứ tự hiển thị',
      min: 0,
      hint: 'Số nhỏ hiển thị trước.',
      doc: 'Position in unit lists.',
      required: true,
    },
    {
      name: 'validFrom',
      widget: 'date',
      label: 'Hoạt động từ ngày',
      doc: 'Date the unit was founded or took this name.',
      required: false,
    },
    {
      name: 'validUntil',
      widget: 'date',
      label: 'Hoạt động đến ngày',
      hint: 'Để trống nếu đơn vị vẫn đang hoạt động.',
      doc: 'Date the unit was renamed, merged or dissolved.',
      required: false,
    },
    {
      name: 'successor',
      widget: 'relation',
      collection: 'units',
      label: 'Đơn vị kế thừa',
      hint: 'Đơn vị nhận lại chức năng khi đơn vị này đổi tên hoặc sáp nhập.',
      doc: 'Unit that took over after renaming or merging.',
      required: false,
    },
    {
      name: 'description',
      widget: 'text',
      label: 'Chức năng, nhiệm vụ',
      doc: 'One-paragraph description of the unit.',
      required: false,
    },
    sampleField,
  ],
} as const satisfies CollectionSpec;
