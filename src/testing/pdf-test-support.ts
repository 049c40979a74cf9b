// Helpers shared by the PDF tests (Node only).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PdfFonts } from '../pdf/render-pdf';

const fontsDir = new URL('../assets/fonts/', import.meta.url);

export function loadFonts(): PdfFonts {
  return {
    regular: new Uint8Array(readFileSync(new URL('DejaVuSans-subset.ttf', fontsDir))),
    bold: new Uint8Array(readFileSync(new URL('DejaVuSans-Bold-subset.ttf', fontsDir))),
  };
}

export interface PdfPageText {
  /** Text items joined by newlines, NFKC-normalised (Arabic comes back as presentation forms). */
  text: string;
  /** The extracted text as is, to check characters NFKC would fold (U+00A0). */
  raw: string;
  width: number;
  height: number;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfPageText[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: PdfPageText[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('\n');
    const [, , width, height] = page.view as [number, number, number, number];
    pages.push({ text: normalizeForSearch(text, true), raw: text, width, height });
  }
  await pdf.destroy();
  return pages;
}

/**
 * NFKC folds Arabic presentation forms back to letters; bidi controls added by the
 * extraction are dropped. With `keepSpaces` false, all whitespace goes too, so text
 * wrapped across lines still matches the original string.
 */
export function normalizeForSearch(s: string, keepSpaces = false): string {
  const n = s.normalize('NFKC').replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return keepSpaces ? n : n.replace(/\s+/g, '');
}

/** Asserts-free helper: index of each needle searched after the previous one, -1 if missing. */
export function findInOrder(haystack: string, needles: string[]): Array<{ needle: string; at: number }> {
  const flat = normalizeForSearch(haystack);
  let from = 0;
  return needles.map((needle) => {
    const at = flat.indexOf(normalizeForSearch(needle), from);
    if (at >= 0) from = at + normalizeForSearch(needle).length;
    return { needle, at };
  });
}

export function qpdfCheck(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'cocharte-pdf-'));
  const file = join(dir, 'out.pdf');
  writeFileSync(file, bytes);
  return execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
}

export function writeTemp(bytes: Uint8Array, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cocharte-pdf-'));
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
}

export interface PdfTextItem {
  page: number;
  str: string;
  /** Position of the item's start and its width, in pt from the page's bottom left. */
  x: number;
  y: number;
  width: number;
  /** Font size in pt (the text matrix's vertical scale). */
  size: number;
}

/** Every text item with its position, to check where things are drawn. */
export async function readPdfItems(bytes: Uint8Array): Promise<PdfTextItem[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  const items: PdfTextItem[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const [, , , d, e, f] = item.transform as number[];
      items.push({ page: i, str: item.str, x: e!, y: f!, width: item.width, size: Math.abs(d!) });
    }
  }
  await pdf.destroy();
  return items;
}
