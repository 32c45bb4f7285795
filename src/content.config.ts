/**
 * Astro content collections, built from the field lists in `src/schema/` so the site, the CMS
 * and the validator agree on every field.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { gated } from './loaders/gated.ts';
import { mdxOrMarkdown } from './loaders/mdx-or-markdown.ts';
import { z } from 'astro/zod';
import { achievements, campaigns, news, people, units } from './schema/index.ts';
import type { CollectionSpec } from './schema/field.ts';
import { objectSchema, type EntryData, type FieldSchemaCache } from './schema/to-zod.ts';

/** Astro builds each entry's schema anew (for its `image()`); the other fields' are shared. */
const fieldSchemas: FieldSchemaCache = new Map();

function collectionFrom<const S extends CollectionSpec>(spec: S) {
  return defineCollection({
    // Bodies render as Markdown; only checked campaign bodies reach MDX (see the loader). A file
    // the content gate refuses fails with the gate's report, whichever of the two fails first.
    loader: gated(
      spec.format === 'mdx'
        ? mdxOrMarkdown({ base: `./${spec.folder}`, collection: spec.name })
        : glob({ pattern: '*.yml', base: `./${spec.folder}` }),
    ),
    schema: ({ image }) =>
      objectSchema(
        spec.fields,
        {
          date: () => z.coerce.date(),
          image: () => image(),
          reference: (collection) => reference(collection),
        },
        fieldSchemas,
      ) as unknown as z.ZodType<EntryData<S['fields']>>,
  });
}

export const collections = {
  units: collectionFrom(units),
  people: collectionFrom(people),
  campaigns: collectionFrom(campaigns),
  news: collectionFrom(news),
  achievements: collectionFrom(achievements),
};
