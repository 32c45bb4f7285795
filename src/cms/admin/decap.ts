/**
 * The little of Decap CMS's browser API this site uses, typed. Decap exposes `CMS`, `h`
 * (React.createElement) and `createClass` on `window`; entries are Immutable.js maps.
 */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: (string | number)[]): unknown;
  setIn(path: (string | number)[], value: unknown): ImmutableMap;
  deleteIn(path: (string | number)[]): ImmutableMap;
  toJS(): unknown;
}

// Decap's registration API takes loosely typed component specs and React components.
/* eslint-disable @typescript-eslint/no-explicit-any */
export interface DecapCms {
  init(options?: { config?: Record<string, unknown> }): void;
  registerLocale(locale: string, phrases: Record<string, unknown>): void;
  registerEventListener(listener: { name: string; handler: (event: any) => unknown }): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  registerEditorComponent(component: Record<string, unknown>): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerPreviewStyle(url: string, options?: { raw?: boolean }): void;
  registerCustomFormat(
    name: string,
    extension: string,
    formatter: {
      fromFile: (text: string) => Record<string, unknown>;
      toFile: (data: Record<string, unknown>, sortedKeys?: string[]) => string;
    },
  ): void;
}

export type CreateElement = (type: any, props?: Record<string, any> | null, ...children: any[]) => any;

/** React's createElement and create-react-class, as Decap exposes them. */
export function react(): { h: CreateElement; createClass: (spec: Record<string, any>) => any } {
  const w = window as unknown as { h: CreateElement; createClass: (spec: Record<string, any>) => any };
  return { h: w.h, createClass: w.createClass };
}
