/**
 * Imports the recipients of an award decision from a spreadsheet into content/achievements/.
 *
 * All or nothing: every row is resolved (units, campaigns, contents, forms by name, tolerant of
 * tones and case), validated with the site's own schema (`objectSchema` of the achievements
 * field list) and rules, and checked against the other rows and the existing content; only when
 * no row has an error are files written, each created new (never overwritten). A recipient of
 * the same decision that is already recorded is skipped, so running an import twice creates
 * nothing the second time.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { z } from 'astro/zod';
import { foldVietnamese } from '../lib/fold.ts';
import { decisionSlug } from '../lib/routes.ts';
import { achievements } from '../schema/achievements.ts';
import { people as peopleSpec } from '../schema/people.ts';
import { objectSchema } from '../schema/to-zod.ts';
import { AUTHORITIES, AWARD_FORMS, RECIPIENT_KINDS } from '../schema/vocabulary.ts';
import { checkEntries } from '../content-model/check-entry.ts';
import type { Problem } from '../content-model/problem.ts';
import { readContentSnapshot } from '../content-model/read-content.ts';
import { recipientKey as sameRecipient } from '../content-model/rules/decisions.ts';
import { INCLUDE_SAMPLES } from '../site.ts';
import { IMPORT_COLUMNS, headerScore, mapHeaders, type ColumnKey } from './columns.ts';
import { loadContentIndex, type CampaignRef, type ContentIndex, type UnitRef } from './content-index.ts';
import { achievementId, entryFile } from './entry-file.ts';
import { PeopleResolver, type PlannedPerson } from './people.ts';
import { readTable, TableError, type Table } from './read-table.ts';
import { invalidIsoDateMessage, isRealIsoDate } from './rules.ts';
import {
  cellList,
  cellParagraphs,
  cellText,
  closestName,
  matchFolded,
  parseDate,
  parseYear,
  tidyDecisionNumber,
  type Cell,
} from './values.ts';

export interface ImportOptions {
  file: string;
  /** The content folder (with units/, campaigns/, achievements/). */
  contentDir: string;
  dryRun?: boolean;
  /** Today as YYYY-MM-DD for the date rules (default: today in Vietnam). */
  today?: string;
  /** Called while rows are checked, for a progress line on large files. */
  onProgress?: (done: number, total: number) => void;
  /** Called when the check moves on to the content validator's rules. */
  onValidate?: (files: number) => void;
}

/** One achievement of the spreadsheet, ready to write. */
export interface PlannedEntry {
  line: number;
  id: string;
  /** Path of the file, relative to the content folder's parent (as a clerk sees it). */
  path: string;
  text: string;
  data: Record<string, unknown>;
  /** Name of the unit, for what the importer prints. */
  unitName: string;
  /** Already recorded: with the same text, or with a different one (left as it is). */
  existing?: 'same' | 'different';
}

export interface ImportResult {
  ok: boolean;
  /** Problems, one line each: `<file> dòng <n>, cột «<header>»: <message>`. */
  errors: string[];
  rows: number;
  sheet?: string | undefined;
  create: PlannedEntry[];
  skip: PlannedEntry[];
  written: string[];
  /** People named by no entry of content/people/ yet, created with the achievements. */
  people: (PlannedPerson & { path: string })[];
  decisions: { slug: string; number: string; date: string; authority: string; count: number }[];
}

type RowValues = Partial<Record<ColumnKey, Cell>>;

/** Problems of one row, by column. */
class RowProblems {
  readonly list: { key: ColumnKey | undefined; message: string }[] = [];
  add(key: ColumnKey | undefined, message: string | undefined) {
    if (message) this.list.push({ key, message });
  }
  has(key: ColumnKey) {
    return this.list.some((p) => p.key === key);
  }
}

const labelFor = (key: ColumnKey) => IMPORT_COLUMNS.find((c) => c.key === key)!.header;
const emptyMessage = (key: ColumnKey) => `«${labelFor(key)}» không được để trống.`;
const listOf = (values: readonly string[]) => values.map((v) => `«${v}»`).join(', ');

