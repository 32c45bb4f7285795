/**
 * The content gate in the CMS form: before Decap saves, the entry's file — as it would be
 * written — is checked with EVERY rule of the content model (`checkEntry`, the same code as
 * `npm run check`, cross-entry rules included) against a snapshot of the current content.
 * A problem stops the save: nothing is written and Decap never says «Đã công bố»; the Vietnamese
 * sentence `npm run check` prints is shown next to the field it is about, and in a list at the top
 * of the form.
 *
 * The snapshot comes from CONTENT_SNAPSHOT_PATH: fresh from disk under `npm start` (the local
 * server answers it), the one of the last build on a static host.
 */
import { checkEntry } from '../../content-model/check-entry.ts';
import type { Problem } from '../../content-model/problem.ts';
import type { ContentSnapshot } from '../../content-model/snapshot.ts';
import { COLLECTIONS } from '../../schema/index.ts';
import { bodyLabelOf, type CollectionSpec, type Field } from '../../schema/field.ts';
import { stringifyFrontmatter, stringifyYamlFile } from '../formats.ts';
import { CONTENT_SNAPSHOT_PATH } from '../local-api.ts';
import { withoutSearchKey } from '../search-key.ts';
import type { ImmutableMap } from './decap.ts';

export const GATE_CLASS = 'thidua-gate-problem';
const SUMMARY_ID = 'thidua-gate-summary';

async function fetchSnapshot(): Promise<ContentSnapshot> {
  const response = await fetch(CONTENT_SNAPSHOT_PATH, { cache: 'no-store' });
  if (!response.ok) throw new Error(`Không tải được dữ liệu kiểm tra nội dung (${response.status}).`);
  return (await response.json()) as ContentSnapshot;
}

/** Project-relative paths of the images and files an entry's fields name (`../media/x.jpg`). */
export function mediaReferences(fields: readonly Field[], data: Record<string, unknown>, folder: string): string[] {
  const out: string[] = [];
  for (const field of fields) {
    const value = data[field.name];
    if (
      (field.widget === 'image' || field.widget === 'file') &&
      typeof value === 'string' &&
      !value.startsWith('/') &&
      !/^[a-z]+:/i.test(value)
    ) {
      const parts = folder.split('/');
      for (const part of value.split('/')) {
        if (part === '..') parts.pop();
        else if (part !== '.' && part !== '') parts.push(part);
      }
      out.push(parts.join('/'));
    } else if (field.widget === 'object' && value && typeof value === 'object') {
      out.push(...mediaReferences(field.fields as readonly Field[], value as Record<string, unknown>, folder));
    }
  }
  return out;
}

/** The label a problem's field path (`photo.alt`, `basis[2].date`) shows in the form. */
export function fieldLabels(fields: readonly Field[], path: string): string[] {
  const labels: string[] = [];
  let current: readonly Field[] | undefined = fields;
  for (const part of path.split('.')) {
    const name = part.replace(/\[\d+\]$/, '');
    const field: Field | undefined = current?.find((f) => f.name === name);
    if (!field) break;
    labels.push(field.label);
    current = 'fields' in field ? (field.fields as readonly Field[]) : undefined;
  }
  return labels;
}

function clearProblems(): void {
  for (const el of document.querySelectorAll(`.${GATE_CLASS}, #${SUMMARY_ID}`)) el.remove();
}

function problemElement(text: string, tag: 'p' | 'li' = 'p'): HTMLElement {
  const el = document.createElement(tag);
  el.className = GATE_CLASS;
  el.textContent = text;
  Object.assign(el.style, { color: '#b00020', margin: '4px 0', font: '14px/1.4 system-ui, sans-serif' });
  return el;
}

/** The form control of a field, found by its label's text (Decap adds «(không bắt buộc)»). */
function controlOf(label: string): HTMLElement | undefined {
  for (const el of document.querySelectorAll('label')) {
    const text = el.textContent?.trim() ?? '';
    if (text === label || text.startsWith(`${label} (`)) return el.parentElement ?? undefined;
  }
  return undefined;
}

/** Shows the problems next to their fields and in a list at the top of the form. */
function showProblems(problems: readonly Problem[], spec: CollectionSpec): void {
  clearProblems();
  const summary = document.createElement('div');
  summary.id = SUMMARY_ID;
  summary.setAttribute('role', 'alert');
  Object.assign(summary.style, {
    border: '2px solid #b00020',
    background: '#fff5f5',
    padding: '8px 16px',
    margin: '8px 0 16px',
    borderRadius: '4px',
  });
  const title = document.createElement('strong');
  title.textContent = 'Chưa lưu: nội dung có lỗi cần sửa.';
  const list = document.createElement('ul');
  summary.append(title, list);
  for (const p of problems) {
    // The body is a field of the form, not of the front matter.
    const labels = p.field === 'body' ? [bodyLabelOf(spec)] : fieldLabels(spec.fields, p.field);
    const where = labels.length > 0 ? `«${labels.join(' › ')}»: ` : '';
    list.append(problemElement(`${where}${p.vi}`, 'li'));
    const control = labels.length > 0 ? controlOf(labels.at(-1)!) : undefined;
    control?.append(problemElement(p.vi));
  }
  const form =
    document.querySelector('[class*="ControlPaneContainer"]') ?? document.querySelector('form') ?? document.body;
  form.prepend(summary);
}

/**
 * Decap `preSave` handler: checks the entry and throws (which stops the save) with the
 * problems' sentences. Registered after the cleanup handler, so it sees the data as it will be
 * written.
 */
export async function gateBeforeSave({ entry }: { entry: ImmutableMap }): Promise<undefined> {
  clearProblems();
  const collection = entry.get('collection') as string;
  const spec = COLLECTIONS.find((c) => c.name === collection);
  if (!spec) return undefined;
  const data = withoutSearchKey((entry.get('data') as ImmutableMap).toJS() as Record<string, unknown>);
  const source =
    spec.format === 'mdx'
      ? stringifyFrontmatter(
          data,
          spec.fields.map((f) => f.name),
        )
      : stringifyYamlFile(
          data,
          spec.fields.map((f) => f.name),
        );
  const extension = spec.format === 'mdx' ? 'mdx' : 'yml';
  // A new entry's file name is made by Decap after this check; the backend checks the real one.
  const path = (entry.get('path') as string | undefined) || `${spec.folder}/muc-moi-chua-luu.${extension}`;
  // An image picked in this form may still be waiting to be uploaded with the entry, so its file
  // is not in the snapshot yet: the media the entry names count as there. The local backend
  // checks them for real, with the uploaded bytes, before writing anything.
  const snapshot = await fetchSnapshot();
  snapshot.files = [...snapshot.files, ...mediaReferences(spec.fields, data, spec.folder)];
  const problems = checkEntry({ collection: spec.name, file: path, source }, snapshot);
  if (problems.length === 0) return undefined;
  showProblems(problems, spec);
  throw new GateRefusal(problems.map((p) => p.vi).join(' '));
}

/**
 * What stops Decap's save. Decap shows it in its toast as text («Không lưu được mục: %{details}»),
 * which for an Error would start with the English «Error: »: only the sentences are shown.
 */
class GateRefusal extends Error {
  override toString(): string {
    return this.message;
  }
}
