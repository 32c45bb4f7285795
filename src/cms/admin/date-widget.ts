/**
 * The `thidua-date` widget: a calendar date typed the Vietnamese way, «20/12/2025», stored as
 * `2025-12-20`. The browser's own date input shows its UI language's pattern («mm/dd/yyyy» in an
 * English browser), which an editor reads as day/month. A date pasted as `2025-12-20` is taken
 * too. Anything else is stored as typed, so the content gate names the field and the fix.
 */
import { react, type DecapCms } from './decap.ts';

/** `dd/mm/yyyy` (or `d/m/yyyy`, or ISO) → `yyyy-mm-dd`; `undefined` when it is neither. */
export function parseVietnameseDate(text: string): string | undefined {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return t;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
}

/** `yyyy-mm-dd` → `dd/mm/yyyy`; anything else as it is. */
export function showVietnameseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

export function registerDateWidget(CMS: DecapCms): void {
  const { h, createClass } = react();
  const Control = createClass({
    getInitialState() {
      return { text: undefined as string | undefined };
    },
    render() {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, value, onChange } = this.props;
      const stored = typeof value === 'string' ? value : '';
      return h('input', {
        id: forID,
        type: 'text',
        inputMode: 'numeric',
        autoComplete: 'off',
        className: classNameWrapper,
        placeholder: 'ngày/tháng/năm, ví dụ 20/12/2025',
        value: this.state.text ?? showVietnameseDate(stored),
        onFocus: setActiveStyle,
        onChange: (e: Event) => {
          const text = (e.target as HTMLInputElement).value;
          this.setState({ text });
          onChange(parseVietnameseDate(text) ?? text.trim());
        },
        onBlur: () => {
          this.setState({ text: undefined });
          setInactiveStyle?.();
        },
      });
    },
  });
  const Preview = (props: { value?: unknown }) =>
    h('span', null, typeof props.value === 'string' ? showVietnameseDate(props.value) : '');
  CMS.registerWidget('thidua-date', Control, Preview);
}
