/**
 * The `thidua-relation` widget: picks a unit, a campaign or a person from the content snapshot
 * (the same one the gate checks against), in Vietnamese, forgiving missing tones — "van phong",
 * "dong thap" find "Văn phòng Sở", "Đồng Tháp" (foldVietnamese, đ → d). Decap's relation widget
 * matches tones exactly and says «No options». Units that had closed (or not yet opened) on the
 * entry's date are not offered; closed units are marked as such. Stored value: the entry's id
 * (its file name), as Astro's `reference()` reads it.
 */
import { foldVietnamese } from '../../lib/fold.ts';
import type { ContentSnapshot } from '../../content-model/snapshot.ts';
import { CONTENT_SNAPSHOT_PATH } from '../local-api.ts';
import { react, type DecapCms, type ImmutableMap } from './decap.ts';

export interface PickerOption {
  id: string;
  label: string;
  /** Folded text the query is matched against. */
  haystack: string;
  /** Why it cannot be chosen for the entry's date, if so. */
  closedOn?: string;
  validFrom?: string;
  validUntil?: string;
  order: number;
}

const dmy = (iso: string) => iso.split('-').reverse().join('/');
const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** The options of a picker over `collection`, from the snapshot. */
export function pickerOptions(snapshot: ContentSnapshot, collection: string): PickerOption[] {
  const options = snapshot.entries
    .filter((e) => e.collection === collection)
    .map((e): PickerOption => {
      const d = e.data;
      if (collection === 'units') {
        const until = text(d['validUntil']);
        const label = `${text(d['name']) || e.id}${until ? ` (đã ngừng hoạt động sau ${dmy(until)})` : ''}`;
        return {
          id: e.id,
          label,
          haystack: foldVietnamese(`${text(d['name'])} ${text(d['shortName'])} ${e.id.replace(/-/g, ' ')}`),
          ...(text(d['validFrom']) ? { validFrom: text(d['validFrom']) } : {}),
          ...(until ? { validUntil: until } : {}),
          order: Number(d['order'] ?? 0),
        };
      }
      if (collection === 'people') {
        // Namesakes are told apart by what a reader sees: position and unit (records' people rules).
        const unitName =
          text(snapshot.entries.find((u) => u.collection === 'units' && u.id === text(d['unit']))?.data['name']) ||
          text(d['unit']);
        const label = `${text(d['name']) || e.id} — ${[text(d['position']), unitName].filter(Boolean).join(', ')}`;
        return { id: e.id, label, haystack: foldVietnamese(`${label} ${e.id.replace(/-/g, ' ')}`), order: 0 };
      }
      const label = [text(d['documentNumber']), text(d['title'])].filter(Boolean).join(' – ') || e.id;
      return {
        id: e.id,
        label,
        haystack: foldVietnamese(`${label} ${e.id.replace(/-/g, ' ')}`),
        order: -Date.parse(text(d['issuedOn']) || '1970-01-01'),
      };
    });
  return options.sort((a, b) => a.order - b.order || a.label.localeCompare(b.label, 'vi'));
}

/** Options matching `query` (tones, case and đ forgiven) and open on `date` (YYYY-MM-DD), if given. */
export function matchOptions(options: readonly PickerOption[], query: string, date?: string): PickerOption[] {
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  return options.filter((o) => {
    if (date && ((o.validUntil && date > o.validUntil) || (o.validFrom && date < o.validFrom))) return false;
    return words.every((w) => o.haystack.includes(w));
  });
}

let cached: { at: number; snapshot: Promise<ContentSnapshot> } | undefined;
function snapshot(): Promise<ContentSnapshot> {
  if (!cached || Date.now() - cached.at > 10_000) {
    cached = {
      at: Date.now(),
      snapshot: fetch(CONTENT_SNAPSHOT_PATH, { cache: 'no-store' }).then((r) => r.json() as Promise<ContentSnapshot>),
    };
  }
  return cached.snapshot;
}

