/** The schema of a collection, by name. */
import type { CollectionSpec } from '../schema/field.ts';
import { COLLECTIONS } from '../schema/index.ts';
import type { CollectionName } from './fields.ts';

const byName = new Map(COLLECTIONS.map((c) => [c.name, c]));

export function specOf(name: CollectionName): CollectionSpec {
  return byName.get(name)!;
}
