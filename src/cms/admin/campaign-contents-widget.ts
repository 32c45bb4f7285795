/**
 * The `campaign-contents` widget: the contents ("nội dung thi đua") of the campaign chosen in a
 * sibling field, as checkboxes, stored as a list of content ids. Decap's relation widget can
 * list every campaign's contents but cannot filter by another field's current value, and
 * content ids repeat across campaigns, so this small widget reads the chosen campaign itself.
 */
import { react, type DecapCms, type ImmutableMap } from './decap.ts';

interface Content {
  id: string;
  title: string;
}

function toArray(value: unknown): string[] {
  if (!value) return [];
  if (Array.isArray(value)) return value as string[];
  const list = value as { toArray?: () => string[] };
  return list.toArray ? list.toArray() : [];
}

export function registerCampaignContentsWidget(CMS: DecapCms): void {
  const { h, createClass } = react();

  const Control = createClass({
    getInitialState() {
      return { campaign: undefined as string | undefined, contents: [] as Content[], loading: false, error: '' };
    },
    componentDidMount() {
      this.sync();
      // The sibling field changes without this widget being re-rendered: look at it regularly.
      this.timer = setInterval(() => this.sync(), 400);
    },
    componentWillUnmount() {
      clearInterval(this.timer);
    },
    shouldComponentUpdate() {
      return true;
    },
    campaignId(): string {
      const entry = (this.props.getEntry ? this.props.getEntry() : this.props.entry) as ImmutableMap | undefined;
      const id = entry?.getIn(['data', this.props.field.get('campaign_field')]);
      return typeof id === 'string' ? id : '';
    },
    async sync() {
      const id = this.campaignId();
      if (id === this.state.campaign) return;
      const first = this.state.campaign === undefined;
      this.setState({ campaign: id, contents: [], loading: Boolean(id), error: '' });
      if (!id) {
        if (!first && toArray(this.props.value).length > 0) this.props.onChange([]);
        return;
      }
      try {
        const loaded = await this.props.loadEntry(this.props.field.get('campaign_collection'), id);
        if (this.state.campaign !== id) return;
        const contents = ((loaded?.data?.contents ?? []) as Content[]).map((c) => ({ id: c.id, title: c.title }));
        this.setState({ contents, loading: false });
        // Another campaign was chosen: keep only the contents it has.
        if (!first) {
          const kept = toArray(this.props.value).filter((v) => contents.some((c) => c.id === v));
          if (kept.length !== toArray(this.props.value).length) this.props.onChange(kept);
        }
      } catch (error) {
        this.setState({ loading: false, error: `Không đọc được đợt thi đua «${id}»: ${String(error)}` });
      }
    },
    toggle(id: string, checked: boolean) {
      const selected = new Set(toArray(this.props.value));
      if (checked) selected.add(id);
      else selected.delete(id);
      // Stored in the campaign's own order; ids the campaign lacks are dropped when unticked.
      const ordered = this.state.contents.map((c: Content) => c.id).filter((c: string) => selected.has(c));
      const unknown = [...selected].filter((v) => !this.state.contents.some((c: Content) => c.id === v));
      this.props.onChange([...ordered, ...unknown]);
    },
    render() {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const selected = toArray(this.props.value);
      const { campaign, contents, loading, error } = this.state as {
        campaign?: string;
        contents: Content[];
        loading: boolean;
        error: string;
      };
      let body;
      if (error) body = h('p', { role: 'alert' }, error);
      else if (!campaign) body = h('p', null, 'Chọn «Đợt thi đua» trước để chọn nội dung thi đua.');
      else if (loading) body = h('p', null, 'Đang tải nội dung của đợt thi đua…');
      else {
        const unknown = selected.filter((v) => !contents.some((c) => c.id === v));
        const item = (id: string, title: string) =>
          h(
            'li',
            { key: id, style: { listStyle: 'none', margin: '4px 0' } },
            h(
              'label',
              { style: { display: 'flex', gap: '8px', alignItems: 'baseline', cursor: 'pointer' } },
              h('input', {
                type: 'checkbox',
                value: id,
                checked: selected.includes(id),
                onChange: (e: Event) => this.toggle(id, (e.target as HTMLInputElement).checked),
                onFocus: setActiveStyle,
                onBlur: setInactiveStyle,
              }),
              title,
            ),
          );
        body = h(
          'ul',
          { style: { padding: 0, margin: 0 } },
          ...contents.map((c) => item(c.id, c.title)),
          ...unknown.map((id) => item(id, `${id} (không có trong đợt thi đua này – bỏ chọn để xóa)`)),
        );
      }
      return h(
        'div',
        { id: forID, className: classNameWrapper, role: 'group', 'aria-label': this.props.field.get('label') },
        body,
      );
    },
  });

  const Preview = (props: { value?: unknown }) =>
    h('ul', null, ...toArray(props.value).map((id) => h('li', { key: id }, id)));

  CMS.registerWidget('campaign-contents', Control, Preview);
}
