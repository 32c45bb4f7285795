/**
 * The field description language shared by every consumer of the content model.
 *
 * Each collection's fields are written once, as plain data, in `src/schema/<collection>.ts`.
 * From that single list we derive the Astro content schema (`to-zod.ts`), the Decap CMS
 * configuration, the raw-file validator and the spreadsheet importer, so a field's name,
 * label, required-ness, options and pattern live in exactly one place.
 *
 * This module is plain TypeScript with erasable types only, so Node can run it directly.
 */

/** One choice of a `select` field: the stored value and its Vietnamese label. */
export interface Option {
  readonly value: string;
  readonly label: string;
}

interface FieldBase {
  /** Key in the front matter / data file. */
  readonly name: string;
  /** Vietnamese label shown to editors and in error messages. */
  readonly label: string;
  /** Vietnamese hint shown under the CMS field. */
  readonly hint?: string;
  /** What the field means (English, for developers). */
  readonly doc: string;
  readonly required: boolean;
}

export interface StringField extends FieldBase {
  readonly widget: 'string';
  /** A regular expression (source text) the trimmed value must match, with a Vietnamese message. */
  readonly pattern?: { readonly regex: string; readonly message: string };
}

export interface TextField extends FieldBase {
  readonly widget: 'text';
}

/** A calendar date written `YYYY-MM-DD`. */
export interface DateField extends FieldBase {
  readonly widget: 'date';
}

export interface NumberField extends FieldBase {
  readonly widget: 'number';
  readonly min?: number;
  readonly max?: number;
}

export interface BooleanField extends FieldBase {
  readonly widget: 'boolean';
  readonly default: boolean;
}

export interface SelectField extends FieldBase {
  readonly widget: 'select';
  readonly options: readonly Option[];
  readonly default?: string;
}

/** A reference to an entry of another collection, by its id (file name without extension). */
export interface RelationField extends FieldBase {
  readonly widget: 'relation';
  readonly collection: 'units' | 'campaigns' | 'people';
}

/**
 * Ids of contents ("nội dung thi đua") of the campaign named by the sibling field `campaignField`.
 * Stored as a list of content ids; each must exist in that campaign's `contents`.
 */
export interface CampaignContentsField extends FieldBase {
  readonly widget: 'campaign-contents';
  readonly campaignField: string;
}

/** An image file path (relative to the entry, or under `/public`). Its alt text is a sibling field. */
export interface ImageField extends FieldBase {
  readonly widget: 'image';
}

/** Any file (e.g. the scan of a signed plan). */
export interface FileField extends FieldBase {
  readonly widget: 'file';
}

/** A list of plain strings. */
export interface StringListField extends FieldBase {
  readonly widget: 'string-list';
}

/** A list of objects, each with the given fields. */
export interface ObjectListField extends FieldBase {
  readonly widget: 'object-list';
  readonly fields: readonly Field[];
  /** Sub-field used to summarise an item in the CMS list view. */
  readonly summaryField: string;
}

export interface ObjectField extends FieldBase {
  readonly widget: 'object';
  readonly fields: readonly Field[];
}

export type Field =
  | StringField
  | TextField
  | DateField
  | NumberField
  | BooleanField
  | SelectField
  | RelationField
  | CampaignContentsField
  | ImageField
  | FileField
  | StringListField
  | ObjectListField
  | ObjectField;

/** A content collection: where its files live and which fields their front matter has. */
export interface CollectionSpec {
  readonly name: 'campaigns' | 'news' | 'achievements' | 'units' | 'people';
  /** Vietnamese name of the collection (plural), and of one entry. */
  readonly label: string;
  readonly labelSingular: string;
  /** Folder relative to the project root. */
  readonly folder: string;
  /** `mdx` entries have a body; `yml` entries are data only. */
  readonly format: 'mdx' | 'yml';
  /** The field that names an entry (used for slugs and list views). */
  readonly identifierField: string;
  readonly fields: readonly Field[];
  /** Label of the MDX body, for collections that have one. */
  readonly bodyLabel?: string;
}

/** The label of an entry's body in the CMS form (the field `body` of its problems). */
export function bodyLabelOf(spec: Pick<CollectionSpec, 'bodyLabel'>): string {
  return spec.bodyLabel ?? 'Nội dung';
}

/** ISO calendar date, as written in front matter. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
