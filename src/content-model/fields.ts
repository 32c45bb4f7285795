/**
 * Typed access to an entry's fields. Field names are checked against the `as const` schemas of
 * `src/schema/`: `achievement.text(e, 'decisionDate')` compiles, a renamed or misspelt field is a
 * compile error, not a rule that silently never fires.
 */
import type { CollectionSpec } from '../schema/field.ts';
import { achievements, campaigns, news, people, units } from '../schema/index.ts';

export type CollectionName = CollectionSpec['name'];
/** The top-level field names of a collection, as literal types. */
export type FieldName<S extends CollectionSpec> = S['fields'][number]['name'];

/** An entry as the rules see it: plain, JSON-serialisable data. */
export interface ContentEntry {
  collection: CollectionName;
  /** The id Astro gives the entry (its URL segment). */
  id: string;
  /** Project-relative path, `/` separated (`content/news/x.mdx`). */
  file: string;
  /** Validated data (NFC, trimmed, defaults), or raw data when some fields failed. */
  data: Record<string, unknown>;
  /** Top-level fields that already failed their own check (`*`: the file could not be read). */
  failed: readonly string[];
  /** Links in the body to pages of this site. */
  links?: readonly { url: string; line: number }[];
  /** Local images the body shows. */
  images?: readonly { url: string; line: number }[];
}

export function accessor<S extends CollectionSpec>(spec: S) {
  type Name = FieldName<S>;
  const ok = (e: ContentEntry, name: string) => !e.failed.includes(name) && !e.failed.includes('*');
  return {
    spec,
    /** Whether the entry belongs to this collection. */
    is: (e: ContentEntry): boolean => e.collection === spec.name,
    /** A non-empty text value of a field that passed its own check. */
    text(e: ContentEntry, name: Name): string | undefined {
      const v = e.data[name];
      return ok(e, name) && typeof v === 'string' && v !== '' ? v : undefined;
    },
    number(e: ContentEntry, name: Name): number | undefined {
      const v = e.data[name];
      return ok(e, name) && typeof v === 'number' ? v : undefined;
    },
    /** The value as it is, checked or not (booleans, lists, objects). */
    value(e: ContentEntry, name: Name): unknown {
      return e.data[name];
    },
    /** Whether the field passed its own check. */
    valid: (e: ContentEntry, name: Name): boolean => ok(e, name),
  };
}

export const achievement = accessor(achievements);
export const article = accessor(news);
export const campaign = accessor(campaigns);
export const unit = accessor(units);
export const person = accessor(people);
