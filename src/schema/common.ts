/** Fields that several collections share, written once. */
import type { BooleanField } from './field.ts';

/** Marks illustrative entries: shown with a "Dữ liệu minh họa" badge, left out by `THIDUA_SAMPLES=0`. */
export const sampleField = {
  name: 'sample',
  widget: 'boolean',
  label: 'Dữ liệu minh họa',
  hint: 'Bật nếu đây là dữ liệu mẫu, không phải dữ liệu thật.',
  doc: 'Illustrative entry, not a real record.',
  required: false,
  default: false,
} as const satisfies BooleanField;
