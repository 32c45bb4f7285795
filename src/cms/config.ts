/**
 * The Decap CMS configuration, generated from the field lists in `src/schema/`, so the CMS
 * forms and the Astro collections can never disagree on a field, its label, required-ness,
 * options or pattern. Only what is purely about the CMS (slugs, list summaries, which backend)
 * is written here.
 *
 * Plain TypeScript (erasable types only): Node runs it directly in tests and scripts.
 */
import { MEDIA_FOLDER } from '../content-model/paths.ts';
import { COLLECTIONS } from '../schema/index.ts';
import { bodyLabelOf, type CollectionSpec, type Field } from '../schema/field.ts';
import { SITE_URL } from '../site.ts';
import { CMS_COLLECTION_EXTRAS } from './collections.ts';
import { COMMIT_TEMPLATES } from './commit-message.ts';
import { FRONTMATTER_FORMAT, YAML_FORMAT } from './formats.ts';

/** A Decap field or collection: plain JSON-able data. */
export type CmsObject = Record<string, unknown>;

/** Where media live (the content model's one constant), and the path to them from each entry's folder. */
export { MEDIA_FOLDER };
export const ENTRY_MEDIA_PATH = '../media';

/**
 * Build-time settings, read from environment variables so that choosing the production backend
 * needs no code edit (see README, "Deploy").
 */
export interface CmsEnv {
  /** `github` (default), `gitlab` or `git-gateway`. */
  CMS_BACKEND?: string;
  /**
   * `owner/name` of the repository; defaults to GitHub Actions' `GITHUB_REPOSITORY`, then to the
   * repository Netlify builds from (`REPOSITORY_URL`).
   */
  CMS_REPO?: string;
  GITHUB_REPOSITORY?: string;
  REPOSITORY_URL?: string;
  CMS_BRANCH?: string;
  /** Origin of the OAuth provider that hands the CMS a GitHub token (e.g. a Cloudflare Worker). */
  CMS_BASE_URL?: string;
  CMS_AUTH_ENDPOINT?: string;
  /** `editorial_workflow` (default) or `simple`. */
  CMS_PUBLISH_MODE?: string;
  SITE_URL?: string;
  [key: string]: string | undefined;
}

const BACKENDS = ['github', 'gitlab', 'git-gateway'] as const;

/** `owner/name` from a repository URL such as Netlify's `REPOSITORY_URL` (https or ssh form). */
export function repoOf(url: string | undefined): string | undefined {
  const match = url ? /(?:github\.com|gitlab\.com)[/:]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url) : null;
  return match?.[1];
}

function backendConfig(env: CmsEnv): CmsObject {
  const name = env.CMS_BACKEND || 'github';
  if (!(BACKENDS as readonly string[]).includes(name)) {
    throw new Error(`CMS_BACKEND="${name}" is not supported; use one of ${BACKENDS.join(', ')}.`);
  }
  const backend: CmsObject = { name, branch: env.CMS_BRANCH || 'main', squash_merges: true };
  if (name !== 'git-gateway')
    backend['repo'] = env.CMS_REPO || env.GITHUB_REPOSITORY || repoOf(env.REPOSITORY_URL) || 'OWNER/REPO';
  if (env.CMS_BASE_URL) backend['base_url'] = env.CMS_BASE_URL;
  if (env.CMS_AUTH_ENDPOINT) backend['auth_endpoint'] = env.CMS_AUTH_ENDPOINT;
  // Commit messages in Vietnamese, so the repository history reads like the CMS (the local
  // backend names the entry by its fields: src/cms/commit-message.ts).
  backend['commit_messages'] = { ...COMMIT_TEMPLATES };
  return backend;
}

/** Hint of a sub-field needed only when its optional parent is filled in. */
export function requiredWithHint(parentLabel: string): string {
  return `Cần điền khi có «${parentLabel}».`;
}

/** The collection an entry of `relation` points at. */
function specOf(name: string): CollectionSpec {
  const spec = COLLECTIONS.find((c) => c.name === name);
  if (!spec) throw new Error(`Unknown collection "${name}"`);
  return spec;
}

/**
 * A unit or campaign picker (src/cms/admin/relation-widget.ts): Decap's own relation widget
 * matches tones exactly and speaks English when nothing matches. Stores the entry id (the file
 * name), which Astro's reference() reads.
 */
function relationWidget(target: CollectionSpec): CmsObject {
  return { widget: 'thidua-relation', collection: target.name };
}

/**
 * One schema field as a Decap field. `optionalParent`: the label of the optional object the field
 * sits in. Decap checks a required sub-field even when its optional parent is left empty, so such
 * sub-fields are optional in the form, say in their hint when they are needed, and the "all or
 * nothing" rule is enforced when saving (see entry-cleanup.ts).
 */
