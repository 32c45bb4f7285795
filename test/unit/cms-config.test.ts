/**
 * The Decap CMS configuration agrees with the schema field by field, both ways; the Vietnamese
 * UI has every string; the save-time cleanup and the file formats do what editors rely on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import vi from 'decap-cms-locales/dist/esm/vi/index.js';
import { buildCmsConfig, requiredWithHint, type CmsObject } from '../../src/cms/config.ts';
import { CMS_COLLECTION_EXTRAS } from '../../src/cms/collections.ts';
import { adminCsp } from '../../src/cms/csp.ts';
import { applyCleanup, planCleanup } from '../../src/cms/entry-cleanup.ts';
import { parseFrontmatter, parseYamlFile, stringifyFrontmatter, stringifyYamlFile } from '../../src/cms/formats.ts';
import { mergePhrases, VI_ADDITIONS } from '../../src/cms/locale-vi.ts';
import { SEARCH_KEY } from '../../src/cms/search-key.ts';
import { COLLECTIONS } from '../../src/schema/index.ts';
import type { Field } from '../../src/schema/field.ts';
import { FIXTURE_SITE } from '../support/paths.ts';

const config = buildCmsConfig({});
const cmsCollections = config['collections'] as CmsObject[];

/** Checks one level of fields both ways, then recurses into objects and lists of objects. */
function expectSameFields(
  schemaFields: readonly Field[],
  cmsFields: CmsObject[],
  where: string,
  optionalParent?: string,
) {
  const inOptionalObject = optionalParent !== undefined;
  const cmsNames = cmsFields.map((f) => f['name']).filter((n) => n !== 'body' || where.includes('.'));
  expect(cmsNames, `${where}: CMS fields`).toEqual(schemaFields.map((f) => f.name));
  for (const field of schemaFields) {
    const cms = cmsFields.find((f) => f['name'] === field.name)!;
    const at = `${where}.${field.name}`;
    expect(cms['label'], `${at} label`).toBe(field.label);
    const conditional = field.required && inOptionalObject ? requiredWithHint(optionalParent!) : undefined;
    expect(cms['hint'], `${at} hint`).toBe([field.hint, conditional].filter(Boolean).join(' ') || undefined);
    // Inside an optional object, Decap would demand the sub-field even with the object empty;
    // the all-or-nothing rule is checked at save time instead (entry-cleanup.ts).
    expect(cms['required'], `${at} required`).toBe(field.required && !inOptionalObject);
    switch (field.widget) {
      case 'select':
        expect(cms['widget']).toBe('select');
        expect(cms['options'], `${at} options`).toEqual(field.options.map((o) => ({ label: o.label, value: o.value })));
        expect(cms['default']).toBe(field.default);
        break;
      case 'string':
        expect(cms['widget']).toBe('string');
        expect(cms['pattern'], `${at} pattern`).toEqual(
          field.pattern ? [field.pattern.regex, field.pattern.message] : undefined,
        );
        break;
      case 'date':
        expect(cms).toMatchObject({ widget: 'thidua-date' });
        break;
      case 'relation':
        expect(cms).toMatchObject({ widget: 'thidua-relation', collection: field.collection });
        break;
      case 'campaign-contents':
        expect(cms).toMatchObject({ widget: 'campaign-contents', campaign_field: field.campaignField });
        expect(schemaFields.some((f) => f.name === field.campaignField && f.widget === 'relation')).toBe(true);
        break;
      case 'number':
        expect(cms).toMatchObject({ widget: 'number', value_type: 'int' });
        expect([cms['min'], cms['max']], `${at} range`).toEqual([field.min, field.max]);
        break;
      case 'boolean':
        expect(cms).toMatchObject({ widget: 'boolean', default: field.default });
        break;
      case 'string-list':
        expect(cms).toMatchObject({ widget: 'list', field: { widget: 'string' } });
        break;
      case 'object-list':
        expect(cms['widget']).toBe('list');
        expectSameFields(field.fields, cms['fields'] as CmsObject[], `${at}.`, optionalParent);
        break;
      case 'object':
        expect(cms['widget']).toBe('object');
        expectSameFields(
          field.fields,
          cms['fields'] as CmsObject[],
          `${at}.`,
          optionalParent ?? (field.required ? undefined : field.label),
        );
        break;
      default:
        expect(cms['widget'], at).toBe(field.widget);
    }
  }
}

