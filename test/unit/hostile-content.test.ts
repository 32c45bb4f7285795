/**
 * The hostile corpus of issue 12 (files are what they say, text is clean, every failure is a
 * message): each case is added alone to a copy of the fixture site and `npm run check`'s
 * validator must print EXACTLY the lines below for it — no crash, nothing silent. Cases written
 * as files live in test/fixtures/hostile/; the ones git cannot hold well (symbolic links, bytes
 * that are not UTF-8, images) are made here. Text cases also go through the CMS gate
 * (`checkEntry`), which must print the same lines; a few go through the importer.
 */
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/content-model/check-entry.ts';
import { validateContent } from '../../src/content-model/content.ts';
import type { CollectionName } from '../../src/content-model/fields.ts';
import { formatProblem } from '../../src/content-model/problem.ts';
import { readContentSnapshot } from '../../src/content-model/read-content.ts';
import { importDecision } from '../../src/importer/import.ts';
import { FIXTURE_CONTENT, ROOT } from '../support/paths.ts';

const TODAY = '2026-11-27';
const HOSTILE = join(ROOT, 'test/fixtures/hostile');

const bidi = (c: string) =>
  `có ký tự điều khiển hướng chữ vô hình (${c}), có thể làm đảo thứ tự chữ hiển thị; xóa ký tự này (gõ lại đoạn chữ thay vì dán). / invisible bidirectional control ${c}, which can reorder the displayed text; delete it (retype the text rather than paste it).`;
const zeroWidth = (c: string) =>
  `có ký tự vô hình độ rộng 0 (${c}) chia cắt chữ; xóa ký tự này (gõ lại đoạn chữ thay vì dán). / invisible zero-width character ${c}, which splits words invisibly; delete it (retype the text rather than paste it).`;
const plainNumber = (n: string) =>
  `số «${n}» phải viết bằng chữ số thập phân thường (ví dụ 2022), không dùng dạng 0x…, 0o…, 1e3 hay dấu +. / number "${n}" must be written as a plain decimal (e.g. 2022): no 0x…, 0o…, exponent or "+".`;
const tag = (t: string) =>
  `thẻ YAML «${t}» không được dùng; nội dung chỉ là dữ liệu: xóa «${t}» và viết giá trị thường. / YAML tag "${t}" is not allowed (content is data, never code); remove it and write a plain value.`;
const serial = (s: string, n: string) =>
  `số thứ tự «${s}» của số «${n}» phải từ 1 đến 99999; kiểm tra lại số văn bản. / serial "${s}" of number "${n}" must be between 1 and 99999; check the number.`;
const badPercent = (p: string) =>
  `đường dẫn «${p}» có mã «%…» hỏng; viết tên tệp bằng chữ thường không dấu, không dùng dấu %. / path "${p}" has a malformed %-escape; write the file name plainly (lowercase, unaccented, no %).`;
const outside = (p: string) =>
  `đường dẫn «${p}» trỏ ra ngoài thư mục content/; chỉ dùng tệp đã tải lên content/media/, ví dụ ../media/anh.jpg. / path "${p}" points outside content/; use a file uploaded to content/media/, e.g. ../media/photo.jpg.`;
const notImageName = (p: string) =>
  `«${p}» không phải tệp ảnh (.jpg, .jpeg, .png, .webp, .avif, .gif). / "${p}" is not an image file (.jpg, .jpeg, .png, .webp, .avif, .gif).`;
const SYMLINK =
  'đây là liên kết tượng trưng (symlink), không được dùng trong content/: nó có thể đưa tệp ngoài dự án lên trang web; thay bằng chính tệp đó. / symbolic link refused under content/: it could publish a file from outside the project; put the file itself here.';

