/**
 * The content gate at the local backend: an entry Decap wants to write is checked with every
 * rule (`checkEntry`, the same as `npm run check` and the CMS form) against the content on disk,
 * and a media file by its bytes. A request that bypasses the browser cannot plant a bad entry.
 */
import { posix } from 'node:path';
import { openEntryAnalyses } from '../content-model/analysis-cache.ts';
import { checkEntry } from '../content-model/check-entry.ts';
import { imageProblem } from '../content-model/image-file.ts';
import { formatProblem } from '../content-model/problem.ts';
import { readContentSnapshot } from '../content-model/read-content.ts';
import type { ContentSnapshot } from '../content-model/snapshot.ts';
import type { GateVerdict } from './cms-backend.ts';
import { ENTRY_FOLDERS } from './guard.ts';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
/** Campaign attachments (`Bản scan văn bản`) are PDF; nothing else goes into the media folder. */
const DOCUMENT = /\.pdf$/i;

export interface ContentGate {
  checkEntry: (file: { path: string; raw: string; assets?: string[] }) => Promise<GateVerdict>;
  checkMedia: (file: { path: string; bytes: Buffer }) => Promise<GateVerdict>;
  /** The snapshot of the content on disk now (also served to the CMS form). */
  snapshot: () => Promise<ContentSnapshot>;
}

/** `root`: the project whose content/ is the published content the rules compare with. */
export function contentGate(root: string): ContentGate {
  // Each file's own checks as the last build kept them (content-model/analysis-cache.ts, keyed by
  // the file's text and the code): without them a save at 10,000 entries waited 13.5 s while
  // every entry was parsed again (npm run bench:publish, simple publishing).
  const snapshot = async () => readContentSnapshot(root, { analyses: await openEntryAnalyses(root) });
  return {
    snapshot,
    checkEntry: async ({ path, raw, assets = [] }) => {
      const folder = ENTRY_FOLDERS.get(posix.dirname(path));
      if (!folder) return { problems: [`${path}: file: không phải tệp nội dung / not a content file`] };
      const current = await snapshot();
      const withAssets = { ...current, files: [...current.files, ...assets] };
      const problems = checkEntry({ collection: folder.collection as never, file: path, source: raw }, withAssets);
      return { problems: problems.map(formatProblem) };
    },
    checkMedia: async ({ path, bytes }) => {
      if (DOCUMENT.test(path)) {
        const pdf = bytes.subarray(0, 5).toString('latin1') === '%PDF-';
        return {
          problems: pdf
            ? []
            : [`${path}: file: tệp không phải PDF dù có đuôi .pdf / not a PDF despite its .pdf extension`],
        };
      }
      if (!IMAGE.test(path)) {
        return {
          problems: [
            `${path}: file: chỉ tải lên ảnh (jpg, png, webp, avif, gif) hoặc PDF / only images (jpg, png, webp, avif, gif) or PDF files may be uploaded`,
          ],
        };
      }
      const problem = await imageProblem(path, bytes);
      return { problems: problem ? [`${path}: file: ${problem.vi} / ${problem.en}`] : [] };
    },
  };
}
