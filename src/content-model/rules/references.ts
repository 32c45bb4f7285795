/**
 * Rules about what a field points at: another entry (relation), contents of the chosen
 * campaign, files (images, attachments) stored inside content/.
 */
import type { CampaignContentsField, Field } from '../../schema/field.ts';
import { campaign as campaignFields, type ContentEntry } from '../fields.ts';
import { walkFields } from '../field-walk.ts';
import { IMAGE_EXTENSIONS } from '../mdx-body.ts';
import { missingFileMessage, resolveReference } from '../paths.ts';
import { specOf } from '../specs.ts';
import type { Rule, RuleContext } from './context.ts';

/** Every value of every readable entry whose top-level field passed its own check (walked once per run). */
const walked = new WeakMap<object, { e: ContentEntry; field: Field; value: unknown; path: string }[]>();
function checkedValues(ctx: RuleContext) {
  let values = walked.get(ctx);
  if (values) return values;
  values = [];
  for (const e of ctx.entries) {
    for (const fv of walkFields(specOf(e.collection).fields, e.data)) {
      if (e.failed.length > 0 && e.failed.includes(fv.path.split(/[.[]/)[0]!)) continue;
      values.push({ e, ...fv });
    }
  }
  walked.set(ctx, values);
  return values;
}

/** A relation names an entry that exists, is not the entry itself, and is published with it. */
export const relationTargetExists: Rule = (ctx) => {
  for (const { e, field, value, path } of checkedValues(ctx)) {
    if (field.widget !== 'relation' || typeof value !== 'string') continue;
    const targets = ctx.byId(field.collection);
    const target = targets.get(value);
    if (!target) {
      const guess = [...targets.keys()].find((id) => id.startsWith(value) || value.startsWith(id));
      ctx.report(
        e,
        path,
        `«${field.label}» trỏ tới «${value}» nhưng không có mục nào như vậy trong content/${field.collection}/${guess ? `; có phải «${guess}»?` : '; dùng đúng tên tệp (không có đuôi) của mục đó'}.`,
        `"${path}" refers to "${value}", which does not exist in content/${field.collection}/${guess ? `; did you mean "${guess}"?` : '; use the file name (without extension) of an existing entry'}.`,
      );
    } else if (field.collection === e.collection && value === e.id) {
      ctx.report(
        e,
        path,
        `«${field.label}» không thể là chính đơn vị này.`,
        `"${path}" cannot point at the entry itself.`,
      );
    } else if (!ctx.includeSamples && e.data['sample'] !== true && target.data['sample'] === true) {
      // Without samples the target is not published: the page would show a bare id.
      ctx.report(
        e,
        path,
        `«${field.label}» trỏ tới «${value}» là dữ liệu minh họa, không được đăng khi dựng không có dữ liệu minh họa (THIDUA_SAMPLES=0); nhập mục thật cho «${value}» hoặc đánh dấu mục này là minh họa.`,
        `"${path}" refers to "${value}", an illustrative entry, which a build without samples (THIDUA_SAMPLES=0) leaves out; make "${value}" a real entry or mark this one as a sample.`,
      );
    }
  }
};

/** Contents an entry served are contents of its campaign, each listed once. */
export const contentsBelongToCampaign: Rule = (ctx) => {
  for (const { e, field, value, path } of checkedValues(ctx)) {
    if (field.widget !== 'campaign-contents' || !Array.isArray(value) || value.length === 0) continue;
    const f = field as CampaignContentsField;
    const campaignId = e.data[f.campaignField];
    const chosen =
      typeof campaignId === 'string' && !e.failed.includes(f.campaignField)
        ? ctx.byId('campaigns').get(campaignId)
        : undefined;
    if (!campaignId) {
      ctx.report(
        e,
        path,
        `«${f.label}» chỉ ghi được khi đã chọn đợt thi đua (trường «${f.campaignField}»); chọn đợt thi đua hoặc xóa «${f.name}».`,
        `"${path}" needs a campaign ("${f.campaignField}"); set it or remove "${f.name}".`,
      );
    } else if (chosen && campaignFields.valid(chosen, 'contents')) {
      const known = ((campaignFields.value(chosen, 'contents') ?? []) as { id?: string }[]).map((c) => c.id);
      const campaign = campaignId as string; // `chosen` is only found for a string id
      for (const id of value) {
        if (!known.includes(id)) {
          ctx.report(
            e,
            path,
            `nội dung thi đua «${id}» không có trong đợt «${campaign}»; chọn một trong: ${known.join(', ')}.`,
            `campaign content "${id}" does not exist in campaign "${campaign}"; use one of: ${known.join(', ')}.`,
          );
        }
      }
    }
    const dup = value.find((id, i) => value.indexOf(id) !== i);
    if (dup)
      ctx.report(
        e,
        path,
        `nội dung thi đua «${dup}» được ghi hai lần; xóa một dòng.`,
        `campaign content "${dup}" is listed twice; remove one.`,
      );
  }
};

/** A referenced file (image or attachment) resolves inside content/ and is there. */
function checkReference(
  ctx: RuleContext,
  e: ContentEntry,
  field: string,
  reference: string,
  extensions: readonly string[] | undefined,
  line?: number,
) {
  const resolved = resolveReference(e.file, reference, extensions);
  if (!resolved.ok) return ctx.report(e, field, resolved.vi, resolved.en, line);
  if (!ctx.files.has(resolved.path)) {
    const { vi, en } = missingFileMessage(reference);
    ctx.report(e, field, vi, en, line);
  }
}

/** Images and files named in fields and bodies are files stored in content/. */
export const referencedFilesExist: Rule = (ctx) => {
  for (const { e, field, value, path } of checkedValues(ctx)) {
    if (typeof value !== 'string') continue;
    if ((field as Field).widget === 'image') checkReference(ctx, e, path, value, IMAGE_EXTENSIONS);
    else if ((field as Field).widget === 'file') {
      // An attachment may also be a file of public/, written from the site root.
      if (value.startsWith('/')) {
        if (!ctx.publicFiles.has(value))
          ctx.report(
            e,
            path,
            `không tìm thấy tệp «${value}» trong thư mục public/.`,
            `file "${value}" not found under public/.`,
          );
      } else checkReference(ctx, e, path, value, undefined);
    }
  }
  for (const e of ctx.entries) {
    for (const { url, line } of e.images ?? []) checkReference(ctx, e, 'body', url, IMAGE_EXTENSIONS, line);
  }
};

export const rules: Rule[] = [relationTargetExists, contentsBelongToCampaign, referencedFilesExist];
