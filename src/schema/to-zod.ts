/**
 * Builds a Zod object schema from a field list.
 *
 * The few field kinds whose check depends on the consumer are injected: Astro passes its
 * `reference()` and `image()` helpers and lets YAML dates through as `Date`; the raw-file
 * validator passes string checks so it sees dates before YAML rolls `2025-02-30` over.
 */
import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import type { Field } from './field.ts';

export interface ZodFactories {
  date: () => z.ZodType;
  image: () => z.ZodType;
  reference: (collection: 'units' | 'campaigns' | 'people') => z.ZodType;
}

/** Text as editors paste it: NFC (decomposed input displays and searches differently), trimmed. */
export const cleanText = () => z.string().transform((s) => s.normalize('NFC').trim());

/**
 * One-line text (names, numbers): also folds runs of spaces, tabs and no-break spaces that text
 * pasted from Word carries, so "Nguyễn  Văn An" is one name. Zero-width characters are not
 * stripped here: the content model refuses them, with a message, in every field and body
 * (src/content-model/text.ts), so every door treats them the same way.
 */
export const cleanLine = () => z.string().transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim());

function requiredText(label: string, clean: typeof cleanText = cleanText) {
  return clean().pipe(z.string().min(1, { message: `«${label}» không được để trống.` }));
}

/**
 * Field schemas already built, shared between the entries of a build: Astro calls a
 * collection's schema function once per entry (its `image()` helper is bound to the entry's
 * file), and building every field's schema again for each entry cost ≈ 1 s of CPU per 3,000
 * achievements (measured: 1.06 s rebuilt, 0.06 s reused, same results). Only fields that use
 * `image` are built for each entry; every other factory and field kind is the same each time.
 */
export type FieldSchemaCache = Map<Field, z.ZodType>;

/** Whether a field's schema depends on the `image` factory. */
function usesImage(field: Field): boolean {
  if (field.widget === 'image') return true;
  return (field.widget === 'object' || field.widget === 'object-list') && field.fields.some(usesImage);
}

function fieldSchema(field: Field, f: ZodFactories, cache?: FieldSchemaCache): z.ZodType {
  switch (field.widget) {
    case 'string': {
      let s = field.required ? requiredText(field.label, cleanLine) : cleanLine();
      if (field.pattern) {
        const re = new RegExp(field.pattern.regex, 'u');
        const message = field.pattern.message;
        s = s.refine((v) => v === '' || re.test(v), { message });
      }
      return s;
    }
    case 'text':
      return field.required ? requiredText(field.label) : cleanText();
    case 'date':
      return f.date();
    case 'number': {
      let n = z.number().int();
      if (field.min !== undefined) n = n.min(field.min);
      if (field.max !== undefined) n = n.max(field.max);
      return n;
    }
    case 'boolean':
      return z.boolean().default(field.default);
    case 'select':
      return z.enum(field.options.map((o) => o.value) as [string, ...string[]]);
    case 'relation':
      return f.reference(field.collection);
    case 'campaign-contents':
      return z.array(cleanText()).default([]);
    case 'image':
      return f.image();
    case 'file':
      return cleanText();
    case 'string-list': {
      // An empty item would print as an empty bullet or a stray comma.
      const list = z.array(requiredText(field.label));
      return field.required ? list.min(1) : list.default([]);
    }
    case 'object-list': {
      const list = z.array(objectSchema(field.fields, f, cache));
      return field.required ? list.min(1) : list.default([]);
    }
    case 'object':
      return objectSchema(field.fields, f, cache);
  }
}

/**
 * The schema of an object whose keys are the given fields; unknown keys are refused. With a
 * `cache`, the schemas of fields that do not use `image` are built once and reused.
 */
export function objectSchema(fields: readonly Field[], f: ZodFactories, cache?: FieldSchemaCache) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const reusable = cache !== undefined && !usesImage(field);
    let schema = reusable ? cache.get(field) : undefined;
    if (!schema) {
      const s = fieldSchema(field, f, cache);
      // Booleans and lists carry their own defaults; other optional fields may be absent.
      const hasDefault = field.widget === 'boolean' || (!field.required && /list|contents/.test(field.widget));
      schema = field.required || hasDefault ? s : s.optional();
      if (reusable) cache.set(field, schema);
    }
    shape[field.name] = schema;
  }
  return z.strictObject(shape);
}

/*
 * Static types of entry data, derived from a field list declared `as const`: pages get typed
 * `entry.data` from the same single source as the runtime schema. These describe what Astro
 * hands the pages (dates as Date, references as {collection, id}, images as ImageMetadata).
 */
type ValueOf<F> = F extends { widget: 'string' | 'text' | 'file' }
  ? string
  : F extends { widget: 'date' }
    ? Date
    : F extends { widget: 'number' }
      ? number
      : F extends { widget: 'boolean' }
        ? boolean
        : F extends { widget: 'select'; options: readonly { value: infer V }[] }
          ? V
          : F extends { widget: 'relation'; collection: infer C }
            ? { collection: C; id: string }
            : F extends { widget: 'campaign-contents' | 'string-list' }
              ? string[]
              : F extends { widget: 'image' }
                ? ImageMetadata
                : F extends { widget: 'object-list'; fields: infer S extends readonly Field[] }
                  ? EntryData<S>[]
                  : F extends { widget: 'object'; fields: infer S extends readonly Field[] }
                    ? EntryData<S>
                    : never;

/** Fields that are always present after parsing: required ones and those with defaults. */
type AlwaysPresent = { required: true } | { widget: 'boolean' | 'string-list' | 'object-list' | 'campaign-contents' };

export type EntryData<Fs extends readonly Field[]> = {
  [F in Fs[number] as F extends AlwaysPresent ? F['name'] : never]: ValueOf<F>;
} & {
  [F in Fs[number] as F extends AlwaysPresent ? never : F['name']]?: ValueOf<F>;
};