/** Files of test/fixtures/hostile/ and the exact lines `npm run check` prints for each. */
const FILE_CASES: Record<string, string[]> = {
  'achievements/arabic-letter-mark-in-summary.mdx': [`:13: summary: ${bidi('U+061C')}`],
  'achievements/bidi-escaped-in-yaml.mdx': [`:3: recipient: ${bidi('U+202E')}`],
  'achievements/bidi-in-yaml-comment.mdx': [`:10: front matter: ${bidi('U+202E')}`],
  'achievements/bidi-isolate-in-body.mdx': [`:16: body: ${bidi('U+2066')}`],
  'achievements/bidi-override-in-name.mdx': [`:3: recipient: ${bidi('U+202E')}`],
  'achievements/body-image-outside-content.mdx': [`:16: body: ${outside('../../../public/og-image.png')}`],
  'achievements/bom-inside-text.mdx': [`:13: summary: ${zeroWidth('U+FEFF')}`],
  'achievements/decision-number-32-digits.mdx': [
    `: decisionNumber: ${serial('123456789012…', '12345678901234567890123456789012/QĐ-SKHĐ…')}`,
  ],
  'achievements/decision-number-too-large.mdx': [`: decisionNumber: ${serial('100000', '100000/QĐ-SKHĐT')}`],
  'achievements/decision-number-zero.mdx': [`: decisionNumber: ${serial('0', '0/QĐ-SKHĐT')}`],
  'achievements/lone-surrogate-escaped.mdx': [
    ':3: recipient: có ký tự hỏng (nửa cặp UTF-16, hiện thành �); gõ lại đoạn chữ. / broken character (a lone UTF-16 surrogate, shown as �); retype the text.',
  ],
  'achievements/malformed-percent-in-body-image.mdx': [`:16: body: ${badPercent('../media/%E0%A4%A.jpg')}`],
  'achievements/malformed-percent-in-photo-path.mdx': [`: photo.image: ${badPercent('../media/%E0%A4%A.jpg')}`],
  'achievements/photo-path-absolute.mdx': [
    ': photo.image: đường dẫn «/etc/ssl/anh.jpg» phải tính từ tệp nội dung, ví dụ ../media/anh.jpg. / path "/etc/ssl/anh.jpg" must be relative to the entry, e.g. ../media/photo.jpg.',
  ],
  'achievements/photo-path-outside-content.mdx': [`: photo.image: ${outside('../../../../etc/hostname.jpg')}`],
  'achievements/photo-svg-extension.mdx': [`: photo.image: ${notImageName('../media/anh.svg')}`],
  'achievements/rtl-mark-in-summary.mdx': [`:13: summary: ${bidi('U+200F')}`],
  'achievements/word-joiner-in-summary.mdx': [`:13: summary: ${zeroWidth('U+2060')}`],
  'achievements/yaml-alias-bomb.mdx': [
    ':2: front matter: YAML dùng bí danh (&tên / *tên) quá 20 lần; viết thẳng giá trị, không dùng bí danh. / YAML uses aliases (&name / *name) more than 20 times (an alias bomb); write the values out.',
  ],
  'achievements/yaml-custom-tag.mdx': [`:3: recipient: ${tag('!ruby/object:Gem::Installer')}`],
  'achievements/yaml-explicit-str-tag.mdx': [`:10: year: ${tag('!!str')}`],
  'achievements/yaml-js-function-tag.mdx': [`:10: year: ${tag('!!js/function')}`],
  'achievements/year-exponent.mdx': [`:10: year: ${plainNumber('2e3')}`],
  'achievements/year-hexadecimal.mdx': [`:10: year: ${plainNumber('0x7E6')}`],
  'achievements/year-octal.mdx': [`:10: year: ${plainNumber('0o3746')}`],
  'achievements/year-plus-sign.mdx': [`:10: year: ${plainNumber('+2022')}`],
  'achievements/zero-width-joiner-in-body.mdx': [`:16: body: ${zeroWidth('U+200D')}`],
  'achievements/zero-width-space-in-name.mdx': [`:3: recipient: ${zeroWidth('U+200B')}`],
  'news/attachment-like-link-percent.mdx': [
    ':10: body: liên kết «/ke-hoach/%E0%A4%A/» trỏ tới trang không có trên trang web; kiểm tra lại địa chỉ (ví dụ /thanh-tich/<mã-thành-tích>/). / link "/ke-hoach/%E0%A4%A/" points at a page this site does not have; check the address (e.g. /thanh-tich/<id>/).',
  ],
  'news/bidi-override-in-title.mdx': [`:2: title: ${bidi('U+202E')}`],
  'news/cover-path-outside-content.mdx': [`: cover.image: ${notImageName('../../src/pages/index.astro')}`],
  'news/rtl-mark-in-tag.mdx': [`:7: tags[0]: ${bidi('U+200F')}`],
  'units/bidi-in-name.yml': [`:1: name: ${bidi('U+202E')}`],
  'units/order-octal.yml': [`:3: order: ${plainNumber('0o17')}`],
  'units/zero-width-in-short-name.yml': [`:2: shortName: ${zeroWidth('U+200B')}`],
};

