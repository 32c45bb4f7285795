/**
 * What the CMS needs per collection beyond its fields: how a new file is named, how an entry is
 * summarised in lists, which previews and editor components it uses. Field names only — every
 * field itself comes from src/schema/.
 */
import { routes } from '../lib/routes.ts';
import type { CollectionSpec } from '../schema/field.ts';
import { SEARCH_KEY_IN_SUMMARY } from './search-key.ts';

/** A route of the site with Decap's `{{slug}}` placeholder, without the leading slash. */
const previewPath = (route: (id: string) => string) => route('{{slug}}').replace(/^\//, '');

export interface CmsCollectionExtras {
  /** Decap slug template of a new entry's file name (slugified: unaccented, đ → d, lower case). */
  slug: string;
  /** Line shown for an entry in the CMS lists (ending with the search key: search-key.ts). */
  summary: string;
  sortableFields: string[];
  /** How lists open: newest decisions and articles first, units in their display order. */
  defaultSort: 'asc' | 'desc';
  /** Where the published entry lives on the site ("Xem bản hoàn chỉnh" link). */
  previewPath: string;
  /** Whether the editor shows the live preview pane. */
  preview: boolean;
  /** Markdown editor components allowed in the body. */
  editorComponents: string[];
  description?: string;
  /** The field dating the entry, when units must be open on it (the unit picker filters by it). */
  entryDate?: string;
}

export const CMS_COLLECTION_EXTRAS: Record<CollectionSpec['name'], CmsCollectionExtras> = {
  news: {
    slug: '{{title}}',
    summary: `{{publishedAt}} · {{title}}{{draft | ternary(' (bản nháp)', '')}}${SEARCH_KEY_IN_SUMMARY}`,
    sortableFields: ['publishedAt', 'title'],
    defaultSort: 'desc',
    previewPath: previewPath(routes.article),
    preview: true,
    editorComponents: ['image'],
    description: 'Tin tức về phong trào thi đua. Bật «Bản nháp» để lưu mà chưa đăng lên trang.',
  },
  achievements: {
    // Like the existing files: nguyen-van-an-45-qd-skhdt-2023 (decision numbers restart each year).
    slug: "{{recipient}}-{{decisionNumber}}-{{decisionDate | date('YYYY')}}",
    summary: `{{recipient}} · {{award}} · {{decisionNumber}}${SEARCH_KEY_IN_SUMMARY}`,
    sortableFields: ['decisionDate', 'recipient', 'decisionNumber'],
    defaultSort: 'desc',
    previewPath: previewPath(routes.achievement),
    preview: true,
    editorComponents: [],
    description: 'Mỗi mục là một tập thể hoặc cá nhân được khen thưởng theo một quyết định.',
    entryDate: 'decisionDate',
  },
  campaigns: {
    slug: '{{documentNumber}}',
    summary: `{{documentNumber}} · {{title}}${SEARCH_KEY_IN_SUMMARY}`,
    sortableFields: ['issuedOn', 'title'],
    defaultSort: 'desc',
    previewPath: previewPath(routes.campaign),
    preview: false,
    editorComponents: ['campaign-contents'],
    description: 'Đợt thi đua và văn bản phát động (kế hoạch), kèm các nội dung thi đua.',
  },
  people: {
    // Namesakes get "-1", "-2"… (Decap keeps file names unique); the id never changes afterwards.
    slug: '{{name}}',
    summary: '{{name}} · {{position}} · {{unit}}',
    sortableFields: ['name'],
    defaultSort: 'asc',
    previewPath: previewPath(routes.person),
    preview: false,
    editorComponents: [],
    description:
      'Mỗi mục là một người được khen thưởng (cá nhân), để gom mọi thành tích của họ vào một trang «Quá trình khen thưởng». Chỉ ghi họ tên, đơn vị và chức vụ — không ghi ngày sinh hay số định danh. Hai người trùng tên phải khác nhau ở đơn vị hoặc chức vụ.',
  },
  units: {
    slug: '{{name}}',
    summary: `{{name}}${SEARCH_KEY_IN_SUMMARY}`,
    sortableFields: ['order', 'name'],
    defaultSort: 'asc',
    previewPath: previewPath(routes.unit),
    preview: false,
    editorComponents: [],
    description:
      'Phòng, đơn vị, đoàn thể của Sở. Khi đơn vị đổi tên hoặc sáp nhập, ghi ngày và đơn vị kế thừa thay vì xóa.',
  },
};