export function registerRelationWidget(CMS: DecapCms): void {
  const { h, createClass } = react();

  const Control = createClass({
    getInitialState() {
      return { options: [] as PickerOption[], query: '', editing: false, active: 0, error: '' };
    },
    componentDidMount() {
      snapshot().then(
        (s) => this.setState({ options: pickerOptions(s, this.props.field.get('collection')) }),
        (e: unknown) => this.setState({ error: `Không tải được danh sách: ${String(e)}` }),
      );
    },
    shouldComponentUpdate() {
      return true;
    },
    entryDate(): string | undefined {
      const name = this.props.field.get('date_field') as string | undefined;
      const entry = (this.props.getEntry ? this.props.getEntry() : this.props.entry) as ImmutableMap | undefined;
      const value = name ? entry?.getIn(['data', name]) : undefined;
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
    },
    labelOf(id: string): string {
      return (this.state.options as PickerOption[]).find((o) => o.id === id)?.label ?? id;
    },
    matches(): PickerOption[] {
      return matchOptions(this.state.options, this.state.query, this.entryDate());
    },
    choose(option: PickerOption) {
      this.props.onChange(option.id);
      this.setState({ editing: false, query: '', active: 0 });
    },
    onKeyDown(event: KeyboardEvent) {
      const matches = this.matches();
      if (event.key === 'ArrowDown')
        this.setState({ editing: true, active: Math.min(this.state.active + 1, matches.length - 1) });
      else if (event.key === 'ArrowUp') this.setState({ active: Math.max(this.state.active - 1, 0) });
      else if (event.key === 'Enter' && this.state.editing && matches[this.state.active]) {
        event.preventDefault();
        this.choose(matches[this.state.active]!);
      } else if (event.key === 'Escape') this.setState({ editing: false, query: '' });
    },
    onBlur() {
      // An emptied box clears an optional choice; anything else half typed is dropped.
      if (this.state.editing && this.state.query.trim() === '' && !this.props.field.get('required', true))
        this.props.onChange('');
      this.setState({ editing: false, query: '' });
      this.props.setInactiveStyle?.();
    },
    render() {
      const { forID, classNameWrapper, setActiveStyle, value } = this.props;
      const { editing, query, active, error } = this.state as {
        editing: boolean;
        query: string;
        active: number;
        error: string;
      };
      const listId = `${forID}-options`;
      const matches: PickerOption[] = editing ? this.matches() : [];
      const input = h('input', {
        id: forID,
        type: 'text',
        role: 'combobox',
        autoComplete: 'off',
        className: classNameWrapper,
        'aria-expanded': editing,
        'aria-controls': listId,
        'aria-autocomplete': 'list',
        placeholder: 'Gõ để tìm (có dấu hoặc không dấu)',
        value: editing ? query : value ? this.labelOf(String(value)) : '',
        onFocus: () => {
          this.setState({ editing: true, query: '', active: 0 });
          setActiveStyle?.();
        },
        onBlur: () => this.onBlur(),
        onChange: (e: Event) =>
          this.setState({ query: (e.target as HTMLInputElement).value, editing: true, active: 0 }),
        onKeyDown: (e: KeyboardEvent) => this.onKeyDown(e),
      });
      const listStyle = {
        position: 'absolute',
        zIndex: 20,
        left: 0,
        right: 0,
        maxHeight: '16rem',
        overflowY: 'auto',
        margin: 0,
        padding: 0,
        listStyle: 'none',
        background: '#fff',
        border: '1px solid #c7cbd1',
        borderRadius: '4px',
        boxShadow: '0 4px 12px rgb(0 0 0 / 0.12)',
      };
      const list = editing
        ? matches.length > 0
          ? h(
              'ul',
              { id: listId, role: 'listbox', style: listStyle },
              ...matches.map((o, i) =>
                h(
                  'li',
                  {
                    key: o.id,
                    role: 'option',
                    'aria-selected': i === active,
                    style: { padding: '8px 12px', cursor: 'pointer', background: i === active ? '#e8f0fe' : undefined },
                    // mousedown, not click: the input's blur would close the list first.
                    onMouseDown: (e: Event) => {
                      e.preventDefault();
                      this.choose(o);
                    },
                  },
                  o.label,
                ),
              ),
            )
          : h(
              'p',
              { id: listId, role: 'status', style: { ...listStyle, padding: '8px 12px' } },
              this.state.options.length ? 'Không có mục nào khớp.' : 'Đang tải danh sách…',
            )
        : null;
      return h(
        'div',
        { style: { position: 'relative' } },
        input,
        list,
        error ? h('p', { role: 'alert' }, error) : null,
      );
    },
  });

  const Preview = (props: { value?: unknown }) => h('span', null, typeof props.value === 'string' ? props.value : '');
  CMS.registerWidget('thidua-relation', Control, Preview);
}
