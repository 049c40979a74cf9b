// Reads a PNG's pixel size from its header, without decoding it.
//
// A PNG's size on disk says nothing of its size decoded: 249 KB of well-compressed pixels
// can inflate to 8000 × 8000 (256 MB of RGBA), which kept the page busy 24 s and the CLI
// 133 s / 932 MB inside jsPDF. The width and height sit in the IHDR chunk, always the first,
// in the first 24 bytes: reading them costs nothing, so every decoder of a signature image
// asks first.

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const DATA_URL_PREFIX = 'data:image/png;base64,';

/**
 * The largest drawn signature accepted. The signature pad (36rem × 12rem, so 576 × 192 CSS
 * pixels) stays below it even on a 3× screen; above it, an image is refused, not decoded.
 */
export const MAX_SIGNATURE_IMAGE = { width: 2000, height: 1000 } as const;

export interface PngSize {
  width: number;
  height: number;
}

/** Width and height from a PNG's IHDR chunk, or null if the bytes do not start a PNG. */
export function pngSize(bytes: Uint8Array): PngSize | null {
  if (bytes.length < 24 || SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (type !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Same, from a `data:image/png;base64,` URL: only its first 32 base64 characters are decoded. */
export function pngSizeOfDataUrl(dataUrl: string): PngSize | null {
  if (!dataUrl.startsWith(DATA_URL_PREFIX)) return null;
  const head = dataUrl.slice(DATA_URL_PREFIX.length, DATA_URL_PREFIX.length + 32);
  let binary: string;
  try {
    binary = atob(head);
  } catch {
    return null;
  }
  return pngSize(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/**
 * Whether a signature image may be decoded: a PNG no larger than MAX_SIGNATURE_IMAGE.
 * Anything else is left undrawn (the signature's typed details still say who signed).
 */
export function signatureImageFits(dataUrl: string): boolean {
  const size = pngSizeOfDataUrl(dataUrl);
  return (
    size !== null &&
    size.width > 0 &&
    size.height > 0 &&
    size.width <= MAX_SIGNATURE_IMAGE.width &&
    size.height <= MAX_SIGNATURE_IMAGE.height
  );
}
