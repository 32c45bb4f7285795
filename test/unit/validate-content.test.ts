/**
 * The content validator against the corpus of bad inputs: each file of test/fixtures/invalid/,
 * added alone to a copy of the fixture site's content (test/fixtures/site/), must produce exactly one problem, with the
 * field and the Vietnamese and English message asserted here. The valid fixtures, added all
 * together, and the real content/ must produce none.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/content-model/content.ts';
import { formatProblem, type Problem } from '../../src/content-model/problem.ts';
import { FIXTURE_CONTENT, ROOT } from '../support/paths.ts';

const FIXTURES = join(ROOT, 'test/fixtures');
/** Fixed so that "in the future" means the same thing on every run. */
const TODAY = '2026-11-27';

interface Expected {
  field: string;
  vi: string;
  en: string;
  /** Line of the problem, for problems that have one. */
  line?: number;
  /** The problem is reported on another file (or folder) and names the fixture in its text. */
  on?: string;
}

/** Every bad input, the field it is reported on, and words its message must contain. */
const CASES: Record<string, Expected> = {
  'achievements/missing-required-field.mdx': {
    field: 'summary',
    vi: 'thiếu trường bắt buộc «Tóm tắt thành tích»',
    en: 'required field "summary" is missing',
  },
  'achievements/impossible-date.mdx': {
    field: 'decisionDate',
    vi: 'ngày «2025-02-30» không có thật: tháng 2 năm 2025 chỉ có 28 ngày',
    en: 'date "2025-02-30" does not exist: February 2025 has 28 days',
  },
  'achievements/month-thirteen-date.mdx': {
    field: 'decisionDate',
    vi: 'không có tháng 13',
    en: 'there is no month 13',
  },
  'achievements/malformed-date.mdx': {
    field: 'decisionDate',
    vi: 'ngày «15/03/2023» viết sai dạng; viết năm-tháng-ngày YYYY-MM-DD',
    en: 'date "15/03/2023" is not written YYYY-MM-DD',
  },
  'achievements/date-out-of-range.mdx': {
    field: 'decisionDate',
    vi: 'năm 1023 của ngày «1023-03-15» nằm ngoài khoảng 1900–2100',
    en: 'year 1023 of date "1023-03-15" is outside 1900–2100',
  },
  'achievements/unknown-award.mdx': {
    field: 'award',
    vi: '«Huân chương Vàng» không có trong danh sách «Hình thức khen thưởng»; chọn một trong: «Huân chương Lao động hạng Ba»',
    en: '"Huân chương Vàng" is not an allowed value of "award"',
  },
  'achievements/award-not-for-kind.mdx': {
    field: 'award',
    vi: '«Tập thể lao động xuất sắc» không dành cho cá nhân',
    en: 'cannot be given to an individual',
  },
  'achievements/unknown-kind.mdx': {
    field: 'kind',
    vi: '«to-chuc» không có trong danh sách «Loại»; chọn một trong: «tap-the», «ca-nhan»',
    en: '"to-chuc" is not an allowed value of "kind"',
  },
  'achievements/unknown-authority.mdx': {
    field: 'authority',
    vi: '«Trưởng phòng» không có trong danh sách «Cấp khen»',
    en: '"Trưởng phòng" is not an allowed value of "authority"',
  },
  'achievements/unknown-unit.mdx': {
    field: 'unit',
    vi: '«Đơn vị» trỏ tới «phong-khong-ton-tai» nhưng không có mục nào như vậy trong content/units/',
    en: '"unit" refers to "phong-khong-ton-tai", which does not exist in content/units/',
  },
  'achievements/unknown-campaign.mdx': {
    field: 'campaign',
    vi: '«Đợt thi đua» trỏ tới «9999-kh-skhdt» nhưng không có mục nào',
    en: '"campaign" refers to "9999-kh-skhdt", which does not exist in content/campaigns/',
  },
  'achievements/unknown-campaign-content.mdx': {
    field: 'contents',
    vi: 'nội dung thi đua «khong-co-noi-dung-nay» không có trong đợt «1579-kh-skhdt»; chọn một trong:',
    en: 'campaign content "khong-co-noi-dung-nay" does not exist in campaign "1579-kh-skhdt"',
  },
  'achievements/contents-without-campaign.mdx': {
    field: 'contents',
    vi: 'chỉ ghi được khi đã chọn đợt thi đua',
    en: '"contents" needs a campaign',
  },
  'achievements/decision-before-campaign.mdx': {
    field: 'decisionDate',
    vi: 'ngày quyết định 2022-01-05 ở trước ngày ban hành kế hoạch của đợt thi đua (2022-06-15)',
    en: "decision date 2022-01-05 is before the campaign's plan was issued (2022-06-15)",
  },
  'achievements/decision-in-future.mdx': {
    field: 'decisionDate',
    vi: 'ngày quyết định 2099-03-15 ở sau hôm nay (2026-11-27)',
    en: 'decision date 2099-03-15 is after today (2026-11-27)',
  },
  'achievements/year-after-decision.mdx': {
    field: 'year',
    vi: 'năm thành tích 2030 ở sau năm của quyết định (2023)',
    en: "achievement year 2030 is after the decision's year (2023)",
  },
  'achievements/year-out-of-range.mdx': {
    field: 'year',
    vi: '«Năm thành tích» = 1900 nằm ngoài khoảng cho phép 1975–2100',
    en: '"year" = 1900 is outside the allowed range 1975–2100',
  },
  'achievements/year-as-text.mdx': {
    field: 'year',
    vi: '«Năm thành tích» phải là một số nguyên',
    en: '"year" must be a whole number',
  },
  'achievements/malformed-decision-number.mdx': {
    field: 'decisionNumber',
    vi: '«77/QD-SKHDT» không đúng dạng «Số quyết định»: Số quyết định có dạng số/QĐ-cơ quan, ví dụ 45/QĐ-SKHĐT',
    en: '"77/QD-SKHDT" is not a valid "decisionNumber" (expected the form of 45/QĐ-SKHĐT)',
  },
  'achievements/same-decision-other-date.mdx': {
    field: 'decisionDate',
    vi: 'quyết định 45/QĐ-SKHĐT đã được ghi với «Ngày quyết định» là «2023-01-10»',
    en: 'decision 45/QĐ-SKHĐT is recorded with decisionDate "2023-01-10"',
  },
  'achievements/decision-url-collision.mdx': {
    field: 'decisionNumber',
    vi: 'quyết định «45-QĐ/SKHĐT» và quyết định «45/QĐ-SKHĐT»',
    en: 'share the URL /quyet-dinh/45-qd-skhdt-2023/',
  },
  'news/broken-internal-link.mdx': {
    field: 'body',
    line: 12,
    vi: 'liên kết «/thanh-tich/nguyen-van-an-khong-co/» trỏ tới trang không có trên trang web',
    en: 'link "/thanh-tich/nguyen-van-an-khong-co/" points at a page this site does not have',
  },
  'news/empty-tag.mdx': { field: 'tags[0]', vi: '«Từ khóa» đang để trống', en: '"tags[0]" is empty' },
  'news/level-one-heading.mdx': {
    field: 'body',
    line: 11,
    vi: 'không dùng tiêu đề cấp 1 (# …) trong nội dung',
    en: 'a level-1 heading (# …) is not allowed in the body',
  },
  'achievements/unit-closed-at-decision.mdx': {
    field: 'unit',
    vi: 'đơn vị «phong-dang-ky-kinh-doanh» đã ngừng hoạt động từ sau 2025-02-28, trước ngày quyết định 2025-06-02',
    en: 'unit "phong-dang-ky-kinh-doanh" ceased after 2025-02-28',
  },
  'achievements/same-recipient-twice.mdx': {
    field: 'recipient',
    vi: '«Lê Minh Đức» đã được ghi nhận trong quyết định 45/QĐ-SKHĐT với cùng hình thức khen thưởng (content/achievements/le-minh-duc-45-qd-skhdt-2023.mdx)',
    en: '"Lê Minh Đức" is already recorded for decision 45/QĐ-SKHĐT',
  },
  'achievements/photo-without-alt.mdx': {
    field: 'photo.alt',
    vi: 'ảnh chưa có mô tả «Ảnh › Mô tả ảnh»',
    en: 'the image has no alt text ("photo.alt")',
  },
  'achievements/missing-photo-file.mdx': {
    field: 'photo.image',
    vi: 'không tìm thấy tệp «../media/anh-khong-co.jpg»',
    en: 'file "../media/anh-khong-co.jpg" not found',
  },
  'achievements/unknown-field.mdx': {
    field: 'birthDate',
    vi: 'trường «birthDate» không có trong mẫu thành tích; xóa dòng này',
    en: 'unknown field "birthDate"; remove it',
  },
  'achievements/misspelt-field.mdx': {
    field: 'recipent',
    vi: 'có phải ý bạn là «recipient»?',
    en: 'did you mean "recipient"?',
  },
  'achievements/invalid-yaml.mdx': {
    field: 'front matter',
    line: 13,
    vi: 'YAML không hợp lệ ở dòng 13: giá trị có dấu hai chấm ":"',
    en: 'invalid YAML at line 13',
  },
  'achievements/unclosed-quote.mdx': {
    field: 'front matter',
    line: 13,
    vi: 'YAML không hợp lệ ở dòng 13: thiếu dấu đóng',
    en: 'invalid YAML at line 13: Missing closing "quote',
  },
  'achievements/missing-front-matter.mdx': {
    field: 'front matter',
    line: 1,
    vi: 'thiếu phần khai báo ở đầu tệp',
    en: 'missing front matter',
  },
  'achievements/malformed-mdx.mdx': {
    field: 'body',
    line: 18,
    vi: 'MDX không hợp lệ ở dòng 18',
    en: 'malformed MDX at line 18: Unexpected end of file in expression',
  },
  'achievements/unclosed-tag.mdx': {
    field: 'body',
    line: 18,
    vi: 'MDX không hợp lệ ở dòng 18',
    en: 'malformed MDX at line 18: Expected a closing tag for `<b>`',
  },
  'achievements/mdx-import.mdx': {
    field: 'body',
    line: 16,
    vi: 'không được dùng lệnh import trong nội dung',
    en: 'MDX import is not allowed',
  },
  'achievements/mdx-export.mdx': {
    field: 'body',
    line: 18,
    vi: 'không được dùng lệnh export trong nội dung',
    en: 'MDX export is not allowed',
  },
  'achievements/unknown-component.mdx': {
    field: 'body',
    line: 18,
    vi: 'thành phần <BarChart> không có trong danh sách được phép',
    en: 'component <BarChart> is not on the allowed list',
  },
  'achievements/component-outside-campaign.mdx': {
    field: 'body',
    line: 18,
    vi: 'thành phần <CampaignContents> chỉ dùng được trong content/campaigns/',
    en: 'component <CampaignContents> is only allowed in content/campaigns/',
  },
  'achievements/script-tag-in-body.mdx': {
    field: 'body',
    line: 18,
    vi: 'không được dùng thẻ HTML <script> trong nội dung',
    en: 'HTML tag <script> is not allowed',
  },
  'achievements/code-expression.mdx': {
    field: 'body',
    line: 18,
    vi: 'không dùng dấu { } trong tin tức và thành tích',
    en: '{ } is not allowed in news and achievement bodies',
  },
  'achievements/javascript-link.mdx': {
    field: 'body',
    line: 18,
    vi: 'liên kết «javascript:alert(document.cookie)» bị từ chối',
    en: 'link "javascript:alert(document.cookie)" refused',
  },
  'achievements/body-image-without-alt.mdx': {
    field: 'body',
    line: 18,
    vi: 'chưa có mô tả: viết mô tả trong ![mô tả]',
    en: 'has no alt text',
  },
  'achievements/remote-image.mdx': {
    field: 'body',
    line: 18,
    vi: 'ảnh «https://example.com/anh.jpg» nằm ở trang khác',
    en: 'image "https://example.com/anh.jpg" is hosted elsewhere',
  },
  'achievements/missing-body-image.mdx': {
    field: 'body',
    line: 18,
    vi: 'không tìm thấy tệp «../media/anh-khong-co.jpg»',
    en: 'file "../media/anh-khong-co.jpg" not found',
  },
  'achievements/unexpected-extension.md': {
    field: 'file',
    vi: 'phần mở rộng «.md» không đúng: đổi tên tệp thành «unexpected-extension.mdx»',
    en: 'unexpected file extension ".md"',
  },
  'achievements/Upper-Case-Name.mdx': {
    field: 'file',
    vi: 'tên tệp «Upper-Case-Name.mdx» phải viết chữ thường không dấu',
    en: 'must be lowercase unaccented letters',
  },
  'news/news-in-future.mdx': {
    field: 'publishedAt',
    vi: 'ngày đăng 2099-05-02 ở sau hôm nay (2026-11-27); không đăng bài trước ngày: để «Bản nháp» (draft: true)',
    en: 'publication date 2099-05-02 is after today (2026-11-27); articles are refused before their date',
  },
  'news/updated-before-published.mdx': {
    field: 'updatedAt',
    vi: 'ngày cập nhật 2024-04-30 ở trước ngày đăng 2024-05-02',
    en: 'update date 2024-04-30 is before the publication date 2024-05-02',
  },
  'news/unknown-author.mdx': {
    field: 'author',
    vi: '«Phòng Tổng hợp» không có trong danh sách «Đơn vị đưa tin»',
    en: '"Phòng Tổng hợp" is not an allowed value of "author"',
  },
  'news/empty-title.mdx': { field: 'title', vi: '«Tiêu đề» không được để trống', en: '"title" must not be empty' },
  'news/cover-not-an-image.mdx': {
    field: 'cover.image',
    vi: '«../media/ke-hoach.pdf» không phải tệp ảnh',
    en: '"../media/ke-hoach.pdf" is not an image file',
  },
  'news/cover-without-alt.mdx': {
    field: 'cover.alt',
    vi: 'ảnh chưa có mô tả «Ảnh đại diện › Mô tả ảnh»',
    en: 'the image has no alt text ("cover.alt")',
  },
  'news/javascript-link-reference.mdx': {
    field: 'body',
    line: 15,
    vi: 'liên kết «javascript:alert(1)» bị từ chối',
    en: 'link "javascript:alert(1)" refused',
  },
  'news/tags-not-a-list.mdx': { field: 'tags', vi: '«Từ khóa» phải là một danh sách', en: '"tags" must be a list' },
  'campaigns/period-end-before-start.mdx': {
    field: 'periodEnd',
    vi: 'ngày kết thúc 2024-01-31 ở trước ngày bắt đầu 2024-03-01',
    en: 'period end 2024-01-31 is before period start 2024-03-01',
  },
  'campaigns/malformed-document-number.mdx': {
    field: 'documentNumber',
    vi: '«Kế hoạch 901» không đúng dạng «Số, ký hiệu văn bản»',
    en: '"Kế hoạch 901" is not a valid "documentNumber" (expected the form of 1579/KH-SKHĐT or 34-CT/TW)',
  },
  'campaigns/impossible-basis-date.mdx': {
    field: 'basis[0].date',
    vi: 'ngày «2023-02-29» không có thật: tháng 2 năm 2023 chỉ có 28 ngày',
    en: 'February 2023 has 28 days',
  },
  'campaigns/duplicate-content-id.mdx': {
    field: 'contents',
    vi: 'mã nội dung «cai-cach-hanh-chinh» dùng cho hai nội dung',
    en: 'content id "cai-cach-hanh-chinh" is used twice',
  },
  'campaigns/duplicate-document-number.mdx': {
    field: 'documentNumber',
    vi: 'văn bản 1579/KH-SKHĐT đã có ở content/campaigns/1579-kh-skhdt.mdx',
    en: 'document 1579/KH-SKHĐT already exists',
  },
  'campaigns/component-with-attributes.mdx': {
    field: 'body',
    line: 41,
    vi: 'thành phần <CampaignContents> không nhận thuộc tính nào',
    en: 'component <CampaignContents> takes no attributes',
  },
  'campaigns/no-contents.mdx': {
    field: 'contents',
    vi: '«Nội dung thi đua» cần ít nhất một mục',
    en: '"contents" needs at least one item',
  },
  'campaigns/signer-not-an-object.mdx': {
    field: 'signer',
    vi: '«Người ký» phải là một nhóm trường con',
    en: '"signer" must be a group of indented sub-fields',
  },
  'units/unknown-successor.yml': {
    field: 'successor',
    vi: '«Đơn vị kế thừa» trỏ tới «phong-da-giai-the»',
    en: '"successor" refers to "phong-da-giai-the", which does not exist',
  },
  'units/successor-itself.yml': {
    field: 'successor',
    vi: '«Đơn vị kế thừa» không thể là chính đơn vị này',
    en: '"successor" cannot point at the entry itself',
  },
  'units/tab-indented.yml': {
    field: 'front matter',
    line: 6,
    vi: 'YAML không hợp lệ ở dòng 6: dùng phím Tab để thụt lề',
    en: 'invalid YAML at line 6: Tabs are not allowed as indentation',
  },
  'units/Van-Phong-So.yml': {
    field: 'file',
    vi: 'tệp này và content/units/van-phong-so.yml cùng cho địa chỉ «van-phong-so»',
    en: 'both get the id and URL "van-phong-so"',
  },
  'units/valid-until-before-from.yml': {
    field: 'validUntil',
    vi: 'ngày ngừng hoạt động 2019-12-31 ở trước ngày bắt đầu 2020-01-01',
    en: 'validUntil 2019-12-31 is before validFrom 2020-01-01',
  },
  'units/order-as-text.yml': {
    field: 'order',
    vi: '«Thứ tự hiển thị» phải là một số nguyên',
    en: '"order" must be a whole number',
  },
  'units/unexpected-extension.yaml': {
    field: 'file',
    vi: 'phần mở rộng «.yaml» không đúng: đổi tên tệp thành «unexpected-extension.yml»',
    en: 'unexpected file extension ".yaml" in content/units/',
  },
  'achievements/individual-without-person.mdx': {
    field: 'person',
    vi: 'thành tích cá nhân cần chọn «Cá nhân được khen»',
    en: 'an individual\'s achievement needs "person"',
  },
  'achievements/collective-with-person.mdx': {
    field: 'person',
    vi: '«Cá nhân được khen» chỉ ghi với thành tích cá nhân',
    en: '"person" is for individuals only',
  },
  'achievements/recipient-not-person-name.mdx': {
    field: 'recipient',
    vi: 'họ tên «Trần Văn Thư» khác tên của cá nhân «tran-van-thu» («Trần Văn Thử»)',
    en: 'recipient "Trần Văn Thư" differs from the name of person "tran-van-thu"',
  },
  'achievements/unknown-person.mdx': {
    field: 'person',
    vi: '«Cá nhân được khen» trỏ tới «tran-van-thu-2» nhưng không có mục nào như vậy trong content/people/',
    en: '"person" refers to "tran-van-thu-2", which does not exist in content/people/',
  },
  'achievements/person-twice-in-decision.mdx': {
    field: 'recipient',
    vi: '«Nguyễn Văn An» đã được ghi nhận trong quyết định 296/QĐ-SKHĐT với cùng hình thức khen thưởng (content/achievements/nguyen-van-an-296-qd-skhdt-2024.mdx)',
    en: 'is already recorded for decision 296/QĐ-SKHĐT',
  },
  'people/trung-nguyen-van-an.yml': {
    field: 'name',
    vi: '«Nguyen Van An» trùng họ tên, đơn vị và chức vụ với content/people/nguyen-van-an.yml',
    en: 'has the same name, unit and position as content/people/nguyen-van-an.yml',
  },
  'tin-tuc/bai-viet.mdx': {
    field: 'file',
    on: 'content/tin-tuc',
    vi: 'thư mục này không thuộc bộ sưu tập nào nên sẽ không được đăng',
    en: 'not a collection, so it would never be published',
  },
};

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split('\\').join('/'))
    .sort();
}

