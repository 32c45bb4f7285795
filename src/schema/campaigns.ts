import type { CollectionSpec } from './field.ts';
import { sampleField } from './common.ts';
import { DOCUMENT_NUMBER } from './patterns.ts';
import { DOCUMENT_TYPE_OPTIONS } from './vocabulary.ts';

const documentNumberPattern = {
  regex: DOCUMENT_NUMBER,
  message: 'Số hiệu văn bản có dạng số/loại-cơ quan, ví dụ 1579/KH-SKHĐT hoặc 34-CT/TW.',
} as const;

/** A campaign and its founding document. The MDX body is the document's full text. */
export const campaigns = {
  name: 'campaigns',
  label: 'Đợt thi đua',
  labelSingular: 'Đợt thi đua',
  folder: 'content/campaigns',
  format: 'mdx',
  identifierField: 'documentNumber',
  bodyLabel: 'Toàn văn kế hoạch',
  fields: [
    { name: 'title', widget: 'string', label: 'Tên đợt thi đua', hint: 'Tên ngắn hiển thị trên trang web.', doc: 'Short title of the campaign.', required: true },
    { name: 'documentTitle', widget: 'text', label: 'Trích yếu văn bản', hint: 'Dòng trích yếu dưới tên loại văn bản, chép đúng như văn bản.', doc: 'The summary line ("trích yếu") of the founding document.', required: true },
    { name: 'summary', widget: 'text', label: 'Tóm tắt', hint: 'Một hai câu giới thiệu, dùng cho mô tả trang và kết quả tìm kiếm.', doc: 'Short description for listings and meta tags.', required: true },
    { name: 'documentType', widget: 'select', label: 'Loại văn bản', options: DOCUMENT_TYPE_OPTIONS, default: 'Kế hoạch', doc: 'Type of the founding document.', required: true },
    { name: 'documentNumber', widget: 'string', label: 'Số, ký hiệu văn bản', pattern: documentNumberPattern, hint: 'Ví dụ: 1579/KH-SKHĐT', doc: 'Number and symbol, e.g. 1579/KH-SKHĐT.', required: true },
    { name: 'issuedOn', widget: 'date', label: 'Ngày ban hành', doc: 'Date the document was signed.', required: true },
    { name: 'issuedAt', widget: 'string', label: 'Địa danh', hint: 'Ví dụ: Đồng Tháp', doc: 'Place written before the date.', required: true },
    { name: 'parentBody', widget: 'string', label: 'Cơ quan chủ quản', hint: 'Chỉ điền nếu văn bản có ghi.', doc: 'Superior body printed above the issuer, when the document records it.', required: false },
    { name: 'issuer', widget: 'string', label: 'Cơ quan ban hành', doc: 'Issuing body.', required: true },
    {
      name: 'signer', widget: 'object', label: 'Người ký', doc: 'Who signed the document.', required: true,
      fields: [
        { name: 'name', widget: 'string', label: 'Họ tên', doc: 'Name of the signer.', required: true },
        { name: 'title', widget: 'string', label: 'Chức vụ', hint: 'Ví dụ: Giám đốc', doc: 'Title of the signer.', required: true },
        { name: 'authority', widget: 'string', label: 'Thẩm quyền ký', hint: 'Ví dụ: KT. GIÁM ĐỐC; để trống nếu ký trực tiếp.', doc: 'Signing authority line when signing on behalf (KT., TL.).', required: false },
      ],
    },
    { name: 'periodStart', widget: 'date', label: 'Bắt đầu', doc: 'First day of the campaign.', required: true },
    { name: 'periodEnd', widget: 'date', label: 'Kết thúc', doc: 'Last day of the campaign.', required: true },
    {
      name: 'basis', widget: 'object-list', label: 'Căn cứ', summaryField: 'number', doc: 'Documents the plan is based on or implements.', required: false,
      fields: [
        { name: 'number', widget: 'string', label: 'Số, ký hiệu', pattern: documentNumberPattern, doc: 'Number and symbol.', required: true },
        { name: 'date', widget: 'date', label: 'Ngày', doc: 'Date of the document.', required: true },
        { name: 'issuer', widget: 'string', label: 'Cơ quan ban hành', doc: 'Issuing body.', required: true },
        { name: 'summary', widget: 'text', label: 'Trích yếu', doc: 'What the document is about.', required: true },
      ],
    },
    {
      name: 'subjects', widget: 'object', label: 'Đối tượng thi đua', doc: 'Who takes part.', required: true,
      fields: [
        { name: 'collectives', widget: 'text', label: 'Tập thể', doc: 'Collectives taking part.', required: true },
        { name: 'individuals', widget: 'text', label: 'Cá nhân', doc: 'Individuals taking part.', required: true },
      ],
    },
    {
      name: 'contents', widget: 'object-list', label: 'Nội dung thi đua', summaryField: 'title', doc: 'The emulation contents, each with a stable id that achievements point at.', required: true,
      fields: [
        { name: 'id', widget: 'string', label: 'Mã nội dung', pattern: { regex: '^[a-z0-9]+(?:-[a-z0-9]+)*$', message: 'Mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ chuyen-doi-so.' }, hint: 'Không đổi sau khi đã có thành tích gắn với nội dung này.', doc: 'Stable id; the anchor on the plan page is #noi-dung-<id>.', required: true },
        { name: 'title', widget: 'string', label: 'Tên ngắn', doc: 'Short name used in filters and lists.', required: true },
        { name: 'text', widget: 'text', label: 'Nội dung đầy đủ', doc: 'The full text, as in the document.', required: true },
      ],
    },
    { name: 'recipients', widget: 'string-list', label: 'Nơi nhận', doc: 'Recipients listed under "Nơi nhận".', required: true },
    { name: 'attachment', widget: 'file', label: 'Bản scan văn bản', hint: 'Tệp PDF bản có chữ ký (không bắt buộc).', doc: 'Original signed scan.', required: false },
    sampleField,
  ],
} as const satisfies CollectionSpec;