/** An achievement that passes, with a photo or body to vary. */
const achievement = ({
  photo,
  body = 'Ông Trần Văn Thử xây dựng kho dữ liệu.',
  recipient = 'Trần Văn Thử',
}: { photo?: string; body?: string; recipient?: string } = {}) =>
  [
    '---',
    'kind: ca-nhan',
    `recipient: ${recipient}`,
    'person: tran-van-thu',
    'unit: van-phong-so',
    'award: Giấy khen',
    'authority: Giám đốc Sở',
    'decisionNumber: 77/QĐ-SKHĐT',
    'decisionDate: 2023-03-15',
    'summary: Xây dựng kho dữ liệu văn bản điện tử của Sở.',
    ...(photo ? ['photo:', `  image: ${photo}`, '  alt: Ảnh chân dung'] : []),
    '---',
    '',
    body,
    '',
  ].join('\n');

const SVG =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.domain)</script></svg>\n';
/** A PNG header that claims 20,000 × 20 pixels (IHDR is read, the pixels never are). */
function pngHeader(width: number, height: number): Buffer {
  const b = Buffer.alloc(64);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b, 0);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'ascii');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b[24] = 8;
  b[25] = 2;
  return b;
}

type Scene = (root: string, images: { jpeg: Buffer; png: Buffer }) => void;
/** What a scene made, removed after it (never by walking the tree: links may lead anywhere). */
const made: string[] = [];
/** Steps that put the fixture copy back as it was, after a scene that moved part of it. */
const undo: (() => void)[] = [];
const write = (root: string, file: string, data: string | Buffer) => {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), data);
  made.push(join(root, file));
};
const link = (target: string, root: string, file: string) => {
  symlinkSync(target, join(root, file));
  made.push(join(root, file));
};
const A = 'content/achievements/thu.mdx';
const imageMessage = (vi: string, en: string) => `${vi} / ${en}`;