describe('CMS config generated from the schema', () => {
  it('has one collection per schema collection, in the same order, and no other', () => {
    expect(cmsCollections.map((c) => c['name'])).toEqual(COLLECTIONS.map((c) => c.name));
  });

  for (const spec of COLLECTIONS) {
    it(`${spec.name}: every schema field has its CMS field and the reverse`, () => {
      const cms = cmsCollections.find((c) => c['name'] === spec.name)!;
      expect(cms).toMatchObject({
        label: spec.label,
        label_singular: spec.labelSingular,
        folder: spec.folder,
        identifier_field: spec.identifierField,
      });
      expect(cms['extension']).toBe(spec.format === 'mdx' ? 'mdx' : 'yml');
      const fields = cms['fields'] as CmsObject[];
      expectSameFields(spec.fields, fields, spec.name);
      const body = fields.find((f) => f['name'] === 'body');
      if (spec.format === 'mdx') expect(body).toMatchObject({ widget: 'markdown', label: spec.bodyLabel });
      else expect(body).toBeUndefined();
    });

    it(`${spec.name}: slug, summary and sort fields name real fields`, () => {
      const extras = CMS_COLLECTION_EXTRAS[spec.name];
      // The search key is added to every entry the CMS reads (src/cms/search-key.ts).
      const names = new Set([...spec.fields.map((f) => f.name), SEARCH_KEY]);
      for (const template of [extras.slug, extras.summary]) {
        for (const [, name] of template.matchAll(/{{\s*([^}|\s]+)/g))
          expect(names, `${spec.name}: ${name}`).toContain(name);
      }
      for (const name of extras.sortableFields) expect(names).toContain(name);
    });
  }

  it('stores media next to the content, referenced relatively, and makes ascii slugs with đ → d', () => {
    expect(config).toMatchObject({
      media_folder: 'content/media',
      public_folder: '../media',
      slug: { encoding: 'ascii', clean_accents: true },
    });
    for (const c of cmsCollections) expect(c).toMatchObject({ media_folder: '../media', public_folder: '../media' });
  });

  it('selects the backend from the environment, without code edits', () => {
    expect(config).toMatchObject({ locale: 'vi', publish_mode: 'editorial_workflow' });
    // The local backend is on the site's own origin, set by /admin itself (src/cms/admin/main.ts).
    expect(config['local_backend']).toBeUndefined();
    expect(buildCmsConfig({ GITHUB_REPOSITORY: 'so-khdt/thidua' })['backend']).toMatchObject({
      name: 'github',
      repo: 'so-khdt/thidua',
      branch: 'main',
    });
    const custom = buildCmsConfig({
      CMS_BACKEND: 'gitlab',
      CMS_REPO: 'a/b',
      CMS_BRANCH: 'xuat-ban',
      CMS_BASE_URL: 'https://oauth.example.vn',
    });
    expect(custom['backend']).toMatchObject({
      name: 'gitlab',
      repo: 'a/b',
      branch: 'xuat-ban',
      base_url: 'https://oauth.example.vn',
    });
    expect(() => buildCmsConfig({ CMS_BACKEND: 'svn' })).toThrow(/CMS_BACKEND="svn"/);
    // Netlify tells the build which repository it builds from.
    expect(buildCmsConfig({ REPOSITORY_URL: 'https://github.com/so-khdt/thidua' })['backend']).toMatchObject({
      repo: 'so-khdt/thidua',
    });
    expect(buildCmsConfig({ REPOSITORY_URL: 'git@github.com:so-khdt/thidua.git' })['backend']).toMatchObject({
      repo: 'so-khdt/thidua',
    });
  });

  it("gives /admin a policy with 'unsafe-eval' that reaches only the site (and its local backend) and the Git backend", () => {
    const csp = adminCsp(buildCmsConfig({ CMS_BASE_URL: 'https://oauth.example.vn' }));
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).toContain("connect-src 'self' blob: data: https://api.github.com https://oauth.example.vn");
    expect(csp).not.toMatch(/cdn|unpkg|jsdelivr/);
  });
});

