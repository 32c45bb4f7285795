/**
 * The search page and the achievement browser (src/components/SearchPanel.astro): reads the
 * query and filters from the URL, runs them through engine.ts, renders the results and the
 * facet counts, and writes every change back to the URL (Enter and filter changes add a history
 * entry, so Back returns to the previous search; typing only replaces the current one).
 * Results and their count (the status line, announced once) come first; the facet counts follow
 * in a second step, in the select options, which have their width already (the results do not
 * move); the facets are aria-busy meanwhile.
 */
import { ACHIEVEMENT_COLUMNS } from '../../lib/achievement-columns.ts';
import { META, PAGE_KIND_PARAM, SORT_PARAM } from '../../lib/search-keys.ts';
import { tidyQuery } from '../../lib/search-text.ts';
import {
  search,
  supersede,
  warmUp,
  type FacetCounts,
  type Hit,
  type HitData,
  type SearchOutcome,
  type SortOrder,
} from './engine.ts';

type Mode = 'search' | 'browse';

interface State {
  q: string;
  filters: Record<string, string>;
  sort: SortOrder;
}

const PAGE_SIZE = 20;

function readUrl(mode: Mode, filterNames: readonly string[]): State {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string> = {};
  for (const name of filterNames) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const sort = (params.get(SORT_PARAM) ?? (mode === 'browse' ? 'moi-nhat' : '')) as SortOrder;
  return { q: mode === 'search' ? tidyQuery(params.get('q') ?? '') : '', filters, sort };
}

function toUrl(mode: Mode, filterNames: readonly string[], state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of filterNames) if (state.filters[name]) params.set(name, state.filters[name]);
  if (state.sort && !(mode === 'browse' && state.sort === 'moi-nhat')) params.set(SORT_PARAM, state.sort);
  const query = params.toString();
  return query ? `${location.pathname}?${query}` : location.pathname;
}

/** Builds excerpt nodes from Pagefind's excerpt HTML (escaped text, matches in <mark>) without innerHTML. */
function excerptNodes(excerpt: string): Node[] {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const nodes: Node[] = [];
  excerpt.split(/(<mark>.*?<\/mark>)/s).forEach((part) => {
    if (!part) return;
    const marked = /^<mark>(.*)<\/mark>$/s.exec(part);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = unescape(marked[1] ?? '');
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(unescape(part)));
    }
  });
  return nodes;
}

/** "Thành tích · Cá nhân · Phòng Đăng ký kinh doanh · Giấy khen · năm 2022 · Quyết định 45/QĐ-SKHĐT". */
function describe(data: HitData): string {
  const m = data.meta;
  const parts = [m[META.kind]];
  if (m[META.kindOfRecipient]) {
    parts.push(
      m[META.kindOfRecipient],
      m[META.unit],
      m[META.award],
      m[META.year] && `năm ${m[META.year]}`,
      m[META.decision] && `Quyết định ${m[META.decision]}`,
    );
  } else if (m[META.number]) {
    parts.push(`Số ${m[META.number]}`);
  }
  return parts.filter(Boolean).join(' · ');
}

function renderHit(data: HitData, showExcerpt: boolean): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';
  const heading = document.createElement('h2');
  heading.className = 'result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.title;
  heading.append(link);
  const kind = document.createElement('p');
  kind.className = 'result__kind meta';
  kind.textContent = describe(data);
  li.append(heading, kind);
  if (showExcerpt && data.excerpt) {
    const excerpt = document.createElement('p');
    excerpt.className = 'result__excerpt';
    excerpt.append(...excerptNodes(data.excerpt));
    li.append(excerpt);
  }
  return li;
}

/** An achievement as a row of the same table the static list shows (AchievementTable.astro). */
function renderRow(data: HitData): HTMLTableRowElement {
  const m = data.meta;
  const row = document.createElement('tr');
  const cell = (label: string, ...content: (Node | string)[]) => {
    const td = document.createElement('td');
    td.dataset['label'] = label;
    td.append(...content);
    row.append(td);
  };
  const meta = (text: string) => {
    const span = document.createElement('span');
    span.className = 'meta';
    span.textContent = text;
    return span;
  };
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.title;
  cell(ACHIEVEMENT_COLUMNS.recipient, link, ' ', meta(`(${m[META.kindOfRecipient] ?? ''})`));
  cell(ACHIEVEMENT_COLUMNS.award, m[META.award] ?? '');
  cell(ACHIEVEMENT_COLUMNS.unit, m[META.unit] ?? '');
  const number = document.createElement('span');
  number.className = 'doc-number';
  number.textContent = m[META.decision] ?? '';
  cell(
    ACHIEVEMENT_COLUMNS.decision,
    number,
    document.createElement('br'),
    meta(m[META.year] ? `năm ${m[META.year]}` : ''),
  );
  return row;
}

/** The status while a search runs. */
const SEARCHING = 'Đang tìm…';

