// Keeps characters the embedded font cannot draw (emoji above all) in the PDF's text layer.
//
// jsPDF 4 encodes text one UTF-16 code unit at a time and writes a ToUnicode CMap with
// exactly four hex digits per entry, so a code point beyond U+FFFF (😀, 🤝) is silently
// dropped even when the font has a glyph for it. Marked content with /ActualText does not
// help: poppler honours it but pdf.js's getTextContent ignores it.
//
// What both extractors honour is the font's ToUnicode CMap. So each distinct missing code
// point gets a stand-in ("carrier") from the Private Use Area, which jsPDF can encode. The
// carrier is mapped to its own character id (CID) past the font's last glyph; a
// CIDToGIDMap draws every such CID with the U+FFFD glyph (the visible placeholder), and the
// ToUnicode CMap maps it back to the original character, written as UTF-16BE (surrogate
// pairs included). jsPDF's own font writer cannot express either, so the fonts that carry
// something are written by `putCarrierFont` below instead.
//
// The same writer gives Arabic back as the letters typed: jsPDF shapes Arabic into its
// contextual presentation forms (U+FB50–FDFF, U+FE70–FEFF) and its ToUnicode CMap maps each
// glyph to that form, so a name copied from the PDF, or searched for in it, did not match the
// name as written. Here each presentation form maps to its letters (NFKC: a lam-alef
// ligature to lam and alef, see textOfCode for their order).
//
// The scheme writes whole font objects in jsPDF's place, so it is tied to one jsPDF release:
// on any other version, or if the internals it reads are not there, it stays off and a
// missing character prints as a plain U+FFFD (the fallback `sanitizeForPdf` applies). A
// test (glyph-carriers.test.ts) fails on any other installed version, so an upgrade means
// re-checking this file, not discovering broken PDFs.
import { jsPDF } from 'jspdf';
import { MISSING_GLYPH } from './sanitize';

/** The jsPDF release whose internals this module was written against and tested with. */
export const PATCHED_JSPDF_VERSION = '4.2.1';

/** The parts of jsPDF's TTFFont (not in its typings) this module reads or patches. */
interface TtfMetadata {
  cmap: { unicode: { codeMap: Record<number, number> } };
  maxp: { numGlyphs: number };
  widthOfGlyph(gid: number): number;
  glyIdsUsed: number[];
  toUnicode: Record<number, number>;
  Unicode: { widths: Array<number | number[]> };
  subset: { encode(gids: number[], indexToLocFormat: number): ArrayLike<number> };
  bbox: number[];
  flags: number;
  stemV: number;
  italicAngle: number;
  ascender: number;
  decender: number;
  capHeight: number;
}

export interface JsPdfFont {
  fontName: string;
  encoding: string;
  metadata: TtfMetadata;
  objectNumber?: number;
  isAlreadyPutted?: boolean;
}

interface PutFontArgs {
  font: JsPdfFont;
  out: (line: string) => void;
  newObject: () => number;
  putStream: (options: { data: string; objectId: number; addLength1?: boolean }) => void;
}

/** One font's side of the scheme: CIDs from `base` upwards stand for carriers. */
interface CarrierFont {
  font: JsPdfFont;
  base: number;
  placeholderGid: number;
}

// Private Use Area block from U+E600: jsPDF's bidi engine (which orders Arabic before
// drawing) classes U+E000–E0FF and U+E400–E5FF as left-to-right, which would split an
// Arabic run around an emoji; from U+E600 on it classes them neutral, like U+FFFD, so the
// carriers are ordered exactly as the placeholder was. 4,864 distinct characters per
// document; past that, U+FFFD again.
const PUA_FIRST = 0xe600;
const PUA_LAST = 0xf8ff;
/** Identity-H character ids are two bytes. */
const MAX_CID = 0xffff;
/** Marks a font, only while the document is written, so that jsPDF's writer skips it. */
const SKIP_ENCODING = 'Identity-H (carriers)';

/**
 * Registers the scheme on `fonts` (jsPDF font objects of one document, all with the same
 * coverage) and returns the substitute for `sanitizeForPdf`: the carrier character for a
 * code point the fonts lack, or undefined when the scheme cannot apply (no U+FFFD glyph,
 * carriers exhausted), in which case the caller falls back to U+FFFD.
 */
