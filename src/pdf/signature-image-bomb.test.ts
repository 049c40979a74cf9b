import { deflateSync } from 'node:zlib';
import { jsPDF } from 'jspdf';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCharterModel } from '../document/charter-model';
import { createTranslator } from '../i18n/i18n';
import { MAX_SIGNATURE_IMAGE, pngSizeOfDataUrl, signatureImageFits } from '../lib/png-size';
import { NAMES, TINY_SIGNATURE_PNG, makeSignedProject } from '../testing/test-fixtures';
import { loadFonts, readPdf } from '../testing/pdf-test-support';
import { renderCharterPdf } from './render-pdf';

/** CRC-32 of a PNG chunk's type and data. */
function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/**
 * A greyscale PNG whose header says width × height. Only `rows` rows are really compressed
 * (all white): the bomb's header is what matters, and a decoder that trusts it inflates and
 * allocates for the full size before it finds out.
 */
function pngDataUrl(width: number, height: number, rows = height): string {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const row = Buffer.alloc(width + 1, 0xff);
  row[0] = 0; // filter: none
  const raw = Buffer.concat(Array.from({ length: rows }, () => row));
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

const BOMB = pngDataUrl(8000, 8000, 4);
const TOO_LARGE = 'Image de la signature trop grande pour être reproduite';

afterEach(() => vi.restoreAllMocks());

describe('signature image size, read from the PNG header', () => {
  it('reads the width and height without decoding', () => {
    expect(pngSizeOfDataUrl(TINY_SIGNATURE_PNG)).toEqual({ width: 48, height: 16 });
    expect(pngSizeOfDataUrl(BOMB)).toEqual({ width: 8000, height: 8000 });
    expect(pngSizeOfDataUrl('data:image/png;base64,AAAA')).toBeNull();
    expect(pngSizeOfDataUrl('data:image/png;base64,!!!notbase64!!!')).toBeNull();
  });

  it(`accepts up to ${MAX_SIGNATURE_IMAGE.width} × ${MAX_SIGNATURE_IMAGE.height} pixels, and nothing unreadable`, () => {
    expect(signatureImageFits(TINY_SIGNATURE_PNG)).toBe(true);
    expect(signatureImageFits(pngDataUrl(MAX_SIGNATURE_IMAGE.width, MAX_SIGNATURE_IMAGE.height, 1))).toBe(true);
    expect(signatureImageFits(pngDataUrl(MAX_SIGNATURE_IMAGE.width + 1, 10, 1))).toBe(false);
    expect(signatureImageFits(pngDataUrl(10, MAX_SIGNATURE_IMAGE.height + 1, 1))).toBe(false);
    expect(signatureImageFits(BOMB)).toBe(false);
    expect(signatureImageFits('data:image/png;base64,AAAA')).toBe(false);
  });
});

describe('a drawn signature whose PNG inflates to 8000 × 8000 pixels', () => {
  async function bombed() {
    const { project, fingerprint } = await makeSignedProject();
    // The first partner's image is the bomb; the second draws a normal one.
    project.signatures = project.signatures.map((s, i) => ({
      ...s,
      method: 'drawn',
      image: i === 0 ? BOMB : TINY_SIGNATURE_PNG,
    }));
    return { project, fingerprint, bombed: project.signatures[0]! };
  }

  it('is never handed to jsPDF: the PDF keeps everything else and says the image is too large', async () => {
    const { project, fingerprint, bombed: s } = await bombed();
    // jsPDF's typings leave its plugin API (where both live) untyped.
    const api = jsPDF.API as unknown as Record<'getImageProperties' | 'addImage', (image: unknown) => unknown>;
    const decode = vi.spyOn(api, 'getImageProperties');
    const add = vi.spyOn(api, 'addImage');
    const pages = await readPdf(renderCharterPdf(project, { locale: 'fr', fonts: loadFonts(), fingerprint }));
    expect(decode.mock.calls.some(([image]) => image === TINY_SIGNATURE_PNG)).toBe(true);
    expect(decode.mock.calls.some(([image]) => image === BOMB)).toBe(false);
    expect(add.mock.calls.some(([image]) => image === BOMB)).toBe(false);
    const text = pages.map((p) => p.text).join('\n');
    expect(text).toContain(TOO_LARGE);
    // The rest of the project, this signature's typed details included, is all there.
    expect(text).toContain(s.signatoryName);
    expect(text).toContain(NAMES.signatoryAssociation);
    for (const p of project.partners.partners) expect(text.replace(/\s+/g, '')).toContain(p.name.replace(/\s+/g, ''));
  });

  it('is left out of the charter model (PDF and web charter), with the reason where the image would be', async () => {
    const { project, fingerprint } = await bombed();
    const slots = buildCharterModel(project, createTranslator('en'), 'en', { fingerprint }).signatures.slots;
    const slot = slots.find((x) => x.signed?.image === undefined && x.signed?.method === 'drawn');
    expect(slot?.signed?.imageNote).toBe('Signature image too large to be reproduced');
    expect(slots.some((x) => x.signed?.image === BOMB)).toBe(false);
  });
});