/** A scratch project root holding a copy of the real content/. */
let root: string;
const add = (fixture: string, kind = 'invalid') => {
  const target = join(root, 'content', fixture);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(FIXTURES, kind, fixture), target);
  return target;
};
const remove = (fixture: string) => {
  rmSync(join(root, 'content', fixture));
  const top = fixture.split('/')[0]!;
  if (readdirSync(join(root, 'content', top)).length === 0) rmSync(join(root, 'content', top), { recursive: true });
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'thidua-validate-'));
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  // The person the corpus's individual achievements name (an individual's achievement needs one).
  cpSync(join(FIXTURES, 'people'), join(root, 'content', 'people'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the corpus of bad inputs', () => {
  it('has at least 30 files, each with its expected message in this table', () => {
    const files = filesUnder(join(FIXTURES, 'invalid'));
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.entries(CASES))('%s: one problem, with its field and message', async (fixture, expected) => {
    add(fixture);
    try {
      const { problems } = await validateContent({ root, today: TODAY });
      expect(problems.map(formatProblem)).toHaveLength(1);
      const [p] = problems as [Problem];
      expect(p.file).toBe(expected.on ?? `content/${fixture}`);
      expect(p.field).toBe(expected.field);
      expect(p.vi).toContain(expected.vi);
      expect(p.en).toContain(expected.en);
      if (expected.line) expect(p.line).toBe(expected.line);
      const line = formatProblem(p);
      expect(line).toBe(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.vi} / ${p.en}`);
      expect(line).not.toContain('\n');
    } finally {
      remove(fixture);
    }
  });

  it('reports every problem of a run, not only the first', async () => {
    const some = [
      'achievements/impossible-date.mdx',
      'news/news-in-future.mdx',
      'units/tab-indented.yml',
      'campaigns/period-end-before-start.mdx',
      'achievements/javascript-link.mdx',
    ];
    for (const f of some) add(f);
    try {
      const { problems } = await validateContent({ root, today: TODAY });
      expect(problems.map((p) => p.file).sort()).toEqual(some.map((f) => `content/${f}`).sort());
    } finally {
      for (const f of some) remove(f);
    }
  });
});

describe('a build without illustrative entries', () => {
  it('refuses a real entry that points at an illustrative one, which that build leaves out', async () => {
    // This fixture is a real (not sample) achievement of a sample unit.
    add('achievements/unit-closed-at-decision.mdx');
    try {
      const withSamples = (await validateContent({ root, today: TODAY, includeSamples: true })).problems;
      expect(withSamples.map((p) => p.field)).toEqual(['unit']);
      // (The corpus's person, a real entry, is in an illustrative unit too: only the fixture's own problems count here.)
      const without = (await validateContent({ root, today: TODAY, includeSamples: false })).problems.filter(
        (p) => p.file === 'content/achievements/unit-closed-at-decision.mdx',
      );
      expect(without.map((p) => p.field).sort()).toEqual(['unit', 'unit']);
      expect(without.map((p) => p.en).join('\n')).toContain(
        '"unit" refers to "phong-dang-ky-kinh-doanh", an illustrative entry',
      );
    } finally {
      remove('achievements/unit-closed-at-decision.mdx');
    }
  });
});

describe('content that must pass', () => {
  it('the valid fixtures (HTML in fields, NFD text, stray spaces, a future draft, a comment, images) pass', async () => {
    const valid = filesUnder(join(FIXTURES, 'valid'));
    expect(valid.length).toBeGreaterThan(3);
    for (const f of valid) add(f, 'valid');
    try {
      expect((await validateContent({ root, today: TODAY })).problems.map(formatProblem)).toEqual([]);
    } finally {
      for (const f of valid) remove(f);
    }
  });
});

describe('npm run check', () => {
  const check = (projectRoot: string) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), projectRoot], { encoding: 'utf8' });

  // Two Node processes: generous under a loaded machine (timings are not what this test is about).
  it('exits 0 on valid content and 1 with one line per problem otherwise', { timeout: 60_000 }, () => {
    const ok = check(root);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Nội dung hợp lệ');
    add('achievements/impossible-date.mdx');
    add('units/unknown-successor.yml');
    try {
      const bad = check(root);
      expect(bad.status).toBe(1);
      const lines = bad.stderr.trim().split('\n');
      expect(lines[0]).toContain('Nội dung có 2 lỗi');
      expect(lines.slice(1)).toEqual([
        expect.stringMatching(
          /^content\/achievements\/impossible-date\.mdx: decisionDate: .+ \/ date "2025-02-30" does not exist/,
        ),
        expect.stringMatching(/^content\/units\/unknown-successor\.yml: successor: .+ \/ "successor" refers to/),
      ]);
    } finally {
      remove('achievements/impossible-date.mdx');
      remove('units/unknown-successor.yml');
    }
  });
});
