/** Visits every value of an entry's data together with the field that describes it. */
import type { Field } from '../schema/field.ts';

export interface FieldValue {
  field: Field;
  value: unknown;
  /** `cover.image`, `basis[2].date` */
  path: string;
}

export function* walkFields(
  fields: readonly Field[],
  data: Record<string, unknown>,
  prefix = '',
): Generator<FieldValue> {
  for (const field of fields) {
    const value = data[field.name];
    if (value === undefined || value === null) continue;
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    yield { field, value, path };
    if (field.widget === 'object' && typeof value === 'object' && !Array.isArray(value)) {
      yield* walkFields(field.fields, value as Record<string, unknown>, path);
    } else if (field.widget === 'object-list' && Array.isArray(value)) {
      for (const [i, item] of value.entries()) {
        if (item && typeof item === 'object')
          yield* walkFields(field.fields, item as Record<string, unknown>, `${path}[${i}]`);
      }
    }
  }
}
