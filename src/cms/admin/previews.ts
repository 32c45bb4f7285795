/**
 * Live previews of news and achievements in the site's own look: the preview frame loads the
 * site's stylesheet (its built, hashed URL is handed over by the admin page) and the templates
 * write the same elements and classes as src/pages/tin-tuc/[id].astro and
 * src/pages/thanh-tich/[id].astro.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Decap hands previews untyped React props and Immutable maps. */
import { formatShortDate } from '../../lib/dates.ts';
import { labelOf, RECIPIENT_KINDS } from '../../schema/vocabulary.ts';
import { react, type CreateElement, type DecapCms, type ImmutableMap } from './decap.ts';

type Data = Record<string, any>;

function shortDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  return formatShortDate(new Date(`${value}T00:00:00Z`));
}

/** The Decap field (Immutable map) at a path of names, for getAsset. */
function fieldAt(fields: any, names: string[]): any {
  let list = fields;
  let found: any;
  for (const name of names) {
    found = list?.find((f: ImmutableMap) => f.get('name') === name);
    list = found?.get('fields');
  }
  return found;
}

function imageUrl(props: any, path: unknown, names: string[]): string | undefined {
  if (typeof path !== 'string' || !path) return undefined;
  const asset = props.getAsset(path, fieldAt(props.fields, names));
  return asset ? String(asset) : undefined;
}

const sampleBadge = (h: CreateElement, data: Data) =>
  data['sample'] ? h('span', { className: 'badge badge--sample' }, 'Dữ liệu minh họa') : null;

export function registerPreviews(CMS: DecapCms, siteCss: string): void {
  const { h, createClass } = react();
  CMS.registerPreviewStyle(siteCss);

  /** Names of related entries (unit, campaign), loaded once per id. */
  const withNames = (render: (self: any, data: Data) => any) =>
    createClass({
      getInitialState() {
        return { related: {} as Record<string, Data> };
      },
      /** The data of a related entry, once loaded (rendering again when it arrives). */
      related(collection: string, id: unknown): Data | undefined {
        if (typeof id !== 'string' || !id) return undefined;
        const key = `${collection}/${id}`;
        this.requested ??= new Set<string>();
        if (!this.requested.has(key)) {
          this.requested.add(key);
          this.props
            .getCollection(collection, id)
            .then((entry: ImmutableMap) =>
              this.setState({ related: { ...this.state.related, [key]: entry.get('data') as Data } }),
            )
            .catch(() => undefined);
        }
        return this.state.related[key];
      },
      render() {
        const data = (this.props.entry.get('data') as ImmutableMap).toJS() as Data;
        return h('main', { id: 'noi-dung' }, render(this, data));
      },
    });

  const NewsPreview = withNames((self, data) => {
    const campaign = self.related('campaigns', data['campaign']);
    const cover = imageUrl(self.props, data['cover']?.image, ['cover', 'image']);
    return h(
      'article',
      { className: 'prose' },
      h('h1', null, data['title'] || 'Tiêu đề'),
      h(
        'p',
        { className: 'meta' },
        shortDate(data['publishedAt']),
        data['author'] ? ` · ${data['author']}` : '',
        data['updatedAt'] ? ` · Cập nhật ${shortDate(data['updatedAt'])}` : '',
        ' ',
        sampleBadge(h, data),
        data['draft'] ? h('strong', null, ' (Bản nháp – chưa hiển thị trên trang)') : null,
      ),
      h('p', { className: 'lead' }, data['summary']),
      cover ? h('figure', { className: 'cover' }, h('img', { src: cover, alt: data['cover']?.alt ?? '' })) : null,
      self.props.widgetFor('body'),
      campaign ? h('p', { className: 'meta' }, 'Đợt thi đua: ', h('a', { href: '#' }, campaign['title'])) : null,
      Array.isArray(data['tags']) && data['tags'].length > 0
        ? h('p', { className: 'meta' }, `Từ khóa: ${data['tags'].join(', ')}`)
        : null,
    );
  });

  const AchievementPreview = withNames((self, data) => {
    const unit = self.related('units', data['unit']);
    const campaign = self.related('campaigns', data['campaign']);
    const contents: Data[] = campaign
      ? ((data['contents'] ?? []) as string[])
          .map((id) => (campaign['contents'] ?? []).find((c: Data) => c['id'] === id))
          .filter(Boolean)
      : [];
    const year = data['year'] || (typeof data['decisionDate'] === 'string' ? data['decisionDate'].slice(0, 4) : '');
    const photo = imageUrl(self.props, data['photo']?.image, ['photo', 'image']);
    const fact = (term: string, value: unknown) =>
      value ? [h('dt', { key: `${term}-t` }, term), h('dd', { key: `${term}-d` }, value)] : [];
    return h(
      'article',
      null,
      h('h1', null, data['recipient'] || 'Họ tên / Tên tập thể'),
      h('p', { className: 'lead' }, `${data['award'] ?? ''} năm ${year} `, sampleBadge(h, data)),
      h(
        'dl',
        { className: 'facts' },
        ...fact('Loại', labelOf(RECIPIENT_KINDS, data['kind'] ?? '')),
        ...fact('Chức vụ', data['position']),
        ...fact('Đơn vị', unit ? h('a', { href: '#' }, unit['name']) : data['unit']),
        ...fact('Hình thức khen thưởng', data['award']),
        ...fact('Cấp khen', data['authority']),
        ...fact('Số quyết định', data['decisionNumber'] ? h('a', { href: '#' }, data['decisionNumber']) : ''),
        ...fact('Ngày quyết định', shortDate(data['decisionDate'])),
        ...fact('Năm thành tích', year),
        ...fact('Đợt thi đua', campaign ? h('a', { href: '#' }, campaign['title']) : ''),
        ...fact(
          'Nội dung thi đua',
          contents.length > 0
            ? h('ul', null, ...contents.map((c) => h('li', { key: c['id'] }, h('a', { href: '#' }, c['title']))))
            : '',
        ),
      ),
      photo ? h('img', { src: photo, alt: data['photo']?.alt ?? '', width: 320 }) : null,
      h('h2', null, 'Thành tích'),
      h('p', null, h('strong', null, data['summary'])),
      h('div', { className: 'prose' }, self.props.widgetFor('body')),
    );
  });

  CMS.registerPreviewTemplate('news', NewsPreview);
  CMS.registerPreviewTemplate('achievements', AchievementPreview);
}
