/**
 * What the rules need to know about the content besides the entry being checked: every entry's
 * data (long free text left out), and the files that exist. Plain JSON, so the CMS can fetch it
 * from the local backend or ship it with the build, and check an entry in the browser with
 * `checkEntry`. Read from disk by `readContentSnapshot` (read-content.ts, Node only).
 */
import type { ContentEntry } from './fields.ts';
import { specOf } from './specs.ts';

export interface ContentSnapshot {
  version: 1;
  /** Every entry file of every collection (readable or not: `failed: ['*']`). */
  entries: ContentEntry[];
  /** Project-relative paths of every regular file under content/ (entries and media). */
  files: string[];
  /** Files of public/, `/`-led (`/favicon.svg`): attachments and links may point there. */
  publicFiles: string[];
}

/**
 * An entry as the snapshot keeps it: top-level free-text fields (summaries, descriptions) are
 * left out, since no rule about OTHER entries reads them; links and images of other entries
 * are only checked for those entries, so they are left out too; of a draft, only its id.
 */
export function snapshotEntry(e: ContentEntry): ContentEntry {
  const spec = specOf(e.collection);
  // A draft is not published, and the snapshot may be (the CMS on a static host fetches it):
  // its id is all another entry's rules need (two files, one URL).
  if (e.data['draft'] === true)
    return { collection: e.collection, id: e.id, file: e.file, data: { draft: true }, failed: e.failed };
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(e.data)) {
    if (spec.fields.find((f) => f.name === key)?.widget !== 'text') data[key] = value;
  }
  return { collection: e.collection, id: e.id, file: e.file, data, failed: e.failed };
}

export function makeSnapshot(
  entries: readonly ContentEntry[],
  files: readonly string[],
  publicFiles: readonly string[],
): ContentSnapshot {
  return {
    version: 1,
    entries: entries.map(snapshotEntry),
    files: [...files].sort(),
    publicFiles: [...publicFiles].sort(),
  };
}