function resolveUnit(
  text: string,
  units: readonly UnitRef[],
  decisionDate: string | undefined,
): { id?: string; message?: string } {
  const found = matchFolded(text, units, (u) => [u.id, u.name, u.shortName]);
  if (found.length === 1) return { id: found[0]!.id };
  if (found.length > 1) {
    // The same name in two periods (renamed back and forth): the one active on the decision date.
    const active = decisionDate
      ? found.filter(
          (u) => (!u.validFrom || u.validFrom <= decisionDate) && (!u.validUntil || decisionDate <= u.validUntil),
        )
      : [];
    if (active.length === 1) return { id: active[0]!.id };
    return { message: `«${text}» ứng với nhiều đơn vị (${found.map((u) => u.id).join(', ')}); ghi mã đơn vị.` };
  }
  const near = closestName(
    text,
    units.map((u) => u.name),
  );
  const hint = near ? ` Có phải «${near}»?` : ' Ghi tên, tên viết tắt hoặc mã đơn vị như trong mục Đơn vị của trang.';
  return { message: `Không có đơn vị «${text}».${hint}` };
}

function resolveCampaign(
  text: string,
  campaigns: readonly CampaignRef[],
): { campaign?: CampaignRef; message?: string } {
  let found = matchFolded(text, campaigns, (c) => [c.id, c.title, c.documentNumber]);
  // "Kế hoạch số 1579/KH-SKHĐT": the number inside a longer text.
  if (found.length === 0)
    found = campaigns.filter(
      (c) => c.documentNumber && foldVietnamese(text).includes(foldVietnamese(c.documentNumber)),
    );
  if (found.length === 1) return { campaign: found[0]! };
  return {
    message: `Không có đợt thi đua «${text}». Ghi số kế hoạch (ví dụ ${campaigns[0]?.documentNumber ?? '1579/KH-SKHĐT'}), tên hoặc mã đợt thi đua.`,
  };
}

function resolveContents(items: readonly string[], campaign: CampaignRef): { ids: string[]; message?: string } {
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const n = /^\d+$/.test(item) ? Number(item) : NaN;
    const byNumber = campaign.contents[n - 1];
    const found = byNumber ? [byNumber] : matchFolded(item, campaign.contents, (c) => [c.id, c.title]);
    if (found.length === 1) ids.push(found[0]!.id);
    else unknown.push(item);
  }
  if (unknown.length === 0) return { ids: [...new Set(ids)] };
  const choices = campaign.contents.map((c, i) => `${i + 1}. ${c.title}`).join('; ');
  return {
    ids,
    message: `${listOf(unknown)} không phải nội dung thi đua của ${campaign.documentNumber}. Các nội dung: ${choices}.`,
  };
}