/** Text whose last word, still being typed, is a single letter («Phan V»). */
const ONE_LETTER_LAST_WORD = /(?:^|\s)\S$/u;

function init(root: HTMLElement): void {
  const mode = root.dataset['search'] as Mode;
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const selects = [...form.querySelectorAll('select')];
  // Filters are the form's selects (their names are the URL parameters and index filters).
  const filterNames = selects.map((s) => s.name).filter((name) => name !== SORT_PARAM);
  // The browse page shows one kind of page only (achievements), never offered as a filter.
  const fixed = root.dataset['searchKind'] ? { [PAGE_KIND_PARAM]: root.dataset['searchKind'] } : undefined;
  const facets = form.querySelector<HTMLElement>('.search__facets')!;
  const status = root.querySelector<HTMLElement>('.search__status')!;
  const list = root.querySelector<HTMLOListElement>('.search__results')!;
  const more = root.querySelector<HTMLButtonElement>('.search__more')!;
  // Browse mode draws its results as table rows; search mode as a list of pages.
  const table = root.querySelector<HTMLTableElement>('.search__table');
  const rows = table?.tBodies[0];
  const total = Number(root.dataset['searchTotal'] ?? NaN);
  const filterCount = root.querySelector<HTMLElement>('[data-filter-count]');
  const staticParts = [...document.querySelectorAll<HTMLElement>('[data-search-static]')];
  for (const o of form.querySelectorAll('option')) o.dataset['label'] = o.textContent ?? '';

  root.hidden = false;
  for (const el of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) el.hidden = true;

  let run = 0;
  /** Edits of the search box so far: a search whose query is being typed on needs no counts. */
  let edits = 0;
  /** The status says «Đang tìm…»: a search is running, or one was stopped before it was drawn. */
  let searching = false;
  let shown: Hit[] = [];
  let pending: Hit[] = [];

  const readForm = (): State => {
    const data = new FormData(form);
    const filters: Record<string, string> = {};
    for (const name of filterNames) {
      const v = data.get(name);
      if (typeof v === 'string' && v) filters[name] = v;
    }
    const text = (name: string) => {
      const v = data.get(name);
      return typeof v === 'string' ? v : '';
    };
    return { q: tidyQuery(text('q')), filters, sort: text(SORT_PARAM) as SortOrder };
  };

  const writeForm = (state: State) => {
    // Only when it differs in substance: rewriting the box while the reader types (the search
    // run after a pause) would drop the space just typed, and "chuyển đổi" became "chuyểnđổi".
    if (input && tidyQuery(input.value) !== state.q) input.value = state.q;
    for (const select of selects) {
      const value = select.name === SORT_PARAM ? state.sort : (state.filters[select.name] ?? '');
      select.value = [...select.options].some((o) => o.value === value) ? value : '';
    }
  };

  const showCounts = (counts: FacetCounts) => {
    for (const select of selects) {
      if (select.name === SORT_PARAM) continue;
      const facet = counts[select.name] ?? {};
      for (const option of select.options) {
        if (!option.value) continue;
        const n = facet[option.value] ?? 0;
        option.textContent = `${option.dataset['label']} (${n})`;
        option.disabled = n === 0 && option.value !== select.value;
      }
    }
  };

  /**
   * The next PAGE_SIZE results: their data is asked for at once, and each is drawn, in order, as
   * soon as it and those before it have arrived. On a phone the 20 small files come in waves
   * (a browser opens 6 connections to a host over HTTP/1.1), and the first results need not
   * wait for the last wave.
   */
  const showMore = async (token: number) => {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const loads = batch.map((h) => h.load());
    const items: HTMLElement[] = [];
    for (const load of loads) {
      const data = await load;
      if (token !== run) return;
      const item = rows ? renderRow(data) : renderHit(data, mode === 'search');
      (rows ?? list).append(item);
      items.push(item);
    }
    shown = [...shown, ...batch];
    more.hidden = pending.length === 0;
    return items[0];
  };

  const setStatus = (text: string, action?: { label: string; state: State }) => {
    searching = text === SEARCHING;
    status.replaceChildren(text);
    if (action) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button';
      button.textContent = action.label;
      button.addEventListener('click', () => commit('push', action.state));
      status.append(' ', button);
    }
  };

  /** The folded filters say how many are active, so a reader knows the list is narrowed. */
  const showFilterCount = (state: State) => {
    const n = Object.keys(state.filters).length;
    if (filterCount) filterCount.textContent = n > 0 ? ` · ${n} đang áp dụng` : '';
  };

  /** Browse mode: what the table shows, out of the whole archive. */
  const browseStatus = (matches: number) =>
    shown.length === matches
      ? `Đang hiển thị ${matches} / ${total} thành tích.`
      : `Đang hiển thị ${shown.length} / ${matches} thành tích khớp bộ lọc (trong tổng số ${total}).`;

  /** The second step: facet counts, once the results are on screen. */
  const fillCounts = async (token: number, outcome: SearchOutcome) => {
    try {
      const counts = await outcome.counts();
      if (token === run) showCounts(counts);
    } finally {
      if (token === run) facets.removeAttribute('aria-busy');
    }
  };

  const execute = async (state: State) => {
    const token = ++run;
    const editsAtStart = edits;
    facets.removeAttribute('aria-busy');
    const filtered = Object.keys(state.filters).length > 0;
    const browsingAll = mode === 'browse' && !filtered && state.sort === 'moi-nhat';
    list.replaceChildren();
    rows?.replaceChildren();
    if (table) table.hidden = true;
    more.hidden = true;
    showFilterCount(state);
    shown = [];
    pending = [];
    for (const el of staticParts) el.hidden = !browsingAll;
    if (mode === 'search' && !state.q && !filtered) {
      setStatus('');
      return;
    }
    setStatus(SEARCHING);
    facets.setAttribute('aria-busy', 'true');
    let outcome: SearchOutcome;
    try {
      outcome = await search({ text: state.q, filters: state.filters, sort: state.sort, ...(fixed ? { fixed } : {}) });
    } catch (error) {
      if (token === run) {
        setStatus('Không tải được chỉ mục tìm kiếm. Hãy tải lại trang, hoặc duyệt theo danh mục ở trình đơn trên.');
        facets.removeAttribute('aria-busy');
      }
      throw error;
    }
    // A newer search, or the reader typing on (the search run during a pause, for a query typed
    // past): not drawn, so its results' files are not fetched; the next search follows.
    if (token !== run || outcome.superseded || edits !== editsAtStart) return;
    if (outcome.unknownWords.length > 0) {
      const missing = outcome.unknownWords.map((w) => `«${w}»`).join(', ');
      const rest = outcome.words.filter((w) => !outcome.unknownWords.includes(w)).join(' ');
      setStatus(
        `Không tìm thấy từ ${missing} trên trang, nên không có kết quả.`,
        rest ? { label: `Tìm «${rest}»`, state: { ...state, q: rest } } : undefined,
      );
    } else if (browsingAll) {
      setStatus('');
    } else {
      pending = outcome.hits;
      const n = outcome.hits.length;
      const what = state.q ? ` cho «${state.q}»` : '';
      if (n === 0) setStatus(`Không có kết quả${what}.${filtered ? ' Hãy thử bỏ bớt bộ lọc.' : ''}`);
      await showMore(token);
      // The count is announced once the first page is drawn: results are drawn one by one as
      // their files arrive, under «Đang tìm…», and the status says when they are all there.
      if (token === run && n > 0) {
        if (table) table.hidden = false;
        setStatus(table ? browseStatus(n) : `${n} kết quả${what}.`);
      }
    }
    // Not when the reader has typed on since: the filter chunks would compete with the next
    // search (the one run after the next pause, or Enter's) for the network; that search counts.
    if (token === run && edits === editsAtStart) await fillCounts(token, outcome);
  };

  const commit = (how: 'push' | 'replace', next = readForm()) => {
    writeForm(next);
    const url = toUrl(mode, filterNames, next);
    if (url !== `${location.pathname}${location.search}`)
      history[how === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    void execute(next);
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  // Fetch the index while the reader types (engine.ts, warmUp).
  input?.addEventListener('focus', () => warmUp(), { once: true });
  input?.addEventListener('input', () => {
    edits += 1;
    // The search of the query as it was will not be shown: let it stop (engine.ts).
    supersede();
    warmUp(input.value);
    clearTimeout(typing);
    // A last word of one letter is not searched during a pause (Enter searches it): its prefix
    // matches much of the index, and the next letter narrows it. At 10,000 achievements the pause
    // after «Phan V» fetched the 68 KB chunk of words in «v…» on a second visit. Unless the page
    // says «Đang tìm…» for a search just stopped by this keystroke: some search must follow it.
    if (searching || !ONE_LETTER_LAST_WORD.test(input.value)) typing = setTimeout(() => commit('replace'), 300);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit('push');
  });
  for (const select of selects) select.addEventListener('change', () => commit('push'));
  root.querySelector('[data-search-reset]')?.addEventListener('click', (event) => {
    event.preventDefault();
    commit('push', { q: readForm().q, filters: {}, sort: mode === 'browse' ? 'moi-nhat' : '' });
  });
  more.addEventListener('click', () => {
    void showMore(run).then((first) => {
      if (table) setStatus(browseStatus(shown.length + pending.length));
      first?.querySelector('a')?.focus();
    });
  });
  // The form shows the URL's state; what it can show (known values only) is what runs.
  const fromUrl = (): State => {
    writeForm(readUrl(mode, filterNames));
    return readForm();
  };
  window.addEventListener('popstate', () => void execute(fromUrl()));
  void execute(fromUrl());
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) init(root);
