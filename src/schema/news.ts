import type { CollectionSpec } from './field.ts';
import { sampleField } from './common.ts';
import { NEWS_AUTHOR_OPTIONS } from './vocabulary.ts';

/** Campaign news. The MDX body is the article. */
export const news = {
  name: 'news',
  label: 'Tin tức',
  labelSingular: 'Bài viết',
  folder: 'content/news',
  format: 'mdx',
  identifierField: 'title',
  bodyLabel: 'Nội dung bài viết',
  fields: [
    { name: 'title', widget: 'string', label: 'Tiêu đề', doc: 'Headline.', required: true },
    { name: 'publishedAt', widget: 'date', label: 'Ngày đăng', doc: 'Publication date.', required: true },
    {
      name: 'updatedAt',
      widget: 'date',
      label: 'Ngày cập nhật',
      doc: 'Date of the last significant update.',
      required: false,
    },
    {
      name: 'summary',
      widget: 'text',
      label: 'Tóm tắt',
      hint: 'Một hai câu, hiện trong danh sách tin và kết quả tìm kiếm.',
      doc: 'Lead paragraph for lists, RSS and meta tags.',
      required: true,
    },
    {
      name: 'cover',
      widget: 'object',
      label: 'Ảnh đại diện',
      doc: 'Optional cover image.',
      required: false,
      fields: [
        { name: 'image', widget: 'image', label: 'Ảnh', doc: 'Image file.', required: true },
        {
          name: 'alt',
          widget: 'string',
          label: 'Mô tả ảnh',
          hint: 'Mô tả nội dung ảnh cho người không nhìn thấy ảnh (bắt buộc).',
          doc: 'Alternative text.',
          required: true,
        },
      ],
    },
    {
      name: 'author',
      widget: 'select',
      label: 'Đơn vị đưa tin',
      options: NEWS_AUTHOR_OPTIONS,
      doc: 'Body that wrote the article.',
      required: true,
    },
    {
      name: 'campaign',
      widget: 'relation',
      collection: 'campaigns',
      label: 'Đợt thi đua',
      doc: 'Campaign the article is about.',
      required: false,
    },
    { name: 'tags', widget: 'string-list', label: 'Từ khóa', doc: 'Free keywords.', required: false },
    {
      name: 'draft',
      widget: 'boolean',
      label: 'Bản nháp',
      hint: 'Bản nháp không hiển thị trên trang công khai.',
      default: false,
      doc: 'Hidden from the public site.',
      required: false,
    },
    sampleField,
  ],
} as const satisfies CollectionSpec;
