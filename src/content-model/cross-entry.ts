/**
 * Rules that look beyond one field: references to other entries, the campaign contents an
 * achievement serves, which award forms fit which recipients, dates in the right order and
 * not in the future, and entries that would collide (two ids, two decisions on one URL, the
 * same recipient twice in a decision).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionSpec } from '../schema/field.ts';
import { AWARD_FORMS, labelOf, RECIPIENT_KINDS } from '../schema/vocabulary.ts';
import { decisionSlug, routes } from '../lib/routes.ts';
import { walkFields } from './field-walk.ts';
import { IMAGE_EXTENSIONS, missingFile, type BodyLink } from './mdx-body.ts';
import type { Problem } from './problem.ts';

export interface Entry {
  spec: CollectionSpec;
  /** The id Astro gives the entry (its URL segment). */
  id: string;
  /** Project-relative path. */
  file: string;
  absolutePath: string;
  /** Validated data (or raw data when some fields failed). */
  data: Record<string, unknown>;
  /** Top-level fields that already failed their own check. */
  failed: ReadonlySet<string>;
  /** Links in the body to pages of this site. */
  links?: readonly BodyLink[];
}

type Collections = ReadonlyMap<string, ReadonlyMap<string, Entry>>;

const str = (e: Entry, name: string): string | undefined => {
  const v = e.data[name];
  return !e.failed.has(name) && typeof v === 'string' && v !== '' ? v : undefined;
};
const utcDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

