import type { CollectionSpec } from './field.ts';
import { sampleField } from './common.ts';

/**
 * Individual recipients as the archive knows them: one file per person, so that a person's
 * honours stay together across decisions, years, units and positions, and two people who share
 * a name stay apart. Only what tells namesakes apart is kept — the name, the unit and the
 * position — and nothing more: no date of birth, no ID number (DESIGN.md, "No personal data").
 * Achievements keep the unit and position AT THE TIME; these are the current (or last) ones.
 */
export const people = {
  name: 'people',
  label: 'Cá nhân',
  labelSingular: 'Cá nhân',
  folder: 'content/people',
  format: 'yml',
  identifierField: 'name',
  fields: [
    {
      name: 'name',
      widget: 'string',
      label: 'Họ và tên',
      hint: 'Viết đủ dấu, như trong quyết định khen thưởng.',
      doc: 'Full name, as written in decisions.',
      required: true,
    },
    {
      name: 'unit',
      widget: 'relation',
      collection: 'units',
      label: 'Đơn vị hiện nay',
      hint: 'Đơn vị đang (hoặc đã sau cùng) công tác; thành tích vẫn giữ đơn vị tại thời điểm khen thưởng.',
      doc: 'Current or last unit: with the position, what tells namesakes apart.',
      required: true,
    },
    {
      name: 'position',
      widget: 'string',
      label: 'Chức vụ hiện nay',
      hint: 'Ví dụ: Chuyên viên, Phó Trưởng phòng.',
      doc: 'Current or last position.',
      required: false,
    },
    sampleField,
  ],
} as const satisfies CollectionSpec;