/** Cases made on disk: what is written, and the exact lines (file included) the check prints. */
const DISK_CASES: Record<string, { scene: Scene; lines: string[] }> = {
  'invalid UTF-8 in an achievement (a Windows code page byte on line 3)': {
    scene: (root) =>
      write(
        root,
        A,
        Buffer.concat([
          Buffer.from('---\nkind: ca-nhan\nrecipient: Tr'),
          Buffer.from([0xe2, 0x6e]),
          Buffer.from(' Văn Thử\n---\n'),
        ]),
      ),
    lines: [
      `${A}:3: file: tệp không phải chữ UTF-8 hợp lệ (từ dòng 3); mở tệp và lưu lại với bảng mã UTF-8. / the file is not valid UTF-8 (from line 3); save it again as UTF-8.`,
    ],
  },
  'invalid UTF-8 in a unit (a lone continuation byte on line 1)': {
    scene: (root) =>
      write(
        root,
        'content/units/phong-thu.yml',
        Buffer.concat([Buffer.from('name: Ph'), Buffer.from([0x80]), Buffer.from('ng\nkind: phong\norder: 9\n')]),
      ),
    lines: [
      'content/units/phong-thu.yml:1: file: tệp không phải chữ UTF-8 hợp lệ (từ dòng 1); mở tệp và lưu lại với bảng mã UTF-8. / the file is not valid UTF-8 (from line 1); save it again as UTF-8.',
    ],
  },
  'an SVG with a script saved as .png, as a photo': {
    scene: (root) => {
      write(root, 'content/media/chan-dung.png', SVG);
      write(root, A, achievement({ photo: '../media/chan-dung.png' }));
    },
    lines: [
      `${A}: photo.image: ${imageMessage('«../media/chan-dung.png» là ảnh SVG (có thể chứa mã chạy được), không dùng được làm ảnh; lưu ảnh thành JPG, PNG hoặc WebP.', '"../media/chan-dung.png" is an SVG (which can carry scripts), not accepted as a photo; save it as JPG, PNG or WebP.')}`,
    ],
  },
  'an SVG saved as .png, in a body': {
    scene: (root) => {
      write(root, 'content/media/so-do.png', SVG);
      write(root, A, achievement({ body: 'Sơ đồ: ![Sơ đồ](../media/so-do.png)' }));
    },
    lines: [
      `${A}:13: body: ${imageMessage('«../media/so-do.png» là ảnh SVG (có thể chứa mã chạy được), không dùng được làm ảnh; lưu ảnh thành JPG, PNG hoặc WebP.', '"../media/so-do.png" is an SVG (which can carry scripts), not accepted as a photo; save it as JPG, PNG or WebP.')}`,
    ],
  },
  'text bytes in a .jpg': {
    scene: (root) => {
      write(root, 'content/media/anh.jpg', 'đây không phải ảnh\n');
      write(root, A, achievement({ photo: '../media/anh.jpg' }));
    },
    lines: [
      `${A}: photo.image: «../media/anh.jpg» không phải tệp ảnh; dùng ảnh JPG, PNG, WebP, AVIF hoặc GIF. / "../media/anh.jpg" is not an image; use a JPG, PNG, WebP, AVIF or GIF image.`,
    ],
  },
  'PDF bytes in a .jpg': {
    scene: (root) => {
      write(root, 'content/media/anh.jpg', '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
      write(root, A, achievement({ photo: '../media/anh.jpg' }));
    },
    lines: [
      `${A}: photo.image: «../media/anh.jpg» không phải tệp ảnh (nội dung là PDF); dùng ảnh JPG, PNG, WebP, AVIF hoặc GIF. / "../media/anh.jpg" is not an image (its bytes are PDF); use a JPG, PNG, WebP, AVIF or GIF image.`,
    ],
  },
  'PNG bytes named .jpg': {
    scene: (root, { png }) => {
      write(root, 'content/media/anh.jpg', png);
      write(root, A, achievement({ photo: '../media/anh.jpg' }));
    },
    lines: [
      `${A}: photo.image: «../media/anh.jpg» có đuôi .jpg nhưng nội dung là ảnh PNG; đổi đuôi tệp thành .png. / "../media/anh.jpg" is named .jpg but its bytes are PNG; rename it to .png.`,
    ],
  },
  'JPEG bytes named .png': {
    scene: (root, { jpeg }) => {
      write(root, 'content/media/anh.png', jpeg);
      write(root, A, achievement({ photo: '../media/anh.png' }));
    },
    lines: [
      `${A}: photo.image: «../media/anh.png» có đuôi .png nhưng nội dung là ảnh JPG; đổi đuôi tệp thành .jpg. / "../media/anh.png" is named .png but its bytes are JPG; rename it to .jpg.`,
    ],
  },
  'an image over 10 MB': {
    scene: (root, { jpeg }) => {
      write(root, 'content/media/lon.jpg', Buffer.concat([jpeg, Buffer.alloc(10 * 1024 * 1024)]));
      write(root, A, achievement({ photo: '../media/lon.jpg' }));
    },
    lines: [
      `${A}: photo.image: ảnh «../media/lon.jpg» nặng 10 MB, quá giới hạn 10 MB; thu nhỏ ảnh (ví dụ rộng 2000 điểm ảnh) rồi tải lên lại. / image "../media/lon.jpg" is 10.0 MB, over the 10.0 MB limit; resize it (e.g. 2000 px wide) and upload it again.`,
    ],
  },
  'a PNG header claiming 20,000 × 20 pixels': {
    scene: (root) => {
      write(root, 'content/media/rong.png', pngHeader(20_000, 20));
      write(root, A, achievement({ photo: '../media/rong.png' }));
    },
    lines: [
      `${A}: photo.image: ảnh «../media/rong.png» có kích thước 20000×20 điểm ảnh, quá giới hạn 10000 điểm ảnh mỗi chiều; thu nhỏ ảnh rồi tải lên lại. / image "../media/rong.png" is 20000×20 px, over the 10000 px limit per side; resize it and upload it again.`,
    ],
  },
  'a JPEG cut short (no frame header)': {
    scene: (root) => {
      write(
        root,
        'content/media/hong.jpg',
        Buffer.from([
          0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
          0x00, 0x00,
        ]),
      );
      write(root, A, achievement({ photo: '../media/hong.jpg' }));
    },
    lines: [
      `${A}: photo.image: ảnh «../media/hong.jpg» bị hỏng (không đọc được kích thước); mở và lưu lại ảnh rồi tải lên lại. / image "../media/hong.jpg" is damaged (its size cannot be read); save it again and upload it again.`,
    ],
  },
  'a symlink in content/media to a file of the machine': {
    scene: (root) => link('/etc/hostname', root, 'content/media/may-chu.jpg'),
    lines: [`content/media/may-chu.jpg: file: ${SYMLINK}`],
  },
  'a photo through a symlink to a file outside the project': {
    scene: (root) => {
      link('/etc/hostname', root, 'content/media/may-chu.jpg');
      write(root, A, achievement({ photo: '../media/may-chu.jpg' }));
    },
    lines: [
      `${A}: photo.image: không tìm thấy tệp «../media/may-chu.jpg» (tính từ thư mục của tệp này); tải tệp lên content/media hoặc sửa lại tên tệp. / file "../media/may-chu.jpg" not found (relative to this entry); upload it to content/media or correct the name.`,
      `content/media/may-chu.jpg: file: ${SYMLINK}`,
    ],
  },
  'a symlinked entry file from outside the project': {
    scene: (root) => {
      write(root, 'outside/tin.mdx', achievement());
      link(join(root, 'outside/tin.mdx'), root, 'content/news/tin-ngoai.mdx');
    },
    lines: [`content/news/tin-ngoai.mdx: file: ${SYMLINK}`],
  },
  'a symlink to a directory in content/media': {
    scene: (root) => {
      write(root, 'outside/anh.jpg', 'x');
      link(join(root, 'outside'), root, 'content/media/thu-muc');
    },
    lines: [`content/media/thu-muc: file: ${SYMLINK}`],
  },
  'a broken symlink in a collection': {
    scene: (root) => link(join(root, 'khong-co.mdx'), root, 'content/achievements/gay.mdx'),
    lines: [`content/achievements/gay.mdx: file: ${SYMLINK}`],
  },
  'a symlink as a folder of content/': {
    scene: (root) => {
      write(root, 'outside/anh.jpg', 'x');
      link(join(root, 'outside'), root, 'content/tmp');
    },
    lines: [`content/tmp: file: ${SYMLINK}`],
  },
  'the media folder as a link to a folder outside the project': {
    scene: (root) => {
      mkdirSync(join(root, 'outside'), { recursive: true });
      renameSync(join(root, 'content/media'), join(root, 'outside/media'));
      undo.push(() => renameSync(join(root, 'outside/media'), join(root, 'content/media')));
      link(join(root, 'outside/media'), root, 'content/media');
    },
    // Nothing is read through the link: the covers it held are not found.
    lines: [
      `content/media: file: ${SYMLINK}`,
      'content/news/hoi-nghi-tong-ket-dot-thi-dua-dac-biet.mdx: cover.image: không tìm thấy tệp «../media/hoi-nghi-tong-ket-dot-thi-dua-dac-biet.jpg» (tính từ thư mục của tệp này); tải tệp lên content/media hoặc sửa lại tên tệp. / file "../media/hoi-nghi-tong-ket-dot-thi-dua-dac-biet.jpg" not found (relative to this entry); upload it to content/media or correct the name.',
      'content/news/so-ke-hoach-va-dau-tu-phat-dong-dot-thi-dua-dac-biet.mdx: cover.image: không tìm thấy tệp «../media/phat-dong-dot-thi-dua-dac-biet.jpg» (tính từ thư mục của tệp này); tải tệp lên content/media hoặc sửa lại tên tệp. / file "../media/phat-dong-dot-thi-dua-dac-biet.jpg" not found (relative to this entry); upload it to content/media or correct the name.',
    ],
  },
  'an entry file over 1 MB': {
    scene: (root) => write(root, A, achievement({ body: 'Chữ. '.repeat(220_000) })),
    lines: [
      `${A}: file: tệp nặng 1504 KB, quá giới hạn 1024 KB cho một mục; chia nội dung thành nhiều mục. / the file is 1504 KB, over the 1024 KB limit for one entry; split it.`,
    ],
  },
  'a body over 200,000 characters': {
    scene: (root) => write(root, A, achievement({ body: 'Chu. '.repeat(50_000) })),
    lines: [
      `${A}:12: body: nội dung dài 250.002 ký tự, quá giới hạn 200.000; chia thành nhiều bài hoặc đưa văn bản đầy đủ vào tệp đính kèm. / the body is 250002 characters long, over the limit of 200000; split it or attach the full text as a file.`,
    ],
  },
  'a real JPEG photo and a BOM at the start of the file pass': {
    scene: (root, { jpeg }) => {
      write(root, 'content/media/that.jpg', jpeg);
      write(root, A, `\uFEFF${achievement({ photo: '../media/that.jpg' })}`);
    },
    lines: [],
  },
};

let root: string;
let images: { jpeg: Buffer; png: Buffer };
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'thidua-hostile-'));
  cpSync(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
  // The person the corpus's individual achievements name (an individual's achievement needs one).
  cpSync(join(ROOT, 'test/fixtures/people'), join(root, 'content', 'people'), { recursive: true });
  const picture = sharp({ create: { width: 40, height: 30, channels: 3, background: '#b22' } });
  images = { jpeg: await picture.clone().jpeg().toBuffer(), png: await picture.clone().png().toBuffer() };
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The lines of a check of `root`, restricted to what a case added (the fixture site is clean). */
async function checkLines(): Promise<string[]> {
  return (await validateContent({ root, today: TODAY })).problems.map(formatProblem);
}

describe('hostile files of test/fixtures/hostile/', () => {
  it('holds at least 35 cases, each with its expected lines', () => {
    const files = (readdirSync(HOSTILE, { recursive: true }) as string[])
      .map((f) => f.split('\\').join('/'))
      .filter((f) => /\.(mdx|yml)$/.test(f))
      .sort();
    expect(files).toEqual(Object.keys(FILE_CASES).sort());
    expect(files.length + Object.keys(DISK_CASES).length).toBeGreaterThanOrEqual(35);
  });

  it.each(Object.entries(FILE_CASES))(
    '%s: npm run check and the CMS gate print exactly its lines',
    async (fixture, expected) => {
      const file = `content/${fixture}`;
      const lines = expected.map((l) => `${file}${l}`);
      const source = readFileSync(join(HOSTILE, fixture), 'utf8');
      const gate = checkEntry(
        { collection: fixture.split('/')[0] as CollectionName, file, source },
        await readContentSnapshot(root),
        { today: TODAY },
      );
      expect(gate.map(formatProblem)).toEqual(lines);
      copyFileSync(join(HOSTILE, fixture), join(root, file));
      try {
        expect(await checkLines()).toEqual(lines);
      } finally {
        rmSync(join(root, file));
      }
    },
  );
});

describe('hostile files made on disk', () => {
  it.each(Object.entries(DISK_CASES))('%s', async (_name, { scene, lines }) => {
    scene(root, images);
    try {
      expect(await checkLines()).toEqual(lines);
    } finally {
      // rmSync removes a link itself, never what it points at.
      for (const path of made.splice(0).reverse()) rmSync(path, { force: true });
      for (const step of undo.splice(0).reverse()) step();
      rmSync(join(root, 'outside'), { recursive: true, force: true });
    }
  });
});

describe('hostile rows through the importer', () => {
  let content: string;
  beforeAll(() => {
    content = join(root, 'import-content');
    cpSync(join(FIXTURE_CONTENT, 'units'), join(content, 'units'), { recursive: true });
    cpSync(join(FIXTURE_CONTENT, 'campaigns'), join(content, 'campaigns'), { recursive: true });
  });
  const HEAD =
    'Họ tên / Tên tập thể,Loại (Tập thể/Cá nhân),Đơn vị,Hình thức,Cấp khen,Số quyết định,Ngày quyết định,Năm thành tích,Tóm tắt';
  const rowsOf = async (name: string, row: string) => {
    const file = join(root, name);
    rmSync(join(content, 'achievements'), { recursive: true, force: true });
    writeFileSync(file, `\uFEFF${HEAD}\r\n${row}\r\n`);
    const result = await importDecision({ file, contentDir: content, today: TODAY });
    expect(result.written).toEqual([]);
    expect(readdirSync(content).sort()).toEqual(['campaigns', 'units']);
    return result.errors;
  };

  it("a right-to-left override in a name is refused with the model's sentence, nothing written", async () => {
    expect(
      await rowsOf(
        'rlo.csv',
        'Trần Văn \u202eThử,Cá nhân,VP,Giấy khen,Giám đốc Sở,77/QĐ-SKHĐT,15/03/2023,,Số hóa hồ sơ.',
      ),
    ).toEqual([
      'rlo.csv dòng 2, cột «Họ tên / Tên tập thể»: Có ký tự điều khiển hướng chữ vô hình (U+202E), có thể làm đảo thứ tự chữ hiển thị; xóa ký tự này (gõ lại đoạn chữ thay vì dán).',
    ]);
  });

  it('a zero-width space in a name is refused the same way', async () => {
    expect(
      await rowsOf(
        'zw.csv',
        'Trần\u200b Văn Thử,Cá nhân,VP,Giấy khen,Giám đốc Sở,77/QĐ-SKHĐT,15/03/2023,,Số hóa hồ sơ.',
      ),
    ).toEqual([
      'zw.csv dòng 2, cột «Họ tên / Tên tập thể»: Có ký tự vô hình độ rộng 0 (U+200B) chia cắt chữ; xóa ký tự này (gõ lại đoạn chữ thay vì dán).',
    ]);
  });

  it('decision number 0 is refused by the bounds rule', async () => {
    expect(
      await rowsOf('zero.csv', 'Trần Văn Thử,Cá nhân,VP,Giấy khen,Giám đốc Sở,0/QĐ-SKHĐT,15/03/2023,,Số hóa hồ sơ.'),
    ).toEqual([
      'zero.csv dòng 2, cột «Số quyết định»: Số thứ tự «0» của số «0/QĐ-SKHĐT» phải từ 1 đến 99999; kiểm tra lại số văn bản.',
    ]);
  });

  it('a year written 0x7E6 is refused', async () => {
    const errors = await rowsOf(
      'hex.csv',
      'Trần Văn Thử,Cá nhân,VP,Giấy khen,Giám đốc Sở,77/QĐ-SKHĐT,15/03/2023,0x7E6,Số hóa hồ sơ.',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^hex\.csv dòng 2, cột «Năm thành tích»: /);
  });
});
