/**
 * The query table of the search tests: what people type, and which pages may come first.
 * Expected pages are computed from the fixture content (an achievement's recipient, a decision's number)
 * and from the built pages' indexed text (pages containing a phrase), never hard-coded lists
 * that drift from the content.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { foldVietnamese } from '../../src/lib/fold.ts';
import { decisionSlug, routes } from '../../src/lib/routes.ts';
import { DIST, FIXTURE_CONTENT } from '../support/paths.ts';
import { htmlFiles, routeOf } from '../support/site-files.ts';
import { frontMatterOf, parseEntryFile } from '../../src/content-model/entry-file.ts';

export interface QueryCase {
  query: string;
  /** Row label of the table (what the query tests). */
  kind: string;
  /** Acceptable first results (routes); empty: no result at all. */
  expected: string[];
  /** The accented query whose first result this one must repeat. */
  twin?: string;
  /** The word the page must report as matching nothing. */
  unknown?: string;
  /**
   * Pages containing the query word in exactly this accented form, which must all come before
   * pages with other forms only ("hạn" before "Hân").
   */
  exactForm?: string[];
}

export interface Achievement {
  id: string;
  data: {
    kind: string;
    recipient: string;
    unit: string;
    award: string;
    decisionNumber: string;
    decisionDate: Date | string;
    year?: number;
    campaign?: string;
    contents?: string[];
    sample?: boolean;
  };
}

/** Achievements read straight from the fixture content's achievements (front matter only). */
export async function readAchievements(): Promise<Achievement[]> {
  const dir = join(FIXTURE_CONTENT, 'achievements');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx'));
  return Promise.all(
    files.map(async (f) => ({
      id: f.replace(/\.mdx$/, ''),
      data: frontMatterOf(await readFile(join(dir, f), 'utf8'), f) as Achievement['data'],
    })),
  );
}

/** The year an achievement counts for: its own `year`, else its decision's year. */
export function yearOf(a: Achievement): number {
  return a.data.year ?? new Date(a.data.decisionDate).getUTCFullYear();
}

/** Text of what Pagefind indexes on each page (its data-pagefind-body, ignores removed), NFC. */
export async function indexedTexts(dist = DIST): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const file of await htmlFiles(dist)) {
    if (file.startsWith('pagefind/')) continue;
    const html = await readFile(join(dist, file), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const $ = cheerio.load(html.replace(/(<\/[a-zA-Z][\w-]*>|<br\s*\/?>)(?=<)/g, '$1 '));
    $('[data-pagefind-ignore]').remove();
    texts.set(routeOf(file), $('[data-pagefind-body]').text().normalize('NFC'));
  }
  return texts;
}