export function installGlyphCarriers(
  doc: jsPDF,
  fonts: JsPdfFont[],
  coverage: ReadonlySet<number>,
): (cp: number) => string | undefined {
  const off = () => undefined;
  // Reads and patches jsPDF internals: on another release, or should they change shape,
  // fall back to U+FFFD rather than throw or write a broken font. Everything is checked
  // before anything is patched.
  if (jsPDF.version !== PATCHED_JSPDF_VERSION) return off;
  const events: { subscribe?: unknown } | undefined = doc.internal.events;
  if (typeof events?.subscribe !== 'function' || !fonts.every(hasExpectedShape)) return off;
  const placeholder = MISSING_GLYPH.codePointAt(0)!;
  const carrierFonts: CarrierFont[] = [];
  for (const font of fonts) {
    const placeholderGid = font.metadata.cmap.unicode.codeMap[placeholder];
    if (!placeholderGid) return off;
    carrierFonts.push({ font, base: font.metadata.maxp.numGlyphs, placeholderGid });
  }
  for (const { font, base, placeholderGid } of carrierFonts) {
    // Carrier CIDs are past the last glyph: measure them as the placeholder they show as,
    // so that wrapping, centring and autotable widths match what is drawn.
    const md = font.metadata;
    const widthOfGlyph = md.widthOfGlyph.bind(md);
    md.widthOfGlyph = (gid: number) => widthOfGlyph(gid >= base ? placeholderGid : gid);
  }

  const byCodePoint = new Map<number, string>();
  /** Carrier char code -> original character, in allocation order. */
  const originals = new Map<number, string>();
  let nextPua = PUA_FIRST;

  // 'buildDocument' is published before the fonts are written; jsPDF's Identity-H writer
  // only handles fonts whose encoding is exactly "Identity-H", so a temporary marker makes
  // it leave ours to the 'putFont' subscriber below (which runs after it).
  const bus = doc.internal.events;
  bus.subscribe('buildDocument', () => {
    // Nothing carried and no Arabic drawn: jsPDF's usual output, byte for byte.
    if (originals.size === 0 && !carrierFonts.some((cf) => drawsPresentationForms(cf.font))) return;
    for (const cf of carrierFonts) cf.font.encoding = SKIP_ENCODING;
  });
  bus.subscribe('putFont', (args: PutFontArgs) => {
    const cf = carrierFonts.find((c) => c.font === args.font);
    if (!cf || cf.font.encoding !== SKIP_ENCODING) return;
    cf.font.encoding = 'Identity-H';
    putCarrierFont(args, cf, originals);
  });

  return (cp: number) => {
    // Text can be sanitised twice (a cleaned string cleaned again): keep carriers as is.
    if (originals.has(cp)) return String.fromCharCode(cp);
    const known = byCodePoint.get(cp);
    if (known) return known;
    while (nextPua <= PUA_LAST && coverage.has(nextPua)) nextPua++;
    const index = nextPua - PUA_FIRST;
    if (nextPua > PUA_LAST || carrierFonts.some((c) => c.base + index > MAX_CID)) return undefined;
    const carrier = nextPua++;
    for (const c of carrierFonts) c.font.metadata.cmap.unicode.codeMap[carrier] = c.base + index;
    const ch = String.fromCharCode(carrier);
    byCodePoint.set(cp, ch);
    originals.set(carrier, String.fromCodePoint(cp));
    return ch;
  };
}

/** Arabic contextual forms and ligatures, as jsPDF's shaping draws Arabic. */
const isPresentationForm = (code: number) => (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff);

/**
 * The text a glyph stands for: its character, or the letters of a presentation form. A
 * ligature's letters are written last to first: an Arabic run is drawn in visual order, and
 * extractors (poppler, pdf.js) reverse the whole run, a glyph's letters included.
 */
const textOfCode = (code: number) => {
  const ch = String.fromCharCode(code);
  return isPresentationForm(code) ? [...ch.normalize('NFKC')].reverse().join('') : ch;
};

function drawsPresentationForms(font: JsPdfFont): boolean {
  return Object.values(font.metadata.toUnicode).some(isPresentationForm);
}

/** Whether a jsPDF font object has every internal this module reads or patches. */
function hasExpectedShape(font: JsPdfFont | undefined): font is JsPdfFont {
  const md = font?.metadata as Partial<TtfMetadata> | undefined;
  return (
    typeof md?.cmap?.unicode?.codeMap === 'object' &&
    md.cmap.unicode.codeMap !== null &&
    typeof md.maxp?.numGlyphs === 'number' &&
    typeof md.widthOfGlyph === 'function' &&
    Array.isArray(md.glyIdsUsed) &&
    typeof md.toUnicode === 'object' &&
    Array.isArray(md.Unicode?.widths) &&
    typeof md.subset?.encode === 'function' &&
    Array.isArray(md.bbox)
  );
}