/** The row's cells resolved to stored values, with the problems found on the way. */
function resolveRow(
  values: RowValues,
  index: ContentIndex,
  problems: RowProblems,
  people: PeopleResolver,
  line: number,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  const text = (key: ColumnKey) => cellText(values[key] ?? null);

  data['recipient'] = text('recipient');
  const kindText = text('kind');
  if (kindText) {
    const kind = matchFolded(kindText, RECIPIENT_KINDS, (k) => [k.value, k.label])[0];
    if (kind) data['kind'] = kind.value;
    else
      problems.add('kind', `«${kindText}» không phải loại hợp lệ; ghi ${listOf(RECIPIENT_KINDS.map((k) => k.label))}.`);
  } else problems.add('kind', emptyMessage('kind'));
  if (text('position')) data['position'] = text('position');

  const dateCell = values.decisionDate ?? null;
  if (cellText(dateCell)) {
    const date = parseDate(dateCell);
    if (date.ok) data['decisionDate'] = date.value;
    else problems.add('decisionDate', date.message);
  } else problems.add('decisionDate', emptyMessage('decisionDate'));

  const unitText = text('unit');
  if (unitText) {
    const unit = resolveUnit(unitText, index.units, data['decisionDate'] as string | undefined);
    if (unit.id) data['unit'] = unit.id;
    problems.add('unit', unit.message);
  } else problems.add('unit', emptyMessage('unit'));

  // An individual is a person of content/people/ (by name and unit, or the «Mã cá nhân» column).
  const recipient = text('recipient').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (data['kind'] === 'ca-nhan' && recipient && data['unit']) {
    const match = people.resolve(
      line,
      recipient,
      data['unit'] as string,
      text('position') || undefined,
      text('person') || undefined,
    );
    if (match.id) {
      data['person'] = match.id;
      // The person's name as the archive writes it (tones, case), which the content model requires.
      data['recipient'] = match.name;
    } else problems.add(text('person') ? 'person' : 'recipient', match.message);
  } else if (data['kind'] === 'tap-the' && text('person')) {
    problems.add('person', 'cột này chỉ ghi với cá nhân; để trống với tập thể.');
  }

  const awardText = text('award');
  if (awardText) {
    const award = matchFolded(awardText, AWARD_FORMS, (f) => [f.value])[0];
    if (award) data['award'] = award.value;
    else {
      const near = closestName(
        awardText,
        AWARD_FORMS.map((f) => f.value),
      );
      problems.add(
        'award',
        `Không có hình thức khen thưởng «${awardText}» trong danh mục.${near ? ` Có phải «${near}»?` : ''} Chọn một trong: ${listOf(AWARD_FORMS.map((f) => f.value))}.`,
      );
    }
  } else problems.add('award', emptyMessage('award'));

  const authorityText = text('authority');
  if (authorityText) {
    const authority = matchFolded(authorityText, AUTHORITIES, (a) => [a])[0];
    if (authority) data['authority'] = authority;
    else
      problems.add(
        'authority',
        `Không có cấp khen «${authorityText}» trong danh mục. Chọn một trong: ${listOf(AUTHORITIES)}.`,
      );
  } else problems.add('authority', emptyMessage('authority'));

  data['decisionNumber'] = tidyDecisionNumber(values.decisionNumber ?? null);

  if (text('year')) {
    const year = parseYear(values.year ?? null);
    if (year.ok) data['year'] = year.value;
    else problems.add('year', year.message);
  }

  let campaign: CampaignRef | undefined;
  if (text('campaign')) {
    const found = resolveCampaign(text('campaign'), index.campaigns);
    campaign = found.campaign;
    if (campaign) data['campaign'] = campaign.id;
    problems.add('campaign', found.message);
  }
  const contentItems = cellList(values.contents ?? null);
  if (contentItems.length > 0) {
    if (campaign) {
      const contents = resolveContents(contentItems, campaign);
      data['contents'] = contents.ids;
      problems.add('contents', contents.message);
    } else if (!problems.has('campaign')) {
      // Content names are resolved against a campaign: without one the cell cannot be read.
      problems.add('contents', 'Có nội dung thi đua nhưng chưa ghi đợt thi đua.');
    }
  }
  data['summary'] = text('summary');
  return data;
}

/** The schema of the site, with the checks a spreadsheet needs in place of Astro's loaders. */
function rowSchema(index: ContentIndex, people: PeopleResolver) {
  const ids = {
    units: new Set(index.units.map((u) => u.id)),
    campaigns: new Set(index.campaigns.map((c) => c.id)),
    people: { has: (id: string) => people.has(id) },
  };
  return objectSchema(achievements.fields, {
    date: () =>
      z.string().superRefine((v, ctx) => {
        const message = invalidIsoDateMessage(v);
        if (message) ctx.addIssue({ code: 'custom', message });
      }),
    image: () => z.string(),
    reference: (collection) =>
      z.string().refine((id) => ids[collection].has(id), { message: `Không có mục «${collection}» với mã này.` }),
  });
}

