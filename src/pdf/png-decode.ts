// Minimal PNG reader for the render tests (8-bit RGB/RGBA, non-interlaced, as pdftoppm writes).
import { inflateSync } from 'node:zlib';

export interface Bitmap {
  width: number;
  height: number;
  /** RGB triplets, row by row. */
  rgb: Uint8Array;
}

/** Page renders at test resolution are a few megapixels; 64 MB of raw rows is far above. */
const MAX_DECODED_BYTES = 64 * 1024 * 1024;

export function decodePng(png: Uint8Array): Bitmap {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 3;
  const idat: Uint8Array[] = [];
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const colorType = png[at + 17];
      if (png[at + 16] !== 8 || png[at + 20] !== 0) throw new Error('Only 8-bit non-interlaced PNG');
      channels = colorType === 6 ? 4 : colorType === 2 ? 3 : colorType === 0 ? 1 : NaN;
      if (Number.isNaN(channels)) throw new Error(`Unsupported PNG colour type ${colorType}`);
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  // The header's size bounds what inflating may produce: a small file cannot expand into
  // more than the image it claims to be (see src/lib/png-size.ts for the app's own bound).
  const expected = height * (width * channels + 1);
  if (!(width > 0 && height > 0 && expected <= MAX_DECODED_BYTES))
    throw new Error(`PNG of ${width} × ${height} pixels: refused before decoding`);
  const raw = inflateSync(Buffer.concat(idat), { maxOutputLength: expected });
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      let v = line[x]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = v & 0xff;
    }
  }
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    for (let k = 0; k < 3; k++) rgb[i * 3 + k] = pixels[i * channels + (channels === 1 ? 0 : k)]!;
  }
  return { width, height, rgb };
}
