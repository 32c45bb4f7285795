/**
 * English that Decap's Vietnamese locale cannot reach: react-select's built-in texts in the
 * select fields («No options», «Select...», «Loading...»), which Decap does not pass through
 * its translations. Replaced in place when they appear.
 */
export const LEFTOVER_ENGLISH: Readonly<Record<string, string>> = {
  'No options': 'Không có lựa chọn nào khớp',
  'Select...': 'Chọn…',
  'Loading...': 'Đang tải…',
};

/**
 * Decap puts the error code before a backend's refusal («Không lưu được mục: API_ERROR: …»); the
 * sentences after it are the content gate's own, so the code is dropped.
 */
const ERROR_CODE = 'API_ERROR: ';

export function translateLeftoverEnglish(root: Node = document.body): void {
  const fix = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const value = text.nodeValue ?? '';
      const vi = LEFTOVER_ENGLISH[value.trim()];
      if (vi !== undefined) text.nodeValue = vi;
      else if (value.includes(ERROR_CODE)) text.nodeValue = value.replaceAll(ERROR_CODE, '');
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) fix(node);
      if (record.type === 'characterData') fix(record.target);
    }
  }).observe(root, { childList: true, subtree: true, characterData: true });
}
