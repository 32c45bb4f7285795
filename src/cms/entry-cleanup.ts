/**
 * What the CMS does to an entry just before saving it (Decap's `preSave` event):
 * - every text becomes Unicode NFC (text pasted from Word or a Mac can be decomposed, which
 *   displays, sorts and searches differently);
 * - optional fields left empty are dropped rather than written as `''` (an empty date or
 *   relation would fail the build);
 * - an optional object (a photo, a cover) is all or nothing: empty, it is dropped; half filled,
 *   saving stops with a Vietnamese message naming the missing field. Decap cannot say this
 *   itself: it checks required sub-fields even when the parent object is optional.
 *
 * Pure and plain-data so it is unit-tested; the browser side turns the result into Immutable
 * `setIn`/`deleteIn` calls on Decap's entry.
 */
import type { Field } from '../schema/field.ts';

export type Path = (string | number)[];
export type CleanupOp = { path: Path; set: unknown } | { path: Path; remove: true };

export interface CleanupPlan {
  ops: CleanupOp[];
  /** Vietnamese messages; when not empty the save is refused. */
  errors: string[];
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.values(value as object).every(isEmpty);
  return false;
}

/** NFC-normalises every string in `value`, recording a `set` for each one that changes. */
function normaliseStrings(value: unknown, path: Path, ops: CleanupOp[]): void {
  if (typeof value === 'string') {
    const nfc = value.normalize('NFC');
    if (nfc !== value) ops.push({ path, set: nfc });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => normaliseStrings(item, [...path, i], ops));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) normaliseStrings(v, [...path, k], ops);
  }
}

function planFields(data: Record<string, unknown>, fields: readonly Field[], path: Path, plan: CleanupPlan): void {
  for (const field of fields) {
    const value = data[field.name];
    const here = [...path, field.name];
    if (field.widget === 'campaign-contents' && isEmpty(data[field.campaignField]) && value !== undefined) {
      // No campaign, no campaign contents (they would point at nothing).
      plan.ops.push({ path: here, remove: true });
      continue;
    }
    if (!field.required && isEmpty(value) && value !== undefined && field.widget !== 'boolean') {
      plan.ops.push({ path: here, remove: true });
      continue;
    }
    if (field.widget === 'object' && value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      for (const sub of field.fields) {
        if (sub.required && isEmpty(object[sub.name])) {
          plan.errors.push(`«${sub.label}» của «${field.label}» không được để trống (hoặc xóa hết «${field.label}»).`);
        }
      }
      planFields(object, field.fields, here, plan);
    } else if (field.widget === 'object-list' && Array.isArray(value)) {
      value.forEach((item, i) => {
        if (item && typeof item === 'object')
          planFields(item as Record<string, unknown>, field.fields, [...here, i], plan);
      });
    }
  }
}

export function planCleanup(data: Record<string, unknown>, fields: readonly Field[]): CleanupPlan {
  const plan: CleanupPlan = { ops: [], errors: [] };
  normaliseStrings(data, [], plan.ops);
  planFields(data, fields, [], plan);
  // Removals last, so no `set` lands inside something already removed.
  plan.ops.sort((a, b) => Number('remove' in a) - Number('remove' in b));
  return plan;
}

/** Applies a plan to plain data (what the browser does with Immutable, for tests). */
export function applyCleanup(data: Record<string, unknown>, ops: readonly CleanupOp[]): Record<string, unknown> {
  const out = structuredClone(data);
  for (const op of ops) {
    let target = out as Record<string | number, unknown>;
    for (const key of op.path.slice(0, -1)) {
      target = target[key] as Record<string | number, unknown>;
      if (target === undefined) break;
    }
    if (target === undefined) continue;
    const last = op.path.at(-1)!;
    if ('remove' in op) delete target[last];
    else target[last] = op.set;
  }
  return out;
}