/**
 * The content model's gate (src/content-model/, the same rules `npm run check`, the build and
 * the CMS run) over the files the import would write, each checked with the others present
 * against the content as it is. Returns the problems of the new files.
 */
async function siteProblems(
  contentDir: string,
  entries: readonly PlannedEntry[],
  people: readonly PlannedPerson[],
  today: string | undefined,
): Promise<Problem[]> {
  if (entries.length === 0) return [];
  const snapshot = await readContentSnapshot(join(contentDir, '..'), { contentDir });
  const sources = [
    ...entries.map((e) => ({
      collection: 'achievements' as const,
      file: `${achievements.folder}/${e.id}.mdx`,
      source: e.text,
    })),
    ...people.map((p) => ({ collection: 'people' as const, file: `${peopleSpec.folder}/${p.id}.yml`, source: p.text })),
  ];
  return checkEntries(sources, snapshot, { includeSamples: INCLUDE_SAMPLES, ...(today ? { today } : {}) });
}

function findHeaderRow(table: Table): number {
  const limit = Math.min(table.rows.length, 15);
  for (let i = 0; i < limit; i++) {
    if (headerScore(table.rows[i]!.cells.map((c) => cellText(c))) >= 3) return i;
  }
  return -1;
}

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
const isBlank = (cells: readonly Cell[]) => cells.every((c) => cellText(c) === '');

