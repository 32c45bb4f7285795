/**
 * Images are what they say: the bytes are sniffed (file-type), only raster photos are taken
 * (never SVG, which can carry scripts), the extension must match the bytes, and size and pixel
 * dimensions have limits. Dimensions come from the header bytes, as Astro reads them.
 */
import { fileTypeFromBuffer } from 'file-type';

/** Largest image file accepted: a phone photo is 2–8 MB; more is a scan or an accident. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Longest side, in pixels: far above any width the site shows, below what crashes a resize. */
export const MAX_IMAGE_SIDE = 10_000;

/** Raster formats a photo may have, and the extensions each is saved under. */
const FORMATS: Record<string, readonly string[]> = {
  jpg: ['.jpg', '.jpeg'],
  png: ['.png'],
  webp: ['.webp'],
  avif: ['.avif'],
  gif: ['.gif'],
};

const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
const mbEn = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** What is wrong with an image file referenced as `reference`, if anything. */
export async function imageProblem(
  reference: string,
  bytes: Uint8Array,
): Promise<{ vi: string; en: string } | undefined> {
  const ext = reference.includes('.')
    ? reference
        .slice(reference.lastIndexOf('.'))
        .toLowerCase()
        .replace(/[?#].*$/, '')
    : '';
  if (bytes.length > MAX_IMAGE_BYTES) {
    return {
      vi: `ảnh «${reference}» nặng ${mb(bytes.length)}, quá giới hạn ${mb(MAX_IMAGE_BYTES)}; thu nhỏ ảnh (ví dụ rộng 2000 điểm ảnh) rồi tải lên lại.`,
      en: `image "${reference}" is ${mbEn(bytes.length)}, over the ${mbEn(MAX_IMAGE_BYTES)} limit; resize it (e.g. 2000 px wide) and upload it again.`,
    };
  }
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(type.ext in FORMATS)) {
    const head = new TextDecoder().decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
    const svg =
      head.startsWith('<svg') || ((head.startsWith('<?xml') || head.startsWith('<!doctype')) && head.includes('<svg'));
    const what = svg ? 'SVG' : type ? type.ext.toUpperCase() : '';
    return svg
      ? {
          vi: `«${reference}» là ảnh SVG (có thể chứa mã chạy được), không dùng được làm ảnh; lưu ảnh thành JPG, PNG hoặc WebP.`,
          en: `"${reference}" is an SVG (which can carry scripts), not accepted as a photo; save it as JPG, PNG or WebP.`,
        }
      : {
          vi: `«${reference}» không phải tệp ảnh${what ? ` (nội dung là ${what})` : ''}; dùng ảnh JPG, PNG, WebP, AVIF hoặc GIF.`,
          en: `"${reference}" is not an image${what ? ` (its bytes are ${what})` : ''}; use a JPG, PNG, WebP, AVIF or GIF image.`,
        };
  }
  if (!FORMATS[type.ext]!.includes(ext)) {
    return {
      vi: `«${reference}» có đuôi ${ext || '(không có)'} nhưng nội dung là ảnh ${type.ext.toUpperCase()}; đổi đuôi tệp thành ${FORMATS[type.ext]![0]}.`,
      en: `"${reference}" is named ${ext || '(no extension)'} but its bytes are ${type.ext.toUpperCase()}; rename it to ${FORMATS[type.ext]![0]}.`,
    };
  }
  const size = imageSize(type.ext, bytes);
  if (!size) {
    return {
      vi: `ảnh «${reference}» bị hỏng (không đọc được kích thước); mở và lưu lại ảnh rồi tải lên lại.`,
      en: `image "${reference}" is damaged (its size cannot be read); save it again and upload it again.`,
    };
  }
  if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE) {
    return {
      vi: `ảnh «${reference}» có kích thước ${size.width}×${size.height} điểm ảnh, quá giới hạn ${MAX_IMAGE_SIDE} điểm ảnh mỗi chiều; thu nhỏ ảnh rồi tải lên lại.`,
      en: `image "${reference}" is ${size.width}×${size.height} px, over the ${MAX_IMAGE_SIDE} px limit per side; resize it and upload it again.`,
    };
  }
  return undefined;
}

/** Width and height from the header bytes of a raster image; undefined when unreadable. */
export function imageSize(format: string, b: Uint8Array): { width: number; height: number } | undefined {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const ascii = (at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));
  try {
    switch (format) {
      case 'png':
        return ascii(12, 4) === 'IHDR' ? { width: view.getUint32(16), height: view.getUint32(20) } : undefined;
      case 'gif':
        return { width: view.getUint16(6, true), height: view.getUint16(8, true) };
      case 'jpg': {
        let at = 2;
        while (at + 9 < b.length) {
          if (b[at] !== 0xff) return undefined;
          const marker = b[at + 1]!;
          if (marker === 0xff) {
            at++;
            continue;
          }
          const length = view.getUint16(at + 2);
          // Start of frame (baseline, progressive, …), not DHT (C4), JPG (C8) or DAC (CC).
          if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
            return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
          }
          at += 2 + length;
        }
        return undefined;
      }
      case 'webp': {
        const chunk = ascii(12, 4);
        if (chunk === 'VP8 ')
          return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
        if (chunk === 'VP8L') {
          const bits = view.getUint32(21, true);
          return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
        }
        if (chunk === 'VP8X') {
          const w = b[24]! | (b[25]! << 8) | (b[26]! << 16);
          const h = b[27]! | (b[28]! << 8) | (b[29]! << 16);
          return { width: w + 1, height: h + 1 };
        }
        return undefined;
      }
      case 'avif': {
        // The image spatial extents property box: "ispe", version/flags, width, height.
        for (let at = 4; at + 16 <= b.length && at < 1 << 16; at++) {
          if (b[at] === 0x69 && ascii(at, 4) === 'ispe')
            return { width: view.getUint32(at + 8), height: view.getUint32(at + 12) };
        }
        return undefined;
      }
    }
  } catch {
    return undefined;
  }
  return undefined;
}
