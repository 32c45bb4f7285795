/**
 * Never save into the wrong file. Decap's editor keeps the entry it loaded when only the URL's
 * hash changes from one entry to another (typing the address, the back button): the form then
 * shows entry A under the URL of entry B, and «Công bố» writes A's file (upstream bug class
 * decap-cms#2739). So any hash change from one editor to another reloads the page and the
 * editor opens fresh on the entry the URL names. The one move Decap itself makes — from a new
 * entry to the entry it has just saved — is left alone.
 */
interface EditorRoute {
  collection: string;
  /** `undefined` for a new entry. */
  slug: string | undefined;
}

export function editorRoute(hash: string): EditorRoute | undefined {
  const match = /^#\/collections\/([^/?]+)\/(?:entries\/([^?]+)|new)(?:\?.*)?$/.exec(hash);
  if (!match) return undefined;
  return {
    collection: decodeURIComponent(match[1]!),
    slug: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
  };
}

/** Whether moving from `from` to `to` needs a fresh editor. */
export function needsFreshEditor(from: string, to: string): boolean {
  const a = editorRoute(from);
  const b = editorRoute(to);
  if (!a || !b) return false;
  if (a.collection === b.collection && a.slug === b.slug) return false;
  // Decap's own moves: to the entry just saved, and «Nhân bản» (a new entry filled from this one).
  if (a.slug === undefined && b.slug !== undefined && a.collection === b.collection) return false;
  if (b.slug === undefined && /[?&]duplicate=true\b/.test(to)) return false;
  return true;
}

export function reloadOnEditorHashChange(): void {
  window.addEventListener('hashchange', (event) => {
    if (needsFreshEditor(new URL(event.oldURL).hash, new URL(event.newURL).hash)) location.reload();
  });
}
