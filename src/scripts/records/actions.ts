/**
 * The buttons of a record (RecordTables.astro): «Sao chép bảng» puts both tables on the
 * clipboard as HTML (Word and LibreOffice paste a real table with borders) and as tab-separated
 * text (spreadsheets, plain editors); «In / lưu PDF» opens the print dialog (the print
 * stylesheet lays the record out on A4). Without this script the buttons stay hidden.
 */

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
const cellText = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Title, header row and rows of each table of a record, as text. */
function tablesOf(root: Element): { title: string; rows: string[][] }[] {
  return [...root.querySelectorAll('[data-record-table]')].map((section) => ({
    title: cellText(section.querySelector('.record__title')!),
    rows: [...section.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map(cellText)),
  }));
}

export function recordAsTsv(root: Element): string {
  return tablesOf(root)
    .map((t) => [t.title, ...(t.rows.length > 0 ? t.rows.map((r) => r.join('\t')) : ['(không có)'])].join('\n'))
    .join('\n\n');
}

export function recordAsHtml(root: Element): string {
  const style = 'border:1px solid #000;padding:4px;vertical-align:top';
  return tablesOf(root)
    .map((t) => {
      const [head, ...body] = t.rows;
      const table = head
        ? `<table style="border-collapse:collapse"><thead><tr>${head.map((c) => `<th style="${style}">${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${body
            .map((r) => `<tr>${r.map((c) => `<td style="${style}">${escapeHtml(c)}</td>`).join('')}</tr>`)
            .join('')}</tbody></table>`
        : '<p>(không có)</p>';
      return `<p><b>${escapeHtml(t.title)}</b></p>${table}`;
    })
    .join('');
}

async function copy(root: Element): Promise<void> {
  const html = recordAsHtml(root);
  const text = recordAsTsv(root);
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
  } else {
    await navigator.clipboard.writeText(text);
  }
}

export function enableRecordActions(): void {
  for (const root of document.querySelectorAll('[data-record]')) {
    const status = root.querySelector('[data-record-status]');
    const copyButton = root.querySelector<HTMLButtonElement>('[data-record-copy]');
    const printButton = root.querySelector<HTMLButtonElement>('[data-record-print]');
    if (copyButton && navigator.clipboard) {
      copyButton.hidden = false;
      copyButton.addEventListener('click', () => {
        copy(root).then(
          () => status && (status.textContent = 'Đã sao chép hai bảng; dán vào Word hoặc Excel.'),
          () => status && (status.textContent = 'Trình duyệt không cho sao chép; hãy tải bảng CSV.'),
        );
      });
    }
    if (printButton) {
      printButton.hidden = false;
      printButton.addEventListener('click', () => window.print());
    }
  }
}
