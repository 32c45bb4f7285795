/**
 * The spreadsheet importer on fixture files (test/fixtures/import/), into a throwaway content
 * folder holding copies of the project's units and campaigns: never the repository's content/.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDecision } from '../../src/importer/import.ts';
import { FIXTURE_CONTENT, ROOT } from '../support/paths.ts';

const FIXTURES = join(ROOT, 'test/fixtures/import');
const fixture = (name: string) => join(FIXTURES, name);
let content: string;

beforeEach(async () => {
  content = await mkdtemp(join(tmpdir(), 'thidua-import-'));
  await cp(join(FIXTURE_CONTENT, 'units'), join(content, 'units'), { recursive: true });
  await cp(join(FIXTURE_CONTENT, 'campaigns'), join(content, 'campaigns'), { recursive: true });
});
afterEach(() => rm(content, { recursive: true, force: true }));

async function written(): Promise<Record<string, string>> {
  const dir = join(content, 'achievements');
  const names = await readdir(dir).catch(() => [] as string[]);
  return Object.fromEntries(
    await Promise.all(names.sort().map(async (n) => [n, await readFile(join(dir, n), 'utf8')] as const)),
  );
}

async function expected(): Promise<Record<string, string>> {
  const dir = join(FIXTURES, 'expected');
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n), 'utf8')] as const)),
  );
}

describe('importing a valid decision', () => {
  it.each(['valid-decision.csv', 'valid-decision.xlsx'])('%s creates exactly the expected files', async (name) => {
    const result = await importDecision({ file: fixture(name), contentDir: content });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.rows).toBe(5);
    // Paths as the clerk sees them: the content folder's name, then achievements/.
    const folder = content.split('/').at(-1)!;
    expect(result.create.map((p) => p.path)).toEqual(
      ['phong-tong-hop-quy-hoach', 'tran-van-binh', 'le-thi-thu-trang', 'vo-minh-khang', 'thanh-tra-so'].map(
        (name) => `${folder}/achievements/${name}-210-qd-skhdt-2022.mdx`,
      ),
    );
    expect(result.decisions).toEqual([
      { slug: '210-qd-skhdt-2022', number: '210/QĐ-SKHĐT', date: '2022-12-20', authority: 'Giám đốc Sở', count: 5 },
    ]);
    expect(await written()).toEqual(await expected());
  });

  it('writes NFC text and escapes what MDX would execute', async () => {
    await importDecision({ file: fixture('valid-decision.csv'), contentDir: content });
    const files = await written();
    for (const text of Object.values(files)) expect(text).toBe(text.normalize('NFC'));
    expect(files['tran-van-binh-210-qd-skhdt-2022.mdx']).toContain('\\{12.000\\} hồ sơ lưu trữ \\<đúng hạn\\>');
  });

  it('--dry-run lists the files and writes nothing', async () => {
    const result = await importDecision({ file: fixture('valid-decision.csv'), contentDir: content, dryRun: true });
    expect(result.ok).toBe(true);
    expect(result.create).toHaveLength(5);
    expect(result.written).toEqual([]);
    expect(await written()).toEqual({});
  });

  it('creates nothing new the second time, and never overwrites a file', async () => {
    await importDecision({ file: fixture('valid-decision.csv'), contentDir: content });
    const edited = join(content, 'achievements', 'thanh-tra-so-210-qd-skhdt-2022.mdx');
    const editedText = (await readFile(edited, 'utf8')).replace('năm 2022', 'năm 2022 (đã sửa trong CMS)');
    await writeFile(edited, editedText);
    const before = await written();

    const again = await importDecision({ file: fixture('valid-decision.xlsx'), contentDir: content });
    expect(again.ok).toBe(true);
    expect(again.create).toEqual([]);
    expect(again.skip.map((p) => [p.id, p.existing])).toEqual([
      ['phong-tong-hop-quy-hoach-210-qd-skhdt-2022', 'same'],
      ['tran-van-binh-210-qd-skhdt-2022', 'same'],
      ['le-thi-thu-trang-210-qd-skhdt-2022', 'same'],
      ['vo-minh-khang-210-qd-skhdt-2022', 'same'],
      ['thanh-tra-so-210-qd-skhdt-2022', 'different'],
    ]);
    expect(await written()).toEqual(before);
  });

  it('finds a recipient already recorded under another file name', async () => {
    await mkdir(join(content, 'achievements'));
    await cp(
      join(FIXTURES, 'expected/thanh-tra-so-210-qd-skhdt-2022.mdx'),
      join(content, 'achievements/thanh-tra-so-qd-210.mdx'),
    );
    const result = await importDecision({ file: fixture('valid-decision.csv'), contentDir: content });
    expect(result.create).toHaveLength(4);
    expect(result.skip.map((p) => p.id)).toEqual(['thanh-tra-so-qd-210']);
  });

  it('refuses a decision whose number and year are already recorded with another date', async () => {
    await mkdir(join(content, 'achievements'));
    const other = (await readFile(join(FIXTURES, 'expected/thanh-tra-so-210-qd-skhdt-2022.mdx'), 'utf8')).replace(
      '2022-12-20',
      '2022-12-22',
    );
    await writeFile(join(content, 'achievements/thanh-tra-so-210-qd-skhdt-2022.mdx'), other);
    const result = await importDecision({ file: fixture('valid-decision.csv'), contentDir: content });
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toBe(
      // The content model's rule (decisionAgrees), as npm run check and the CMS say it.
      'valid-decision.csv dòng 2, cột «Ngày quyết định»: Quyết định 210/QĐ-SKHĐT đã được ghi với «Ngày quyết định» là «2022-12-22» (content/achievements/thanh-tra-so-210-qd-skhdt-2022.mdx), ở đây lại là «2022-12-20»; một quyết định chỉ có một giá trị, sửa cho khớp.',
    );
    expect(Object.keys(await written())).toEqual(['thanh-tra-so-210-qd-skhdt-2022.mdx']);
  });
});

describe('invalid spreadsheets: row-level errors, nothing written', () => {
  const cases: [string, string[]][] = [
    [
      'invalid-unknown-unit.csv',
      [
        'invalid-unknown-unit.csv dòng 3, cột «Đơn vị»: Không có đơn vị «Phòng Quản trị». Ghi tên, tên viết tắt hoặc mã đơn vị như trong mục Đơn vị của trang.',
      ],
    ],
    [
      'invalid-bad-date.csv',
      [
        'invalid-bad-date.csv dòng 2, cột «Ngày quyết định»: Ngày «31/02/2022» không có thật (ghi theo thứ tự ngày/tháng/năm).',
        'invalid-bad-date.csv dòng 3, cột «Ngày quyết định»: Ngày «2022/12/20» không đúng dạng; ghi ngày/tháng/năm (ví dụ 28/12/2023) hoặc năm-tháng-ngày (2023-12-28).',
      ],
    ],
    [
      'invalid-duplicate-row.csv',
      [
        'invalid-duplicate-row.csv dòng 5, cột «Họ tên / Tên tập thể»: «Trần Văn Bình» trùng với dòng 3 (cùng người hoặc tập thể, cùng quyết định 210/QĐ-SKHĐT).',
      ],
    ],
    [
      'invalid-missing-name.csv',
      ['invalid-missing-name.csv dòng 3, cột «Họ tên / Tên tập thể»: «Họ tên / Tên tập thể» không được để trống.'],
    ],
    [
      'invalid-unknown-form.csv',
      [
        expect.stringMatching(
          /^invalid-unknown-form\.csv dòng 4, cột «Hình thức»: Không có hình thức khen thưởng «Bằng khen của Giám đốc» trong danh mục\. Chọn một trong: .*«Giấy khen»/,
        ) as unknown as string,
      ],
    ],
    [
      'invalid-bad-number.csv',
      [2, 3, 4].map(
        (line) =>
          `invalid-bad-number.csv dòng ${line}, cột «Số quyết định»: «210/QD-SKHDT»: Số quyết định có dạng số/QĐ-cơ quan, ví dụ 45/QĐ-SKHĐT. Viết «QĐ» với chữ Đ.`,
      ),
    ],
    // Found by the content validator (src/content-model/) run over the files the import would write.
    [
      'invalid-award-kind.csv',
      [
        'invalid-award-kind.csv dòng 2, cột «Hình thức»: «Lao động tiên tiến» không dành cho tập thể; kiểm tra lại «Loại» hoặc hình thức khen thưởng.',
      ],
    ],
    [
      'invalid-wrong-encoding.csv',
      [
        'invalid-wrong-encoding.csv: tệp không phải UTF-8 (có lẽ được lưu bằng bảng mã Windows/ANSI nên chữ có dấu sẽ bị lỗi). Trong Excel chọn File › Save As › «CSV UTF-8 (Comma delimited) (*.csv)», hoặc dùng mẫu .xlsx.',
      ],
    ],
  ];

  it.each(cases)('%s', async (name, errors) => {
    const result = await importDecision({ file: fixture(name), contentDir: content });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual(errors);
    expect(result.written).toEqual([]);
    expect(await written()).toEqual({});
  });

  it('reports a missing column, an unknown column and a file without rows', async () => {
    const file = join(content, 'cot.csv');
    await writeFile(file, '\uFEFFHọ tên;Loại;Đơn vị;Hình thức;Cấp khen;Số quyết định;Ngày quyết định;Điểm thưởng\r\n');
    const result = await importDecision({ file, contentDir: content });
    expect(result.errors).toEqual([
      'cot.csv dòng 1: thiếu cột «Tóm tắt thành tích».',
      expect.stringMatching(
        /^cot\.csv dòng 1, cột «Điểm thưởng»: không phải cột của mẫu nhập; các cột: «Họ tên \/ Tên tập thể», /,
      ),
    ]);
    const empty = await importDecision({ file: join(ROOT, 'templates/mau-nhap-quyet-dinh.xlsx'), contentDir: content });
    expect(empty.errors).toEqual(['mau-nhap-quyet-dinh.xlsx: không có dòng dữ liệu nào dưới dòng tiêu đề (dòng 1).']);
  });

  it("two rows of one decision with two dates: the content model's rule, on the second file", async () => {
    const file = join(content, 'hai-ngay.csv');
    await writeFile(
      file,
      [
        'Họ tên,Loại,Đơn vị,Hình thức,Cấp khen,Số quyết định,Ngày quyết định,Tóm tắt',
        'Nguyễn A,Cá nhân,VP,Giấy khen,Giám đốc Sở,7/QĐ-SKHĐT,01/03/2023,Tốt.',
        'Nguyễn B,Cá nhân,VP,Giấy khen,Giám đốc Sở,7/QĐ-SKHĐT,02/03/2023,Tốt.',
      ].join('\n'),
    );
    const result = await importDecision({ file, contentDir: content, today: '2026-11-27' });
    expect(result.errors).toEqual([
      'hai-ngay.csv dòng 3, cột «Ngày quyết định»: Quyết định 7/QĐ-SKHĐT đã được ghi với «Ngày quyết định» là «2023-03-01» (content/achievements/nguyen-a-7-qd-skhdt-2023.mdx), ở đây lại là «2023-03-02»; một quyết định chỉ có một giá trị, sửa cho khớp.',
    ]);
    expect(await written()).toEqual({});
  });

  it('reports every problem of every row in one run', async () => {
    const file = join(content, 'nhieu-loi.csv');
    await writeFile(
      file,
      [
        'Họ tên,Loại,Đơn vị,Hình thức,Cấp khen,Số quyết định,Ngày quyết định,Đợt thi đua,Nội dung thi đua,Tóm tắt',
        'Nguyễn A,Cá nhân,Phòng X,Giấy khen,Giám đốc Sở,1/QĐ-SKHĐT,30/02/2023,,Chuyển đổi số,Tốt.',
        'Nguyễn B,Nhóm,VP,Giấy khen,Ông Giám đốc,1/QĐ-SKHĐT,01/03/2023,9999/KH-X,,',
        'Nguyễn C,Cá nhân,VP,Giấy khen,Giám đốc Sở,2/QĐ-SKHĐT,01/03/2022,1579/KH-SKHĐT,Nội dung 9,Tốt.',
        'Nguyễn D,Cá nhân,VP,Giấy khen,Giám đốc Sở,3/QĐ-SKHĐT,01/03/2022,1579/KH-SKHĐT,5,Tốt.',
        'Nguyễn E,Cá nhân,VP,Giấy khen,Giám đốc Sở,4/QĐ-SKHĐT,02/01/2027,,,Tốt.',
      ].join('\n'),
    );
    const result = await importDecision({ file, contentDir: content, today: '2026-11-27' });
    expect(result.errors).toEqual([
      'nhieu-loi.csv dòng 2, cột «Ngày quyết định»: Ngày «30/02/2023» không có thật (ghi theo thứ tự ngày/tháng/năm).',
      'nhieu-loi.csv dòng 2, cột «Đơn vị»: Không có đơn vị «Phòng X». Ghi tên, tên viết tắt hoặc mã đơn vị như trong mục Đơn vị của trang.',
      'nhieu-loi.csv dòng 2, cột «Nội dung thi đua»: Có nội dung thi đua nhưng chưa ghi đợt thi đua.',
      'nhieu-loi.csv dòng 3, cột «Loại»: «Nhóm» không phải loại hợp lệ; ghi «Tập thể», «Cá nhân».',
      expect.stringMatching(
        /^nhieu-loi\.csv dòng 3, cột «Cấp khen»: Không có cấp khen «Ông Giám đốc» trong danh mục\. Chọn một trong: «Chủ tịch nước»/,
      ),
      expect.stringMatching(/^nhieu-loi\.csv dòng 3, cột «Đợt thi đua»: Không có đợt thi đua «9999\/KH-X»\./),
      'nhieu-loi.csv dòng 3, cột «Tóm tắt»: «Tóm tắt thành tích» không được để trống.',
      expect.stringMatching(
        /^nhieu-loi\.csv dòng 4, cột «Nội dung thi đua»: «Nội dung 9» không phải nội dung thi đua của 1579\/KH-SKHĐT\. Các nội dung: 1\. /,
      ),
      // The rows that resolved are then held to the content validator's rules.
      'nhieu-loi.csv dòng 5, cột «Ngày quyết định»: Ngày quyết định 2022-03-01 ở trước ngày ban hành kế hoạch của đợt thi đua (2022-06-15); kiểm tra lại ngày, hoặc đợt thi đua.',
      'nhieu-loi.csv dòng 6, cột «Ngày quyết định»: Ngày quyết định 2027-01-02 ở sau hôm nay (2026-11-27); kiểm tra lại ngày.',
    ]);
    expect(await written()).toEqual({});
  });
});

describe('people: who an individual row names', () => {
  const HEADER =
    'Họ tên / Tên tập thể;Mã cá nhân;Loại;Chức vụ;Đơn vị;Hình thức;Cấp khen;Số quyết định;Ngày quyết định;Tóm tắt';
  /** A one-decision sheet: each row is [name, person id, unit]. */
  async function sheet(rows: [string, string, string][]): Promise<string> {
    const file = join(content, 'nguoi.csv');
    const lines = rows.map(
      ([name, id, unit]) =>
        `${name};${id};Cá nhân;Chuyên viên;${unit};Giấy khen;Giám đốc Sở;99/QĐ-SKHĐT;15/12/2025;Hoàn thành tốt nhiệm vụ.`,
    );
    await writeFile(file, `\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);
    return file;
  }
  async function person(id: string, name: string, unit: string, position = 'Chuyên viên') {
    await mkdir(join(content, 'people'), { recursive: true });
    await writeFile(join(content, 'people', `${id}.yml`), `name: ${name}\nunit: ${unit}\nposition: ${position}\n`);
  }
  const personOf = async (file: string) =>
    /^person: (.*)$/m.exec(await readFile(join(content, 'achievements', file), 'utf8'))?.[1];

  it('creates a person the archive does not know, once for two rows, and --dry-run lists them', async () => {
    const file = await sheet([
      ['Đinh Văn Mới', '', 'Văn phòng Sở'],
      ['Hồ Thị Mới', '', 'VP'],
    ]);
    const dry = await importDecision({ file, contentDir: content, dryRun: true });
    expect(dry.errors).toEqual([]);
    const folder = content.split('/').at(-1)!;
    expect(dry.people.map((p) => [p.line, p.path])).toEqual([
      [2, `${folder}/people/dinh-van-moi.yml`],
      [3, `${folder}/people/ho-thi-moi.yml`],
    ]);
    expect(await readdir(content)).not.toContain('people');

    await importDecision({ file, contentDir: content });
    expect(await readFile(join(content, 'people/dinh-van-moi.yml'), 'utf8')).toBe(
      'name: Đinh Văn Mới\nunit: van-phong-so\nposition: Chuyên viên\n',
    );
    expect(await personOf('dinh-van-moi-99-qd-skhdt-2025.mdx')).toBe('dinh-van-moi');
  });

  it('finds a known person by name and unit without tones, and a namesake in another unit stays apart', async () => {
    await person('nguyen-van-an', 'Nguyễn Văn An', 'van-phong-so');
    await person('nguyen-van-an-2', 'Nguyễn Văn An', 'thanh-tra-so', 'Thanh tra viên');
    const result = await importDecision({
      file: await sheet([['NGUYEN VAN AN', '', 'Thanh tra Sở']]),
      contentDir: content,
    });
    expect(result.errors).toEqual([]);
    expect(result.people).toEqual([]);
    expect(await personOf('nguyen-van-an-99-qd-skhdt-2025.mdx')).toBe('nguyen-van-an-2');
  });

  it('follows a person whose unit was merged into their current one', async () => {
    // Phòng Đăng ký kinh doanh was merged into Phòng Doanh nghiệp và Đăng ký kinh doanh in 2025.
    await person('pham-thi-thu-ha', 'Phạm Thị Thu Hà', 'phong-doanh-nghiep-va-dang-ky-kinh-doanh');
    const file = join(content, 'nguoi.csv');
    await writeFile(
      file,
      `\uFEFF${HEADER}\r\nPhạm Thị Thu Hà;;Cá nhân;Chuyên viên;Phòng Đăng ký kinh doanh;Giấy khen;Giám đốc Sở;98/QĐ-SKHĐT;15/12/2024;Hoàn thành tốt nhiệm vụ.\r\n`,
    );
    const result = await importDecision({ file, contentDir: content });
    expect(result.errors).toEqual([]);
    expect(await personOf('pham-thi-thu-ha-98-qd-skhdt-2024.mdx')).toBe('pham-thi-thu-ha');
  });

  it('reports by row a name it cannot tell apart, and writes nothing', async () => {
    await person('le-van-hai', 'Lê Văn Hai', 'van-phong-so', 'Chuyên viên');
    await person('le-van-hai-2', 'Lê Văn Hai', 'van-phong-so', 'Kế toán');
    await person('tran-thi-ba', 'Trần Thị Ba', 'thanh-tra-so');
    const result = await importDecision({
      file: await sheet([
        ['Le Van Hai', '', 'Văn phòng Sở'],
        ['Trần Thị Ba', '', 'Văn phòng Sở'],
      ]),
      contentDir: content,
    });
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      'nguoi.csv dòng 2, cột «Họ tên / Tên tập thể»: «Le Van Hai» ứng với nhiều người cùng đơn vị: le-van-hai (Chuyên viên, Văn phòng Sở); le-van-hai-2 (Kế toán, Văn phòng Sở); ghi mã của đúng người vào cột «Mã cá nhân».',
      'nguoi.csv dòng 3, cột «Họ tên / Tên tập thể»: «Trần Thị Ba» đã có trong mục Cá nhân nhưng ở đơn vị khác: tran-thi-ba (Chuyên viên, Thanh tra Sở). Nếu là cùng một người (đã chuyển đơn vị), ghi mã đó vào cột «Mã cá nhân»; nếu là người khác cùng tên, ghi một mã mới, ví dụ «tran-thi-ba-2».',
    ]);
    expect(await written()).toEqual({});
  });

  it('takes the «Mã cá nhân» column for a move or a new namesake, and refuses a code of someone else', async () => {
    await person('le-van-hai', 'Lê Văn Hai', 'van-phong-so', 'Chuyên viên');
    await person('le-van-hai-2', 'Lê Văn Hai', 'van-phong-so', 'Kế toán');
    await person('tran-thi-ba', 'Trần Thị Ba', 'thanh-tra-so');
    const ok = await importDecision({
      file: await sheet([
        ['Lê Văn Hai', 'le-van-hai-2', 'VP'],
        ['Trần Thị Ba', 'tran-thi-ba', 'VP'],
      ]),
      contentDir: content,
      dryRun: true,
    });
    expect(ok.errors).toEqual([]);
    expect(ok.create.map((e) => e.data['person'])).toEqual(['le-van-hai-2', 'tran-thi-ba']);
    const bad = await importDecision({ file: await sheet([['Lê Văn Hai', 'tran-thi-ba', 'VP']]), contentDir: content });
    expect(bad.errors).toEqual([
      'nguoi.csv dòng 2, cột «Mã cá nhân»: mã cá nhân «tran-thi-ba» là của «Trần Thị Ba», không phải «Lê Văn Hai»; kiểm tra lại mã hoặc họ tên.',
    ]);
  });
});
