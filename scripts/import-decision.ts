/**
 * `npm run import -- <file.csv|file.xlsx> [--dry-run] [--content <dir>]`
 *
 * Creates the achievements of an award decision from a spreadsheet (one row per recipient).
 * Nothing is written unless every row is valid; existing files are never overwritten; a second
 * run of the same file creates nothing. See README, "Nhập quyết định từ bảng tính".
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importDecision } from '../src/importer/import.ts';
import { PROJECT_ROOT } from '../src/build/run-build.ts';
import { routes } from '../src/lib/routes.ts';

const USAGE = `Cách dùng: npm run import -- <tệp.xlsx|tệp.csv> [--dry-run] [--content <thư mục>]
  --dry-run          chỉ kiểm tra và in ra các tệp sẽ tạo, không ghi gì
  --content <dir>    thư mục nội dung (mặc định: content/ của dự án)`;

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        content: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  // npm runs scripts from the project root; a relative path is the user's, from where they typed.
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  const file = resolve(cwd, args.positionals[0]!);
  const contentDir = resolve(cwd, args.values.content ?? resolve(PROJECT_ROOT, 'content'));
  const dryRun = args.values['dry-run'] === true;
  const tty = process.stderr.isTTY;

  console.log(`Đọc ${args.positionals[0]}${dryRun ? ' (chạy thử: không ghi tệp nào)' : ''}…`);
  const result = await importDecision({
    file,
    contentDir,
    dryRun,
    onProgress: (done, total) => {
      if (total < 100) return;
      const line = `Đã kiểm tra ${done}/${total} dòng`;
      if (tty) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
      else process.stderr.write(`${line}\n`);
    },
    onValidate: (files) => {
      if (files >= 100)
        process.stderr.write(`Kiểm tra ${files} tệp mới cùng nội dung hiện có theo quy tắc của npm run check…\n`);
    },
  });

  if (!result.ok) {
    for (const e of result.errors) console.error(e);
    console.error(`\n${result.errors.length} lỗi. Chưa ghi tệp nào: sửa bảng tính rồi chạy lại.`);
    return 1;
  }
  console.log(`${result.rows} dòng hợp lệ${result.sheet ? ` (trang tính «${result.sheet}»)` : ''}.`);
  for (const d of result.decisions) {
    console.log(
      `Quyết định ${d.number} ngày ${formatDate(d.date)} của ${d.authority}: ${d.count} tập thể, cá nhân → ${routes.decision(d.slug)}`,
    );
  }
  const verb = dryRun ? 'Sẽ tạo' : 'Đã tạo';
  if (result.people.length > 0) console.log(`${verb} ${result.people.length} cá nhân mới (chưa có trong mục Cá nhân):`);
  for (const p of result.people)
    console.log(`  + ${p.path}  (dòng ${p.line}: ${p.name}${p.position ? `, ${p.position}` : ''})`);
  if (result.create.length === 0) console.log('Không có tệp mới nào cần tạo.');
  else console.log(`${verb} ${result.create.length} tệp:`);
  for (const p of result.create) {
    const d = p.data as { recipient: string; award: string };
    console.log(`  + ${p.path}  (dòng ${p.line}: ${d.recipient} · ${d.award} · ${p.unitName})`);
  }
  if (result.skip.length > 0) {
    console.log(`Bỏ qua ${result.skip.length} dòng đã có (không ghi đè):`);
    for (const p of result.skip) {
      const note =
        p.existing === 'different' ? ' – tệp hiện có khác bảng tính; sửa trực tiếp trong /admin nếu cần' : '';
      console.log(`  = ${p.path}  (dòng ${p.line})${note}`);
    }
  }
  if (dryRun) console.log('Chạy thử xong: chưa ghi gì. Bỏ --dry-run để tạo các tệp.');
  else if (result.create.length > 0) console.log('Xong. Chạy npm run build (hoặc npm start) để xem trên trang.');
  return 0;
}

process.exitCode = await main();
