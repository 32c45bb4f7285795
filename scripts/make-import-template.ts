/**
 * Writes the import templates, templates/mau-nhap-quyet-dinh.xlsx and .csv, from the import
 * columns (src/importer/columns.ts) and the current units and campaigns, so the template
 * always has the columns the importer reads. Run after changing columns, units or campaigns:
 * `node scripts/make-import-template.ts` (the files are committed).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { toCsvText } from '../src/lib/csv.ts';
import { AUTHORITIES, AWARD_FORMS, RECIPIENT_KINDS } from '../src/schema/vocabulary.ts';
import { PROJECT_ROOT } from '../src/build/run-build.ts';
import { IMPORT_COLUMNS } from '../src/importer/columns.ts';
import { loadContentIndex } from '../src/importer/content-index.ts';

const OUT = join(PROJECT_ROOT, 'templates');
const NAME = 'mau-nhap-quyet-dinh';
/** Rows of the data sheet that get drop-down lists and formats. */
const ROWS = 500;
// A fixed date keeps the committed file from changing on every run.
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

/** exceljs writes sheet-level data validations but leaves them out of its type declarations. */
const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
const column = (key: string) => IMPORT_COLUMNS.findIndex((c) => c.key === key) + 1;
const letter = (n: number) => String.fromCharCode(64 + n);

export async function makeTemplates(contentDir = join(PROJECT_ROOT, 'content')): Promise<void> {
  const index = await loadContentIndex(contentDir);
  await mkdir(OUT, { recursive: true });

  // CSV: the header row only, `;`-separated and with a BOM, as Excel saves «CSV UTF-8» in Vietnam.
  const csv = toCsvText([], { header: IMPORT_COLUMNS.map((c) => c.header), delimiter: ';' });
  await writeFile(join(OUT, `${NAME}.csv`), csv);

  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;

  const data = wb.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = IMPORT_COLUMNS.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(14, Math.min(48, c.header.length + 6, c.example.length + 4)),
  }));
  const header = data.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  IMPORT_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.required ? 'FFF5E1E1' : 'FFF5F3EF' } };
    cell.note = `${c.required ? 'Bắt buộc. ' : 'Không bắt buộc. '}${c.help} Ví dụ: ${c.example}`;
  });
  data.getColumn(column('decisionDate')).numFmt = 'dd/mm/yyyy';
  data.getColumn(column('decisionNumber')).numFmt = '@';

  // Lists for the drop-downs live on their own sheet.
  const lists = wb.addWorksheet('Danh mục');
  const listColumns: { key: string; title: string; values: string[] }[] = [
    { key: 'kind', title: 'Loại', values: RECIPIENT_KINDS.map((k) => k.label) },
    { key: 'award', title: 'Hình thức khen thưởng', values: AWARD_FORMS.map((f) => f.value) },
    { key: 'authority', title: 'Cấp khen', values: [...AUTHORITIES] },
    { key: 'unit', title: 'Đơn vị', values: index.units.map((u) => u.name) },
    { key: 'campaign', title: 'Đợt thi đua (số kế hoạch)', values: index.campaigns.map((c) => c.documentNumber) },
  ];
  listColumns.forEach((list, i) => {
    const col = i + 1;
    lists.getColumn(col).width = 40;
    lists.getCell(1, col).value = list.title;
    lists.getCell(1, col).font = { bold: true };
    list.values.forEach((v, r) => (lists.getCell(r + 2, col).value = v));
    const target = letter(column(list.key));
    const source = `'Danh mục'!$${letter(col)}$2:$${letter(col)}$${list.values.length + 1}`;
    validations(data).add(`${target}2:${target}${ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [source],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: list.title,
      error: `Giá trị không có trong danh mục «${list.title}»; chương trình nhập sẽ báo lỗi.`,
    });
  });

  const help = wb.addWorksheet('Hướng dẫn');
  help.columns = [
    { header: 'Cột', key: 'header', width: 26 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Cách ghi', key: 'help', width: 70 },
    { header: 'Ví dụ', key: 'example', width: 40 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of IMPORT_COLUMNS)
    help.addRow({ header: c.header, required: c.required ? 'Có' : '', help: c.help, example: c.example });
  help.addRow({});
  help.addRow({
    header:
      'Mỗi dòng của trang «Danh sách» là một tập thể hoặc cá nhân được khen. Lệnh nhập: npm run import -- <tệp.xlsx> --dry-run (chạy thử), rồi bỏ --dry-run để ghi.',
  });
  help.getColumn(3).alignment = { wrapText: true, vertical: 'top' };

  await wb.xlsx.writeFile(join(OUT, `${NAME}.xlsx`));
}

if (import.meta.main) {
  await makeTemplates();
  console.log(`Đã ghi templates/${NAME}.xlsx và templates/${NAME}.csv`);
}
