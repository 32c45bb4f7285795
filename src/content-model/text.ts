/**
 * Text hygiene shared by every door: bytes must be UTF-8, and no invisible character may change
 * how a text reads or compares. Decided once for every field and body: bidirectional controls
 * and zero-width characters are REFUSED with a message, never silently stripped (an editor who
 * pasted "Nguyễn‮ Văn An" must see that something invisible is there; a silent strip would
 * change a file behind the editor's back and differ between the CMS, the importer and Git).
 * Pure and browser-safe.
 */
import type { Problem } from './problem.ts';

/** Characters that reorder displayed text (Trojan-source style). */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
/** Characters with no width that split words and names invisibly. A BOM inside text is one. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
/** A UTF-16 half with no other half: not a character at all (shown as �). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What is wrong with a piece of text, if anything: the first offending character. */
export function invisibleText(text: string): { vi: string; en: string } | undefined {
  const bidi = BIDI.exec(text);
  if (bidi) {
    const c = codePoint(bidi[0]);
    return {
      vi: `có ký tự điều khiển hướng chữ vô hình (${c}), có thể làm đảo thứ tự chữ hiển thị; xóa ký tự này (gõ lại đoạn chữ thay vì dán).`,
      en: `invisible bidirectional control ${c}, which can reorder the displayed text; delete it (retype the text rather than paste it).`,
    };
  }
  const zw = ZERO_WIDTH.exec(text);
  if (zw) {
    const c = codePoint(zw[0]);
    return {
      vi: `có ký tự vô hình độ rộng 0 (${c}) chia cắt chữ; xóa ký tự này (gõ lại đoạn chữ thay vì dán).`,
      en: `invisible zero-width character ${c}, which splits words invisibly; delete it (retype the text rather than paste it).`,
    };
  }
  if (LONE_SURROGATE.test(text)) {
    return {
      vi: 'có ký tự hỏng (nửa cặp UTF-16, hiện thành �); gõ lại đoạn chữ.',
      en: 'broken character (a lone UTF-16 surrogate, shown as �); retype the text.',
    };
  }
  return undefined;
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Each line of a text (body, comments) with something invisible, as problems on `field`. */
export function invisibleLines(file: string, field: string, text: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  text.split('\n').forEach((line, i) => {
    const found = invisibleText(line);
    if (found) problems.push({ file, line: firstLine + i, field, ...found });
  });
  return problems;
}

/**
 * Bytes of an entry file as text. Invalid UTF-8 is refused with its line (a file saved in a
 * Windows code page would otherwise be published with � in place of every accented letter).
 */
export function decodeUtf8(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const bad = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 10) line++;
    return {
      problem: {
        file,
        line,
        field: 'file',
        vi: `tệp không phải chữ UTF-8 hợp lệ (từ dòng ${line}); mở tệp và lưu lại với bảng mã UTF-8.`,
        en: `the file is not valid UTF-8 (from line ${line}); save it again as UTF-8.`,
      },
    };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [n, lo, hi] =
      b >= 0xc2 && b <= 0xdf
        ? [1, 0x80, 0xbf]
        : b === 0xe0
          ? [2, 0xa0, 0xbf]
          : b === 0xed
            ? [2, 0x80, 0x9f]
            : b >= 0xe1 && b <= 0xef
              ? [2, 0x80, 0xbf]
              : b === 0xf0
                ? [3, 0x90, 0xbf]
                : b === 0xf4
                  ? [3, 0x80, 0x8f]
                  : b >= 0xf1 && b <= 0xf3
                    ? [3, 0x80, 0xbf]
                    : [0, 0, 0];
    if (n === 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}
