/**
 * Boots Decap CMS on /admin/: loads the bundle served from the site, registers what this site
 * adds (complete Vietnamese UI, the campaign-contents widget, the <CampaignContents /> editor
 * component, previews in the site's own CSS, the NFC/cleanup step before saving), then starts
 * the CMS, which reads /admin/config.yml.
 */
import vi from 'decap-cms-locales/dist/esm/vi/index.js';
import { COLLECTIONS } from '../../schema/index.ts';
import { LOCAL_BACKEND_PATH } from '../local-api.ts';
import { planCleanup } from '../entry-cleanup.ts';
import {
  FRONTMATTER_FORMAT,
  parseFrontmatter,
  parseYamlFile,
  stringifyFrontmatter,
  stringifyYamlFile,
  YAML_FORMAT,
} from '../formats.ts';
import { vietnamesePhrases } from '../locale-vi.ts';
import { withoutSearchKey, withSearchKey } from '../search-key.ts';
import { watchBuildStatus } from './build-banner.ts';
import { relabelConditionalFields } from './conditional-labels.ts';
import { translateLeftoverEnglish } from './leftover-english.ts';
import { reloadOnEditorHashChange } from './editor-route.ts';
import { gateBeforeSave } from './form-gate.ts';
import { registerCampaignContentsWidget } from './campaign-contents-widget.ts';
import { registerRelationWidget } from './relation-widget.ts';
import { registerDateWidget } from './date-widget.ts';
import { registerEditorComponents } from './editor-components.ts';
import { registerPreviews } from './previews.ts';
import type { DecapCms, ImmutableMap } from './decap.ts';

declare global {
  interface Window {
    CMS: DecapCms;
    CMS_MANUAL_INIT?: boolean;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Không tải được ${src}`));
    document.head.append(script);
  });
}

function registerCleanup(CMS: DecapCms): void {
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }: { entry: ImmutableMap }) => {
      const spec = COLLECTIONS.find((c) => c.name === entry.get('collection'));
      let data = entry.get('data') as ImmutableMap;
      if (!spec) return data;
      const plan = planCleanup(data.toJS() as Record<string, unknown>, spec.fields);
      // Thrown errors stop the save; Decap shows the message in its error toast.
      if (plan.errors.length > 0) throw new Error(plan.errors.join(' '));
      for (const op of plan.ops) data = 'remove' in op ? data.deleteIn(op.path) : data.setIn(op.path, op.set);
      return data;
    },
  });
}

export async function startCms(): Promise<void> {
  const root = document.documentElement;
  window.CMS_MANUAL_INIT = true;
  await loadScript(root.dataset['decapBundle']!);
  const CMS = window.CMS;
  const phrases = vietnamesePhrases(vi) as { editor: { editorControl: { field: { optional: string } } } };
  CMS.registerLocale('vi', phrases);
  // Entries carry a folded search key while in the browser, never in a file (search-key.ts).
  CMS.registerCustomFormat(FRONTMATTER_FORMAT, 'mdx', {
    fromFile: (text) => withSearchKey(parseFrontmatter(text)),
    toFile: (data, keys) => stringifyFrontmatter(withoutSearchKey(data), keys),
  });
  CMS.registerCustomFormat(YAML_FORMAT, 'yml', {
    fromFile: (text) => withSearchKey(parseYamlFile(text)),
    toFile: (data, keys) => stringifyYamlFile(withoutSearchKey(data), keys),
  });
  registerCleanup(CMS);
  // After the cleanup, so the gate sees the entry as it will be written.
  CMS.registerEventListener({ name: 'preSave', handler: gateBeforeSave });
  registerCampaignContentsWidget(CMS);
  registerRelationWidget(CMS);
  registerDateWidget(CMS);
  registerEditorComponents(CMS);
  registerPreviews(CMS, root.dataset['siteCss']!);
  // The local backend answers on this very origin under `npm start`; Decap uses it only when
  // /admin is opened on localhost or 127.0.0.1, and wants an absolute URL.
  CMS.init({ config: { local_backend: { url: new URL(LOCAL_BACKEND_PATH, location.origin).href } } });
  watchBuildStatus();
  reloadOnEditorHashChange();
  translateLeftoverEnglish();
  relabelConditionalFields(` (${phrases.editor.editorControl.field.optional})`);
}
