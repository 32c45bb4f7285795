import type { CollectionSpec } from './field.ts';
import { sampleField } from './common.ts';
import { DECISION_NUMBER } from './patterns.ts';
import { AUTHORITY_OPTIONS, AWARD_FORM_OPTIONS, RECIPIENT_KINDS } from './vocabulary.ts';

/** One honoured recipient of one decision. The MDX body says what was achieved. */
export const achievements = {
  name: 'achievements',
  label: 'Thành tích',
  labelSingular: 'Thành tích',
  folder: 'content/achievements',
  format: 'mdx',
  identifierField: 'recipient',
  bodyLabel: 'Thành tích đạt được',
  fields: [
    { name: 'kind', widget: 'select', label: 'Loại', options: RECIPIENT_KINDS, doc: 'Collective or individual.', required: true },
    { name: 'recipient', widget: 'string', label: 'Họ tên / Tên tập thể', doc: 'Name of the person or collective, as written in the decision.', required: true },
    { name: 'person', widget: 'relation', collection: 'people', label: 'Cá nhân được khen', hint: 'Bắt buộc với cá nhân, bỏ trống với tập thể. Gõ tên (có dấu hoặc không dấu) rồi chọn đúng người theo đơn vị, chức vụ.', doc: 'The person honoured (individuals only): links the achievement to their record. Required for individuals, forbidden for collectives (content-model people rules).', required: false },
    { name: 'position', widget: 'string', label: 'Chức vụ', hint: 'Chức vụ tại thời điểm khen thưởng (với cá nhân).', doc: 'Position at the time (individuals).', required: false },
    { name: 'unit', widget: 'relation', collection: 'units', label: 'Đơn vị', hint: 'Đơn vị tại thời điểm khen thưởng.', doc: 'Unit at the time.', required: true },
    { name: 'award', widget: 'select', label: 'Hình thức khen thưởng', options: AWARD_FORM_OPTIONS, doc: 'Award title or form.', required: true },
    { name: 'authority', widget: 'select', label: 'Cấp khen', options: AUTHORITY_OPTIONS, doc: 'Authority that granted the award.', required: true },
    { name: 'decisionNumber', widget: 'string', label: 'Số quyết định', pattern: { regex: DECISION_NUMBER, message: 'Số quyết định có dạng số/QĐ-cơ quan, ví dụ 45/QĐ-SKHĐT.' }, hint: 'Ví dụ: 45/QĐ-SKHĐT', doc: 'Number of the commendation decision.', required: true },
    { name: 'decisionDate', widget: 'date', label: 'Ngày quyết định', doc: 'Date of the decision.', required: true },
    { name: 'year', widget: 'number', label: 'Năm thành tích', min: 1975, max: 2100, hint: 'Năm được khen (để trống nếu trùng năm của quyết định).', doc: 'Year the title is for, when it differs from the decision year (a yearly title decided in January).', required: false },
    { name: 'campaign', widget: 'relation', collection: 'campaigns', label: 'Đợt thi đua', hint: 'Để trống với danh hiệu hằng năm.', doc: 'Campaign the award closes, if any.', required: false },
    { name: 'contents', widget: 'campaign-contents', campaignField: 'campaign', label: 'Nội dung thi đua', hint: 'Nội dung của đợt thi đua mà thành tích đóng góp.', doc: 'Ids of the campaign contents this achievement served.', required: false },
    { name: 'summary', widget: 'text', label: 'Tóm tắt thành tích', doc: 'One-sentence summary for lists and search results.', required: true },
    {
      name: 'photo', widget: 'object', label: 'Ảnh', doc: 'Optional photo.', required: false,
      fields: [
        { name: 'image', widget: 'image', label: 'Ảnh', doc: 'Image file.', required: true },
        { name: 'alt', widget: 'string', label: 'Mô tả ảnh', hint: 'Mô tả nội dung ảnh (bắt buộc).', doc: 'Alternative text.', required: true },
      ],
    },
    sampleField,
  ],
} as const satisfies CollectionSpec;