/** jsPDF's Identity-H font writer, plus the carrier CIDs in CIDToGIDMap and ToUnicode. */
function putCarrierFont(
  { font, out, newObject, putStream }: PutFontArgs,
  cf: CarrierFont,
  originals: Map<number, string>,
): void {
  const md = font.metadata;
  // Only real glyphs go into the subset, and the placeholder must be there even when no
  // U+FFFD was typed.
  const gids = md.glyIdsUsed.filter((g) => g < cf.base);
  gids.push(cf.placeholderGid);
  const fontBytes = md.subset.encode(gids, 1);
  let fontData = '';
  for (let i = 0; i < fontBytes.length; i++) fontData += String.fromCharCode(fontBytes[i]!);
  const fontFile = newObject();
  putStream({ data: fontData, addLength1: true, objectId: fontFile });
  out('endobj');

  // CID -> text, from what jsPDF recorded while encoding (keyed by CID, since its CIDs
  // are glyph ids), carriers swapped for the character they stand for.
  const carrierOfCid = new Map<number, number>();
  for (const carrier of originals.keys()) carrierOfCid.set(md.cmap.unicode.codeMap[carrier]!, carrier);
  const cids = Object.keys(md.toUnicode)
    .map(Number)
    .sort((a, b) => a - b);
  const entries: string[] = [];
  let maxCid = 0;
  for (const cid of cids) {
    const carrier = carrierOfCid.get(cid);
    const text = carrier !== undefined ? originals.get(carrier)! : textOfCode(md.toUnicode[cid]!);
    entries.push(`<${hex4(cid)}><${utf16beHex(text)}>`);
    maxCid = Math.max(maxCid, cid);
  }
  const cmap = newObject();
  putStream({ data: toUnicodeCmap(entries), addLength1: true, objectId: cmap });
  out('endobj');

  // Two bytes per CID up to the highest one used: identity for real glyphs, the
  // placeholder glyph for carriers.
  let gidMap = '';
  for (let cid = 0; cid <= maxCid; cid++) {
    const gid = cid >= cf.base ? cf.placeholderGid : cid;
    gidMap += String.fromCharCode(gid >> 8, gid & 0xff);
  }
  const cidToGid = newObject();
  putStream({ data: gidMap, objectId: cidToGid });
  out('endobj');

  const name = toPdfName(font.fontName);
  const descriptor = newObject();
  out('<<');
  out('/Type /FontDescriptor');
  out(`/FontName /${name}`);
  out(`/FontFile2 ${fontFile} 0 R`);
  out(`/FontBBox [${md.bbox.join(' ')}]`);
  out(`/Flags ${md.flags}`);
  out(`/StemV ${md.stemV}`);
  out(`/ItalicAngle ${md.italicAngle}`);
  out(`/Ascent ${md.ascender}`);
  out(`/Descent ${md.decender}`);
  out(`/CapHeight ${md.capHeight}`);
  out('>>');
  out('endobj');
  const descendant = newObject();
  out('<<');
  out('/Type /Font');
  out(`/BaseFont /${name}`);
  out(`/FontDescriptor ${descriptor} 0 R`);
  out(`/W ${widthsArray(md.Unicode.widths)}`);
  out(`/CIDToGIDMap ${cidToGid} 0 R`);
  out('/DW 1000');
  out('/Subtype /CIDFontType2');
  out('/CIDSystemInfo');
  out('<<');
  out('/Supplement 0');
  out('/Registry (Adobe)');
  out('/Ordering (Identity-H)');
  out('>>');
  out('>>');
  out('endobj');
  font.objectNumber = newObject();
  out('<<');
  out('/Type /Font');
  out('/Subtype /Type0');
  out(`/ToUnicode ${cmap} 0 R`);
  out(`/BaseFont /${name}`);
  out('/Encoding /Identity-H');
  out(`/DescendantFonts [${descendant} 0 R]`);
  out('>>');
  out('endobj');
  font.isAlreadyPutted = true;
}

function toUnicodeCmap(entries: string[]): string {
  let s =
    '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <<\n  /Registry (Adobe)\n  /Ordering (UCS)\n  /Supplement 0\n>> def\n' +
    '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><ffff>\nendcodespacerange';
  // At most 100 entries per bfchar block (PDF limit).
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    s += `\n${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`;
  }
  return s + '\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend';
}

/** jsPDF's flat widths list `gid, [w], gid, [w]…` as a PDF array. */
function widthsArray(widths: Array<number | number[]>): string {
  return `[${widths.map((w) => (Array.isArray(w) ? `[${w.join(' ')}]` : String(w))).join(' ')}]`;
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}

function utf16beHex(text: string): string {
  let s = '';
  for (let i = 0; i < text.length; i++) s += hex4(text.charCodeAt(i));
  return s;
}

function toPdfName(name: string): string {
  return name.replace(/[^\x21-\x7e]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
