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

export function translateLeftoverEnglish(root: Node = document.body): void {
  const fix = (node: Node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const vi = LEFTOVER_ENGLISH[text.nodeValue?.trim() ?? ''];
      if (vi !== undefined) text.nodeValue = vi;
    }
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) fix(node);
      if (record.type === 'characterData') fix(record.target);
    }
  }).observe(root, { childList: true, subtree: true, characterData: true });
}