describe('Vietnamese UI strings', () => {
  type Phrases = { [k: string]: string | Phrases };
  const keys = (o: Phrases, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

  it('vi plus our additions covers every English string of Decap', () => {
    const merged = new Set(keys(mergePhrases(vi as Phrases, VI_ADDITIONS)));
    expect(keys(en as Phrases).filter((k) => !merged.has(k))).toEqual([]);
  });

  it('adds only keys Decap knows (no typo silently ignored)', () => {
    const english = new Set(keys(en as Phrases));
    expect(keys(VI_ADDITIONS).filter((k) => !english.has(k))).toEqual([]);
  });
});

describe('cleanup before saving', () => {
  const news = COLLECTIONS.find((c) => c.name === 'news')!;
  const achievements = COLLECTIONS.find((c) => c.name === 'achievements')!;

  it('turns every text into NFC, body and lists included', () => {
    const nfd = 'Nguyễn Văn Đức'.normalize('NFD');
    const data = { title: nfd, tags: [nfd], body: `Bài của ${nfd}`, cover: { image: '../media/a.jpg', alt: nfd } };
    const plan = planCleanup(data, news.fields);
    expect(plan.errors).toEqual([]);
    const out = applyCleanup(data, plan.ops);
    expect(JSON.stringify(out)).toBe(JSON.stringify(data).normalize('NFC'));
    expect(out['title']).toBe('Nguyễn Văn Đức'.normalize('NFC'));
  });

  it('drops optional fields left empty and an empty optional object', () => {
    const data = { title: 'A', updatedAt: '', campaign: '', cover: { image: '', alt: '' }, draft: false };
    const out = applyCleanup(data, planCleanup(data, news.fields).ops);
    expect(out).toEqual({ title: 'A', draft: false });
  });

  it('refuses a half-filled optional object, naming the missing field in Vietnamese', () => {
    const plan = planCleanup({ title: 'A', cover: { image: '../media/a.jpg', alt: ' ' } }, news.fields);
    expect(plan.errors).toEqual(['«Mô tả ảnh» của «Ảnh đại diện» không được để trống (hoặc xóa hết «Ảnh đại diện»).']);
  });

  it('drops campaign contents when no campaign is chosen', () => {
    const data = { recipient: 'A', campaign: '', contents: ['chuyen-doi-so'] };
    expect(applyCleanup(data, planCleanup(data, achievements.fields).ops)).toEqual({ recipient: 'A' });
  });
});

describe('entry file formats', () => {
  const dirs = COLLECTIONS.map((c) => ({ spec: c, dir: join(FIXTURE_SITE, c.folder) }));
  for (const { spec, dir } of dirs) {
    it(`${spec.name}: every file reads back to the same data, and writing is stable`, () => {
      for (const file of readdirSync(dir)) {
        const text = readFileSync(join(dir, file), 'utf8');
        const [parse, write] =
          spec.format === 'mdx' ? [parseFrontmatter, stringifyFrontmatter] : [parseYamlFile, stringifyYamlFile];
        const data = parse(text);
        const keys = spec.fields.map((f) => f.name);
        const written = write(data, keys);
        expect(parse(written), file).toEqual(data);
        expect(write(parse(written), keys), file).toBe(written);
        // No folding: a field stays on its line, so an edit changes only its own lines.
        expect(written.split('\n').length, file).toBeLessThanOrEqual(text.split('\n').length + 1);
      }
    });
  }
});
