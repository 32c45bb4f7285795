/**
 * A sub-field needed only when its optional parent is filled in (the alt text of a photo) must
 * be optional for Decap — which checks required sub-fields even when the parent is left empty —
 * so Decap labels it «(không bắt buộc)». That is wrong as soon as a photo is given: the label
 * says «(bắt buộc khi có ảnh)» instead, and the save is refused without it (entry-cleanup.ts).
 * Decap offers no hook for a label, so the suffix Decap rendered is replaced in place (React
 * leaves an unchanged text node alone on later renders).
 */
import { COLLECTIONS } from '../../schema/index.ts';
import type { Field } from '../../schema/field.ts';
import { editorRoute } from './editor-route.ts';

/**
 * Per collection, the labels of required fields inside optional objects, with the parent's
 * label — not the image or file itself, which is the optional thing.
 */
export function conditionalFields(fields: readonly Field[], parent?: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const field of fields) {
    if (parent !== undefined && field.required && field.widget !== 'image' && field.widget !== 'file')
      out.set(field.label, parent);
    if (field.widget === 'object') {
      const inner = parent ?? (field.required ? undefined : field.label);
      for (const [label, p] of conditionalFields(field.fields as readonly Field[], inner)) out.set(label, p);
    }
  }
  return out;
}

export function conditionalSuffix(parentLabel: string): string {
  return ` (bắt buộc khi có ${parentLabel.toLocaleLowerCase('vi')})`;
}

export function relabelConditionalFields(optionalSuffix: string): void {
  const byCollection = new Map(
    COLLECTIONS.map((c) => [c.name as string, conditionalFields(c.fields as readonly Field[])]),
  );
  const fix = () => {
    const fields = byCollection.get(editorRoute(location.hash)?.collection ?? '');
    if (!fields) return;
    for (const label of document.querySelectorAll('label')) {
      const span = label.lastElementChild;
      if (!span || span.tagName !== 'SPAN' || span.textContent !== optionalSuffix) continue;
      const parent = fields.get((label.firstChild?.textContent ?? '').trim());
      if (parent !== undefined) span.textContent = conditionalSuffix(parent);
    }
  };
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      fix();
    });
  }).observe(document.body, { childList: true, subtree: true });
}