export function cmsField(field: Field, optionalParent?: string): CmsObject {
  const conditional = field.required && optionalParent !== undefined;
  const base: CmsObject = { name: field.name, label: field.label, required: field.required && !conditional };
  const hint = [field.hint, conditional ? requiredWithHint(optionalParent) : undefined].filter(Boolean).join(' ');
  if (hint) base['hint'] = hint;
  switch (field.widget) {
    case 'string':
      return {
        ...base,
        widget: 'string',
        ...(field.pattern ? { pattern: [field.pattern.regex, field.pattern.message] } : {}),
      };
    case 'text':
      return { ...base, widget: 'text' };
    case 'date':
      // A calendar date typed dd/mm/yyyy, stored as YYYY-MM-DD (src/cms/admin/date-widget.ts): the
      // browser's date input shows «mm/dd/yyyy» in an English browser.
      return { ...base, widget: 'thidua-date' };
    case 'number':
      return {
        ...base,
        widget: 'number',
        value_type: 'int',
        ...(field.min !== undefined ? { min: field.min } : {}),
        ...(field.max !== undefined ? { max: field.max } : {}),
      };
    case 'boolean':
      return { ...base, widget: 'boolean', default: field.default };
    case 'select':
      return {
        ...base,
        widget: 'select',
        options: field.options.map((o) => ({ label: o.label, value: o.value })),
        ...(field.default !== undefined ? { default: field.default } : {}),
      };
    case 'relation':
      return { ...base, ...relationWidget(specOf(field.collection)) };
    case 'campaign-contents':
      // Custom widget (src/cms/admin/campaign-contents-widget.ts): the contents of the campaign
      // chosen in the sibling field, as checkboxes.
      return {
        ...base,
        widget: 'campaign-contents',
        campaign_field: field.campaignField,
        campaign_collection: 'campaigns',
      };
    case 'image':
      return { ...base, widget: 'image', choose_url: false };
    case 'file':
      return { ...base, widget: 'file', choose_url: false };
    case 'string-list':
      // One input per item (the fieldless list widget splits on commas, and items contain commas).
      return {
        ...base,
        widget: 'list',
        collapsed: false,
        field: { name: 'item', label: field.label, widget: 'string' },
      };
    case 'object-list':
      return {
        ...base,
        widget: 'list',
        collapsed: true,
        summary: `{{fields.${field.summaryField}}}`,
        fields: field.fields.map((f) => cmsField(f, optionalParent)),
      };
    case 'object': {
      const parent = optionalParent ?? (field.required ? undefined : field.label);
      return { ...base, widget: 'object', collapsed: false, fields: field.fields.map((f) => cmsField(f, parent)) };
    }
  }
}

/** The markdown widget of an entry's MDX body. */
function bodyField(spec: CollectionSpec): CmsObject {
  const extras = CMS_COLLECTION_EXTRAS[spec.name];
  return {
    name: 'body',
    label: bodyLabelOf(spec),
    widget: 'markdown',
    required: false,
    modes: ['rich_text', 'raw'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: extras.editorComponents,
    sanitize_preview: true,
  };
}

export function cmsCollection(spec: CollectionSpec): CmsObject {
  const extras = CMS_COLLECTION_EXTRAS[spec.name];
  // A unit picker offers only the units open on the entry's own date.
  const fields = spec.fields.map((f) => {
    const field = cmsField(f);
    return field['widget'] === 'thidua-relation' && field['collection'] === 'units' && extras.entryDate
      ? { ...field, date_field: extras.entryDate }
      : field;
  });
  if (spec.format === 'mdx') fields.push(bodyField(spec));
  return {
    name: spec.name,
    label: spec.label,
    label_singular: spec.labelSingular,
    ...(extras.description ? { description: extras.description } : {}),
    folder: spec.folder,
    create: true,
    delete: true,
    extension: spec.format === 'mdx' ? 'mdx' : 'yml',
    // YAML front matter / YAML, written without line folding (src/cms/formats.ts).
    format: spec.format === 'mdx' ? FRONTMATTER_FORMAT : YAML_FORMAT,
    identifier_field: spec.identifierField,
    slug: extras.slug,
    summary: extras.summary,
    // The first sortable field opens the list, in the collection's default direction.
    sortable_fields: extras.sortableFields.map((field, i) =>
      i === 0 ? { field, default_sort: extras.defaultSort } : field,
    ),
    preview_path: extras.previewPath,
    // Media next to the content, referenced relatively, so astro:assets optimises them.
    media_folder: ENTRY_MEDIA_PATH,
    public_folder: ENTRY_MEDIA_PATH,
    editor: { preview: extras.preview },
    fields,
  };
}

/** The whole Decap configuration for a build with the given environment. */
export function buildCmsConfig(env: CmsEnv = process.env as CmsEnv): CmsObject {
  const publishMode = env.CMS_PUBLISH_MODE || 'editorial_workflow';
  if (publishMode !== 'editorial_workflow' && publishMode !== 'simple') {
    throw new Error(`CMS_PUBLISH_MODE="${publishMode}" is not supported; use editorial_workflow or simple.`);
  }
  const siteUrl = env.SITE_URL || SITE_URL;
  return {
    locale: 'vi',
    backend: backendConfig(env),
    // Under `npm start` the local backend says which modes it offers (plain files: simple only;
    // git mode: both), and Decap follows it. `local_backend` is added by /admin itself.
    publish_mode: publishMode,
    site_url: siteUrl,
    display_url: siteUrl,
    // The site's mark with its name (src/brand/mark.ts) on the login page and in the CMS header.
    logo: { src: '/logo.svg', show_in_header: true },
    media_folder: MEDIA_FOLDER,
    public_folder: ENTRY_MEDIA_PATH,
    // Unaccented slugs, đ → d ("Đặng" → "dang"), like every URL of the site.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    search: true,
    collections: COLLECTIONS.map(cmsCollection),
  };
}