export async function queryTable(): Promise<QueryCase[]> {
  const achievements = await readAchievements();
  const texts = await indexedTexts();
  const of = (recipient: string) =>
    achievements.filter((a) => a.data.recipient === recipient).map((a) => routes.achievement(a.id));
  /** A person's name leads to their record («Quá trình khen thưởng»), namesakes' records alike. */
  const peopleDir = join(FIXTURE_CONTENT, 'people');
  const people = await Promise.all(
    (await readdir(peopleDir)).map(async (f) => {
      const read = parseEntryFile({ format: 'yml' }, f, await readFile(join(peopleDir, f), 'utf8'));
      return { id: f.replace(/\.yml$/, ''), name: read.ok ? String(read.entry.data['name']) : '' };
    }),
  );
  const recordOf = (name: string) => people.filter((p) => p.name === name).map((p) => routes.person(p.id));
  const decision = (number: string) => {
    const a = achievements.find((x) => x.data.decisionNumber === number);
    if (!a) throw new Error(`no achievement with decision ${number} in the fixture content`);
    return [routes.decision(decisionSlug(number, new Date(a.data.decisionDate)))];
  };
  /** Pages whose indexed text contains the phrase (tones, case and đ folded). */
  const containing = (phrase: string) => {
    const folded = foldVietnamese(phrase);
    const pages = [...texts].filter(([, text]) => foldVietnamese(text).includes(folded)).map(([route]) => route);
    if (pages.length === 0) throw new Error(`no indexed page contains «${phrase}»`);
    return pages;
  };
  /** Pages containing the word in exactly this form (case aside). */
  const withForm = (word: string) => {
    const re = new RegExp(`(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}])`, 'iu');
    return [...texts].filter(([, text]) => re.test(text)).map(([route]) => route);
  };
  const plan = [routes.campaign('1579-kh-skhdt')];
  const unit = 'Phòng Đăng ký kinh doanh';

  return [
    { query: 'Đồng Tháp', kind: 'có dấu, tên riêng', expected: plan },
    { query: 'dong thap', kind: 'không dấu, d thay đ', expected: plan, twin: 'Đồng Tháp' },
    { query: 'ĐỒNG THÁP', kind: 'chữ hoa', expected: plan, twin: 'Đồng Tháp' },
    { query: 'DONG THAP', kind: 'chữ hoa không dấu', expected: plan, twin: 'Đồng Tháp' },
    { query: 'Đồng Tháp'.normalize('NFD'), kind: 'Unicode tổ hợp (NFD)', expected: plan, twin: 'Đồng Tháp' },
    { query: 'Ðồng Tháp', kind: 'Ð (U+00D0) thay Đ', expected: plan, twin: 'Đồng Tháp' },
    { query: 'thi đua', kind: 'có dấu, cụm từ', expected: containing('thi đua') },
    { query: 'thi dua', kind: 'không dấu, d thay đ', expected: containing('thi đua'), twin: 'thi đua' },
    { query: 'chuyển đổi số', kind: 'có dấu, cụm từ', expected: containing('chuyển đổi số') },
    { query: 'chuyen doi so', kind: 'không dấu', expected: containing('chuyển đổi số'), twin: 'chuyển đổi số' },
    { query: 'Trương Hòa Châu', kind: 'tên người ký', expected: containing('Trương Hòa Châu') },
    {
      query: 'truong hoa chau',
      kind: 'tên không dấu',
      expected: containing('Trương Hòa Châu'),
      twin: 'Trương Hòa Châu',
    },
    { query: 'Nguyễn Văn An', kind: 'tên cá nhân', expected: recordOf('Nguyễn Văn An') },
    { query: 'nguyen van an', kind: 'tên không dấu', expected: recordOf('Nguyễn Văn An'), twin: 'Nguyễn Văn An' },
    // A short word is a name before it is a loose match («án» in «dự án» folds to "an" too).
    { query: 'an', kind: 'tên gọi, không dấu', expected: recordOf('Nguyễn Văn An') },
    { query: 'van an', kind: 'tên đệm và tên, không dấu', expected: recordOf('Nguyễn Văn An') },
    { query: 'Nguyễn Văn', kind: 'họ và tên đệm', expected: recordOf('Nguyễn Văn An') },
    { query: 'nguyen van', kind: 'họ và tên đệm không dấu', expected: recordOf('Nguyễn Văn An'), twin: 'Nguyễn Văn' },
    { query: 'Lê Minh Đức', kind: 'tên có Đ', expected: recordOf('Lê Minh Đức') },
    { query: 'le minh duc', kind: 'tên không dấu, d thay Đ', expected: recordOf('Lê Minh Đức'), twin: 'Lê Minh Đức' },
    { query: 'Đặng Quốc Dũng', kind: 'tên có Đ và D', expected: recordOf('Đặng Quốc Dũng') },
    { query: 'dang quoc dung', kind: 'tên không dấu', expected: recordOf('Đặng Quốc Dũng'), twin: 'Đặng Quốc Dũng' },
    { query: 'Bùi Thị Ngọc Hân', kind: 'tên cá nhân', expected: recordOf('Bùi Thị Ngọc Hân') },
    {
      query: 'bui thi ngoc han',
      kind: 'tên không dấu',
      expected: recordOf('Bùi Thị Ngọc Hân'),
      twin: 'Bùi Thị Ngọc Hân',
    },
    { query: unit, kind: 'tên đơn vị', expected: [routes.unit('phong-dang-ky-kinh-doanh'), ...of(unit)] },
    {
      query: 'phong dang ky kinh doanh',
      kind: 'tên đơn vị không dấu',
      expected: [routes.unit('phong-dang-ky-kinh-doanh'), ...of(unit)],
      twin: unit,
    },
    { query: '1579/KH-SKHĐT', kind: 'số kế hoạch', expected: plan },
    { query: '1579/kh-skhdt', kind: 'số kế hoạch không dấu', expected: plan, twin: '1579/KH-SKHĐT' },
    { query: '45/QĐ-SKHĐT', kind: 'số quyết định', expected: decision('45/QĐ-SKHĐT') },
    { query: '45/qd-skhdt', kind: 'số quyết định không dấu', expected: decision('45/QĐ-SKHĐT'), twin: '45/QĐ-SKHĐT' },
    { query: '128/QĐ-UBND', kind: 'số quyết định UBND', expected: decision('128/QĐ-UBND') },
    { query: 'thi đua yêu nước', kind: 'cụm từ trên các từ rời', expected: containing('thi đua yêu nước') },
    { query: 'đầu tư phát triển', kind: 'cụm từ trên các từ rời', expected: containing('đầu tư phát triển') },
    {
      query: 'dau tu phat trien',
      kind: 'cụm từ không dấu',
      expected: containing('đầu tư phát triển'),
      twin: 'đầu tư phát triển',
    },
    { query: 'tap huan chuyen doi so', kind: 'tiêu đề tin không dấu', expected: containing('tập huấn chuyển đổi số') },
    {
      query: 'hạn',
      kind: 'dấu đúng xếp trước (hạn trước Hân, hằng, hành)',
      expected: withForm('hạn'),
      exactForm: withForm('hạn'),
    },
    {
      query: 'Hân',
      kind: 'dấu đúng xếp trước (Hân trước hạn)',
      expected: recordOf('Bùi Thị Ngọc Hân'),
      exactForm: withForm('Hân'),
    },
    {
      query: 'hằng',
      kind: 'dấu đúng xếp trước (hằng trước hạn, hành)',
      expected: withForm('hằng'),
      exactForm: withForm('hằng'),
    },
    { query: 'xyzzy chuyển đổi số', kind: 'một từ không có trên trang', expected: [], unknown: 'xyzzy' },
    { query: 'chuyen doi so qwerty', kind: 'một từ không có, không dấu', expected: [], unknown: 'qwerty' },
  ];
}