export function crossEntryProblems(
  entries: readonly Entry[],
  collections: Collections,
  root: string,
  today: string,
  /** Whether illustrative entries are published; a build without them must not need them. */
  includeSamples = true,
): Problem[] {
  const problems: Problem[] = [];
  const add = (e: Entry, field: string, vi: string, en: string) => problems.push({ file: e.file, field, vi, en });

  for (const e of entries) {
    for (const { field, value, path } of walkFields(e.spec.fields, e.data)) {
      if (e.failed.has(path.split(/[.[]/)[0]!) || typeof value !== 'string' && !Array.isArray(value)) continue;
      if (field.widget === 'relation' && typeof value === 'string') {
        const targets = collections.get(field.collection)!;
        if (!targets.has(value)) {
          const guess = [...targets.keys()].find((id) => id.startsWith(value) || value.startsWith(id));
          add(e, path, `«${field.label}» trỏ tới «${value}» nhưng không có mục nào như vậy trong content/${field.collection}/${guess ? `; có phải «${guess}»?` : '; dùng đúng tên tệp (không có đuôi) của mục đó'}.`,
            `"${path}" refers to "${value}", which does not exist in content/${field.collection}/${guess ? `; did you mean "${guess}"?` : '; use the file name (without extension) of an existing entry'}.`);
        } else if (field.collection === e.spec.name && value === e.id) {
          add(e, path, `«${field.label}» không thể là chính đơn vị này.`, `"${path}" cannot point at the entry itself.`);
        } else if (!includeSamples && e.data['sample'] !== true && targets.get(value)!.data['sample'] === true) {
          // Without samples the target is not published: the page would show a bare id.
          add(e, path, `«${field.label}» trỏ tới «${value}» là dữ liệu minh họa, không được đăng khi dựng không có dữ liệu minh họa (THIDUA_SAMPLES=0); nhập mục thật cho «${value}» hoặc đánh dấu mục này là minh họa.`,
            `"${path}" refers to "${value}", an illustrative entry, which a build without samples (THIDUA_SAMPLES=0) leaves out; make "${value}" a real entry or mark this one as a sample.`);
        }
      } else if (field.widget === 'image' && typeof value === 'string') {
        const problem = missingFile(value, e.absolutePath, IMAGE_EXTENSIONS);
        if (problem) add(e, path, problem.vi, problem.en);
      } else if (field.widget === 'file' && typeof value === 'string') {
        const problem = value.startsWith('/')
          ? existsSync(join(root, 'public', value)) ? undefined : { vi: `không tìm thấy tệp «${value}» trong thư mục public/.`, en: `file "${value}" not found under public/.` }
          : missingFile(value, e.absolutePath);
        if (problem) add(e, path, problem.vi, problem.en);
      } else if (field.widget === 'campaign-contents' && Array.isArray(value) && value.length > 0) {
        const campaignId = str(e, field.campaignField);
        const campaign = campaignId ? collections.get('campaigns')!.get(campaignId) : undefined;
        if (!e.data[field.campaignField]) {
          add(e, path, `«${field.label}» chỉ ghi được khi đã chọn đợt thi đua (trường «${field.campaignField}»); chọn đợt thi đua hoặc xóa «${field.name}».`,
            `"${path}" needs a campaign ("${field.campaignField}"); set it or remove "${field.name}".`);
        } else if (campaign && !campaign.failed.has('contents')) {
          const known = ((campaign.data['contents'] ?? []) as { id?: string }[]).map((c) => c.id);
          for (const id of value) {
            if (!known.includes(id)) {
              add(e, path, `nội dung thi đua «${id}» không có trong đợt «${campaignId}»; chọn một trong: ${known.join(', ')}.`,
                `campaign content "${id}" does not exist in campaign "${campaignId}"; use one of: ${known.join(', ')}.`);
            }
          }
        }
        const dup = value.find((id, i) => value.indexOf(id) !== i);
        if (dup) add(e, path, `nội dung thi đua «${dup}» được ghi hai lần; xóa một dòng.`, `campaign content "${dup}" is listed twice; remove one.`);
      }
    }
  }

  for (const e of entries) {
    const kind = e.spec.name;
    if (kind === 'achievements') achievementRules(e);
    if (kind === 'news') newsRules(e);
    if (kind === 'campaigns') campaignRules(e);
    if (kind === 'units') unitRules(e);
  }
  decisionRules(entries.filter((e) => e.spec.name === 'achievements'));
  duplicateCampaignNumbers(entries.filter((e) => e.spec.name === 'campaigns'));
  successorCycles(collections.get('units')!);
  internalLinks();
  return problems;

  /** Links in bodies to pages of this site must reach a page the build makes. */
  function internalLinks() {
    const published = (e: Entry) => (includeSamples || e.data['sample'] !== true) && e.data['draft'] !== true;
    const pages = new Set<string>([routes.home, routes.campaigns, routes.news, routes.achievements, routes.units, routes.decisions, routes.search, routes.statistics, routes.openData, routes.rss, routes.openDataCsv, routes.openDataJson]);
    const pageOf: Record<string, (id: string) => string> = { campaigns: routes.campaign, news: routes.article, achievements: routes.achievement, units: routes.unit };
    for (const e of entries) {
      if (!published(e)) continue;
      pages.add(pageOf[e.spec.name]!(e.id));
      const number = str(e, 'decisionNumber');
      const date = str(e, 'decisionDate');
      if (e.spec.name === 'achievements' && number && date) pages.add(routes.decision(decisionSlug(number, utcDate(date))));
    }
    for (const e of entries) {
      for (const { url, line } of e.links ?? []) {
        const raw = url.replace(/[?#].*$/, '');
        let path = raw;
        try {
          path = decodeURI(raw);
        } catch {
          // A malformed %-escape: compared as written, so it is reported as a broken link.
        }
        // Later pages of a paged list ("/tin-tuc/trang/2/") hang off a page that exists.
        const page = path.replace(/trang\/\d+\/?$/, '');
        if (pages.has(page) || pages.has(`${page}/`) || existsSync(join(root, 'public', path))) continue;
        problems.push({ file: e.file, line, field: 'body',
          vi: `liên kết «${url}» trỏ tới trang không có trên trang web; kiểm tra lại địa chỉ (ví dụ ${routes.achievement('<mã-thành-tích>')}).`,
          en: `link "${url}" points at a page this site does not have; check the address (e.g. ${routes.achievement('<id>')}).` });
      }
    }
  }

  function notAfter(e: Entry, field: string, earlier: string, later: string, vi: string, en: string) {
    if (earlier > later) add(e, field, vi, en);
  }

  function notInFuture(e: Entry, field: string, what: { vi: string; en: string }, fixVi: string, fixEn: string) {
    const d = str(e, field);
    if (d && d > today) add(e, field, `${what.vi} ${d} ở sau hôm nay (${today}); ${fixVi}`, `${what.en} ${d} is after today (${today}); ${fixEn}`);
  }

  function achievementRules(e: Entry) {
    const award = str(e, 'award');
    const kindValue = str(e, 'kind');
    const form = AWARD_FORMS.find((f) => f.value === award);
    if (form && kindValue && !(form.kinds as readonly string[]).includes(kindValue)) {
      const kindLabel = labelOf(RECIPIENT_KINDS, kindValue).toLowerCase();
      add(e, 'award', `«${award}» không dành cho ${kindLabel}; kiểm tra lại «Loại» hoặc hình thức khen thưởng.`,
        `"${award}" cannot be given to ${kindValue === 'tap-the' ? 'a collective' : 'an individual'} (kind "${kindValue}"); check "kind" or "award".`);
    }
    const date = str(e, 'decisionDate');
    const campaign = str(e, 'campaign') ? collections.get('campaigns')!.get(str(e, 'campaign')!) : undefined;
    const issuedOn = campaign ? str(campaign, 'issuedOn') : undefined;
    if (date && issuedOn) {
      notAfter(e, 'decisionDate', issuedOn, date,
        `ngày quyết định ${date} ở trước ngày ban hành kế hoạch của đợt thi đua (${issuedOn}); kiểm tra lại ngày, hoặc đợt thi đua.`,
        `decision date ${date} is before the campaign's plan was issued (${issuedOn}); check the date or the campaign.`);
    }
    notInFuture(e, 'decisionDate', { vi: 'ngày quyết định', en: 'decision date' }, 'kiểm tra lại ngày.', 'check the date.');
    // An achievement keeps its unit as it was on the decision date: that unit must exist then.
    const unit = str(e, 'unit') ? collections.get('units')!.get(str(e, 'unit')!) : undefined;
    if (date && unit) {
      const from = str(unit, 'validFrom');
      const until = str(unit, 'validUntil');
      const successor = str(unit, 'successor');
      if (until && date > until) {
        add(e, 'unit', `đơn vị «${unit.id}» đã ngừng hoạt động từ sau ${until}, trước ngày quyết định ${date}; chọn đơn vị đang hoạt động vào ngày đó${successor ? ` (có thể là «${successor}»)` : ''}.`,
          `unit "${unit.id}" ceased after ${until}, before the decision date ${date}; choose the unit active on that day${successor ? ` (perhaps "${successor}")` : ''}.`);
      } else if (from && date < from) {
        add(e, 'unit', `đơn vị «${unit.id}» chỉ hoạt động từ ${from}, sau ngày quyết định ${date}; chọn đơn vị đang hoạt động vào ngày đó.`,
          `unit "${unit.id}" only exists from ${from}, after the decision date ${date}; choose the unit active on that day.`);
      }
    }
    const year = e.data['year'];
    if (date && typeof year === 'number' && !e.failed.has('year') && year > Number(date.slice(0, 4))) {
      add(e, 'year', `năm thành tích ${year} ở sau năm của quyết định (${date.slice(0, 4)}); kiểm tra lại năm.`, `achievement year ${year} is after the decision's year (${date.slice(0, 4)}); check the year.`);
    }
  }

  function newsRules(e: Entry) {
    const published = str(e, 'publishedAt');
    const updated = str(e, 'updatedAt');
    // A future date is refused rather than held back: a static site has no clock to publish it
    // later, and a silently missing article is worse than a clear message. Drafts may wait.
    if (e.data['draft'] !== true) {
      notInFuture(e, 'publishedAt', { vi: 'ngày đăng', en: 'publication date' },
        'không đăng bài trước ngày: để «Bản nháp» (draft: true) rồi bỏ nháp khi đến ngày.',
        'articles are refused before their date: keep "draft: true" until that day.');
      notInFuture(e, 'updatedAt', { vi: 'ngày cập nhật', en: 'update date' }, 'kiểm tra lại ngày.', 'check the date.');
    }
    if (published && updated) {
      notAfter(e, 'updatedAt', published, updated, `ngày cập nhật ${updated} ở trước ngày đăng ${published}; sửa lại một trong hai ngày.`, `update date ${updated} is before the publication date ${published}; correct one of them.`);
    }
  }

  function campaignRules(e: Entry) {
    const start = str(e, 'periodStart');
    const end = str(e, 'periodEnd');
    if (start && end) {
      notAfter(e, 'periodEnd', start, end, `ngày kết thúc ${end} ở trước ngày bắt đầu ${start}; sửa lại một trong hai ngày.`, `period end ${end} is before period start ${start}; correct one of them.`);
    }
    notInFuture(e, 'issuedOn', { vi: 'ngày ban hành', en: 'issue date' }, 'kiểm tra lại ngày.', 'check the date.');
    if (!e.failed.has('contents') && Array.isArray(e.data['contents'])) {
      const ids = (e.data['contents'] as { id?: string }[]).map((c) => c.id);
      const dup = ids.find((id, i) => id && ids.indexOf(id) !== i);
      if (dup) add(e, 'contents', `mã nội dung «${dup}» dùng cho hai nội dung; mỗi nội dung cần một mã riêng.`, `content id "${dup}" is used twice; each content needs its own id.`);
    }
  }

  function unitRules(e: Entry) {
    const from = str(e, 'validFrom');
    const until = str(e, 'validUntil');
    if (from && until) {
      notAfter(e, 'validUntil', from, until, `ngày ngừng hoạt động ${until} ở trước ngày bắt đầu ${from}; sửa lại một trong hai ngày.`, `validUntil ${until} is before validFrom ${from}; correct one of them.`);
    }
  }

  /** One decision is one page: its records must agree, and two decisions must not share a URL. */
  function decisionRules(achievements: readonly Entry[]) {
    const bySlug = new Map<string, Entry[]>();
    for (const e of achievements) {
      const number = str(e, 'decisionNumber');
      const date = str(e, 'decisionDate');
      if (!number || !date) continue;
      const slug = decisionSlug(number, utcDate(date));
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), e]);
    }
    for (const [slug, group] of bySlug) {
      const [first, ...rest] = [...group].sort((a, b) => (a.file < b.file ? -1 : 1));
      const seen = new Map<string, Entry>([[recipientKey(first!), first!]]);
      for (const e of rest) {
        const [n1, n2] = [str(first!, 'decisionNumber')!, str(e, 'decisionNumber')!];
        if (n1 !== n2) {
          add(e, 'decisionNumber', `quyết định «${n2}» và quyết định «${n1}» (${first!.file}) cùng năm trùng địa chỉ /quyet-dinh/${slug}/; kiểm tra lại số quyết định.`,
            `decisions "${n2}" and "${n1}" (${first!.file}) of the same year share the URL /quyet-dinh/${slug}/; check the number.`);
          continue;
        }
        for (const field of ['decisionDate', 'authority'] as const) {
          const [a, b] = [str(first!, field), str(e, field)];
          if (a && b && a !== b) {
            add(e, field, `quyết định ${n2} đã được ghi với «${field === 'decisionDate' ? 'Ngày quyết định' : 'Cấp khen'}» là «${a}» (${first!.file}), ở đây lại là «${b}»; một quyết định chỉ có một giá trị, sửa cho khớp.`,
              `decision ${n2} is recorded with ${field} "${a}" in ${first!.file} but "${b}" here; one decision has one ${field}, make them agree.`);
          }
        }
        const key = recipientKey(e);
        const other = seen.get(key);
        if (other) {
          add(e, 'recipient', `«${str(e, 'recipient')}» đã được ghi nhận trong quyết định ${n2} với cùng hình thức khen thưởng (${other.file}); xóa một trong hai tệp.`,
            `"${str(e, 'recipient')}" is already recorded for decision ${n2} with the same award (${other.file}); remove one of the two files.`);
        } else seen.set(key, e);
      }
    }
  }

  /** The same person or collective, in the same unit, honoured with the same form. */
  function recipientKey(e: Entry): string {
    return [fold(str(e, 'recipient') ?? e.id), str(e, 'unit'), str(e, 'award')].join('|');
  }

  function duplicateCampaignNumbers(campaigns: readonly Entry[]) {
    const seen = new Map<string, Entry>();
    for (const e of [...campaigns].sort((a, b) => (a.file < b.file ? -1 : 1))) {
      const n = str(e, 'documentNumber');
      if (!n) continue;
      const other = seen.get(n);
      if (other) add(e, 'documentNumber', `văn bản ${n} đã có ở ${other.file}; mỗi đợt thi đua ghi một lần.`, `document ${n} already exists in ${other.file}; record each campaign once.`);
      else seen.set(n, e);
    }
  }

  function successorCycles(units: ReadonlyMap<string, Entry>) {
    for (const start of units.values()) {
      const chain = [start.id];
      let next = str(start, 'successor');
      while (next && units.has(next) && next !== start.id && !chain.includes(next)) {
        chain.push(next);
        next = str(units.get(next)!, 'successor');
      }
      if (next === start.id && chain.length > 1) {
        add(start, 'successor', `các đơn vị kế thừa lẫn nhau thành vòng (${[...chain, start.id].join(' → ')}); đơn vị mới nhất không có đơn vị kế thừa.`,
          `successors form a cycle (${[...chain, start.id].join(' → ')}); the newest unit has no successor.`);
      }
    }
  }
}