export async function importDecision(options: ImportOptions): Promise<ImportResult> {
  const name = basename(options.file);
  const result: ImportResult = {
    ok: false,
    errors: [],
    rows: 0,
    create: [],
    skip: [],
    written: [],
    people: [],
    decisions: [],
  };
  let table: Table;
  try {
    table = await readTable(options.file);
  } catch (error) {
    if (error instanceof TableError) {
      result.errors.push(`${name}: ${error.message}`);
      return result;
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      result.errors.push(`${name}: không tìm thấy tệp «${options.file}».`);
      return result;
    }
    throw error;
  }
  result.sheet = table.sheet;

  const headerAt = findHeaderRow(table);
  if (headerAt === -1) {
    result.errors.push(
      `${name}: không tìm thấy dòng tiêu đề cột (cần các cột ${listOf(IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.header))}). Dùng tệp mẫu templates/mau-nhap-quyet-dinh.xlsx.`,
    );
    return result;
  }
  const headerRow = table.rows[headerAt]!;
  const headers = mapHeaders(headerRow.cells.map((c) => cellText(c)));
  for (const col of IMPORT_COLUMNS) {
    if (col.required && !headers.columns.has(col.key))
      result.errors.push(`${name} dòng ${headerRow.line}: thiếu cột «${col.header}».`);
  }
  for (const u of headers.unknown) {
    result.errors.push(
      `${name} dòng ${headerRow.line}, cột «${u.header}»: không phải cột của mẫu nhập; các cột: ${listOf(IMPORT_COLUMNS.map((c) => c.header))}.`,
    );
  }
  for (const r of headers.repeated)
    result.errors.push(`${name} dòng ${headerRow.line}, cột «${r.header}»: cột «${labelFor(r.key)}» đã có ở trước.`);
  if (result.errors.length > 0) return result;

  const index = await loadContentIndex(options.contentDir);
  const people = new PeopleResolver(index);
  const schema = rowSchema(index, people);
  const headerOf = (key: ColumnKey | undefined) =>
    key ? (headers.columns.get(key)?.header ?? labelFor(key)) : undefined;
  const where = (line: number, key: ColumnKey | undefined) => {
    const header = headerOf(key);
    return header ? `${name} dòng ${line}, cột «${header}»` : `${name} dòng ${line}`;
  };

  // Existing achievements by id and by (recipient, decision), and existing decisions by slug.
  const existingById = new Map(index.achievements.map((a) => [a.id, a]));
  // "The same recipient twice in a decision" is the content model's one definition.
  const recipientKey = (r: { recipient: string; unit?: string; award?: string }, slug: string) =>
    `${sameRecipient(r)}|${slug}`;
  const existingByRecipient = new Map<string, (typeof index.achievements)[number]>();
  for (const a of index.achievements) {
    if (!isRealIsoDate(a.decisionDate) || !a.decisionNumber) continue;
    const slug = decisionSlug(a.decisionNumber, new Date(`${a.decisionDate}T00:00:00Z`));
    existingByRecipient.set(recipientKey(a, slug), a);
  }

  const dataRows = table.rows.slice(headerAt + 1).filter((r) => !isBlank(r.cells));
  result.rows = dataRows.length;
  const seenIds = new Map<string, number>();
  const seenRecipients = new Map<string, number>();
  const contentParent = join(options.contentDir, '..');
  const planned: PlannedEntry[] = [];
  const step = Math.max(1, Math.floor(dataRows.length / 20));
  const rowErrors: { line: number; text: string }[] = [];

  for (const [i, row] of dataRows.entries()) {
    const values: RowValues = {};
    for (const [key, col] of headers.columns) values[key] = row.cells[col.index] ?? null;
    const problems = new RowProblems();
    const stray = row.cells.findIndex((c, at) => at >= headerRow.cells.length && cellText(c) !== '');
    if (stray !== -1) {
      // More cells than headers: usually a `;` or `,` inside a cell that is not quoted.
      problems.add(
        undefined,
        `có dữ liệu ở ô thứ ${stray + 1}, ngoài ${headerRow.cells.length} cột có tiêu đề («${cellText(row.cells[stray]!)}»). Có thể một ô chứa dấu phân cách mà không nằm trong ngoặc kép.`,
      );
    }
    const data = resolveRow(values, index, problems, people, row.line);
    const body = cellParagraphs(values.body ?? null);

    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as ColumnKey | undefined;
        if (key && problems.has(key)) continue;
        const shown =
          key && typeof data[key] === 'string' && data[key] !== '' && issue.code === 'custom' ? `«${data[key]}»: ` : '';
        // Typed without tones, "QĐ" becomes "QD": say so rather than only restate the pattern.
        const hint =
          key === 'decisionNumber' && /(^|[-/])QD($|[-/])/.test(String(data[key])) ? ' Viết «QĐ» với chữ Đ.' : '';
        problems.add(key, `${shown}${issue.message}${hint}`);
      }
    }

    if (problems.list.length === 0 && parsed.success) {
      const d = parsed.data as Record<string, unknown> & {
        recipient: string;
        decisionNumber: string;
        decisionDate: string;
        authority: string;
      };
      const slug = decisionSlug(d.decisionNumber, new Date(`${d.decisionDate}T00:00:00Z`));
      const id = achievementId(d.recipient, d.decisionNumber, d.decisionDate);
      const rKey = recipientKey({ recipient: d.recipient, unit: String(d['unit']), award: String(d['award']) }, slug);
      const twin = seenIds.get(id) ?? seenRecipients.get(rKey);
      if (twin !== undefined)
        problems.add(
          'recipient',
          `«${d.recipient}» trùng với dòng ${twin} (cùng người hoặc tập thể, cùng quyết định ${d.decisionNumber}).`,
        );
      seenIds.set(id, row.line);
      seenRecipients.set(rKey, row.line);

      // One date and one authority per decision, against other rows and recorded files alike,
      // is the content model's rule (decisionAgrees), run on the files below.

      if (problems.list.length === 0) {
        const existing = existingById.get(id) ?? existingByRecipient.get(rKey);
        const fileId = existing?.id ?? id;
        const path = join(options.contentDir, 'achievements', `${fileId}.mdx`);
        const unitName = index.units.find((u) => u.id === d['unit'])?.name ?? String(d['unit']);
        const entry: PlannedEntry = {
          line: row.line,
          id: fileId,
          path: relative(contentParent, path),
          text: entryFile(d, body),
          data: d,
          unitName,
        };
        if (existing) {
          entry.existing = (await readFile(existing.file, 'utf8')) === entry.text ? 'same' : 'different';
        }
        planned.push(entry);
      }
    }
    for (const p of problems.list) rowErrors.push({ line: row.line, text: `${where(row.line, p.key)}: ${p.message}` });
    if ((i + 1) % step === 0 || i + 1 === dataRows.length) options.onProgress?.(i + 1, dataRows.length);
  }

  if (dataRows.length === 0)
    result.errors.push(`${name}: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng ${headerRow.line}).`);

  // The site's own rules over the rows that passed, as files next to the existing content.
  const fresh = planned.filter((p) => !p.existing);
  const byFile = new Map(fresh.map((p) => [`content/achievements/${p.id}.mdx`, p]));
  const columnOf = (field: string): ColumnKey | undefined => {
    const top = field.split(/[.[]/)[0]!;
    return IMPORT_COLUMNS.some((c) => c.key === top) ? (top as ColumnKey) : undefined;
  };
  if (fresh.length > 0) options.onValidate?.(fresh.length);
  const newPeople = people.created.filter((p) => fresh.some((e) => e.data['person'] === p.id));
  const personFiles = new Map(newPeople.map((p) => [`content/people/${p.id}.yml`, p]));
  for (const problem of await siteProblems(options.contentDir, fresh, newPeople, options.today)) {
    const person = personFiles.get(problem.file);
    if (person) {
      // A new person's name is the row's name: a problem of it is said once, for the row.
      const text = `${where(person.line, 'recipient')}: ${capitalise(problem.vi)}`;
      if (!rowErrors.some((e) => e.text === text)) rowErrors.push({ line: person.line, text });
      continue;
    }
    const entry = byFile.get(problem.file);
    if (entry)
      rowErrors.push({
        line: entry.line,
        text: `${where(entry.line, columnOf(problem.field))}: ${capitalise(problem.vi)}`,
      });
    else result.errors.push(`${name}: ${problem.file}: ${problem.vi}`);
  }
  result.errors.push(...rowErrors.sort((a, b) => a.line - b.line).map((e) => e.text));
  if (result.errors.length > 0) return result;

  result.create = planned.filter((p) => !p.existing);
  result.people = newPeople.map((p) => ({
    ...p,
    path: relative(contentParent, join(options.contentDir, 'people', `${p.id}.yml`)),
  }));
  result.skip = planned.filter((p) => p.existing);
  const decisions = new Map<string, ImportResult['decisions'][number]>();
  for (const p of planned) {
    const d = p.data as { decisionNumber: string; decisionDate: string; authority: string };
    const slug = decisionSlug(d.decisionNumber, new Date(`${d.decisionDate}T00:00:00Z`));
    const entry = decisions.get(slug) ?? {
      slug,
      number: d.decisionNumber,
      date: d.decisionDate,
      authority: d.authority,
      count: 0,
    };
    entry.count++;
    decisions.set(slug, entry);
  }
  result.decisions = [...decisions.values()];
  result.ok = true;
  if (options.dryRun) return result;

  // Create each file new ('wx' fails if it exists); undo this run's files if any write fails.
  try {
    if (result.people.length > 0) await mkdir(join(options.contentDir, 'people'), { recursive: true });
    for (const p of result.people) {
      const file = join(options.contentDir, 'people', `${p.id}.yml`);
      await writeFile(file, p.text, { flag: 'wx' });
      result.written.push(file);
    }
    if (result.create.length > 0) await mkdir(join(options.contentDir, 'achievements'), { recursive: true });
    for (const p of result.create) {
      const file = join(options.contentDir, 'achievements', `${p.id}.mdx`);
      await writeFile(file, p.text, { flag: 'wx' });
      result.written.push(file);
    }
  } catch (error) {
    await Promise.all(result.written.map((f) => rm(f, { force: true })));
    result.written = [];
    result.ok = false;
    result.errors.push(
      `${name}: không ghi được tệp (${(error as Error).message}); đã hoàn tác, chưa có tệp nào được tạo.`,
    );
  }
  return result;
}
