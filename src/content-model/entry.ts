/**
 * What one entry file says about itself, from its text alone: readable YAML, clean text, every
 * field against the collection's schema, the MDX body, and paths that stay inside content/.
 * A pure function of (collection, file, text), so results are kept per text and reused.
 */
import type { CollectionSpec } from '../schema/field.ts';
import { validateEntryData } from './entry-schema.ts';
import { parseEntryFile } from './entry-file.ts';
import { entryId } from './file-name.ts';
import type { ContentEntry } from './fields.ts';
import { bodyContext, checkMdxBody } from './mdx-body.ts';
import type { Problem } from './problem.ts';
import { invisibleLines } from './text.ts';

/** Longest body, in characters: the longest real plan is ≈ 15,000; a 5 MB body is an accident. */
export const MAX_BODY_CHARACTERS = 200_000;

export interface Analysis {
  /** The entry, with its data; `failed: ['*']` when the file could not be read. */
  entry: ContentEntry;
  problems: Problem[];
}

const analyses = new Map<string, Analysis>();

export function analyseEntry(spec: CollectionSpec, file: string, source: string): Analysis {
  const key = `${spec.name}\0${file}\0${source}`;
  const cached = analyses.get(key);
  if (cached) return cached;
  const result = analyse(spec, file, source);
  if (analyses.size > 50_000) analyses.clear();
  analyses.set(key, result);
  return result;
}

/**
 * `analyseEntry` without its in-memory memo, for a caller that keeps results itself (the build's
 * cache, analysis-cache.ts): the memo would hold every file's text for the whole build.
 */
export function analyseEntryAfresh(spec: CollectionSpec, file: string, source: string): Analysis {
  return analyse(spec, file, source);
}

function analyse(spec: CollectionSpec, file: string, source: string): Analysis {
  const base = { collection: spec.name, id: entryId(spec, file), file };
  const read = parseEntryFile(spec, file, source);
  if (!read.ok) return { entry: { ...base, data: {}, failed: ['*'] }, problems: read.problems };
  const checked = validateEntryData(spec, file, read.entry.data);
  const problems = [...read.problems, ...checked.problems];
  const entry: ContentEntry = { ...base, data: checked.data, failed: [...checked.failed] };
  const body = read.entry.body;
  if (body) {
    if (body.text.length > MAX_BODY_CHARACTERS) {
      problems.push({
        file,
        line: body.firstLine,
        field: 'body',
        vi: `nội dung dài ${body.text.length.toLocaleString('vi-VN')} ký tự, quá giới hạn ${MAX_BODY_CHARACTERS.toLocaleString('vi-VN')}; chia thành nhiều bài hoặc đưa văn bản đầy đủ vào tệp đính kèm.`,
        en: `the body is ${body.text.length} characters long, over the limit of ${MAX_BODY_CHARACTERS}; split it or attach the full text as a file.`,
      });
      return { entry, problems };
    }
    problems.push(...invisibleLines(file, 'body', body.text, body.firstLine));
    const checkedBody = checkMdxBody(body.text, body.firstLine, bodyContext(spec.name, file));
    problems.push(...checkedBody.problems);
    entry.links = checkedBody.links;
    entry.images = checkedBody.images;
  }
  return { entry, problems };
}
