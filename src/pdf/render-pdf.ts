// The only module that loads jsPDF and jspdf-autotable at runtime; the drawing modules
// receive the document and the table function through PdfContext.
import { jsPDF } from 'jspdf';
import { __createTable, autoTable, type UserOptions } from 'jspdf-autotable';
import { createTranslator, type Locale } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { buildCharterModel, type CharterModelOptions } from '../document/charter-model';
import type { DocumentMeta } from '../document/document-model';
import type { AuditSignatureCheck } from '../document/audit-trail-model';
import { articleHeight, drawArticle } from './draw-blocks';
import { drawChecklist } from './draw-checklist';
import { drawCover } from './draw-cover';
import { drawSignatures, signaturesLeadHeight } from './draw-signatures';
import { fontCoverage } from './font-coverage';
import { installGlyphCarriers } from './glyph-carriers';
import { drawPageFurniture } from './page-furniture';
import { FONT, pageBox, plainTextOptions, type PdfContext } from './pdf-context';
import { buildRiskChecklistModel } from '../document/risk-model';
import { sanitizeForPdf } from './sanitize';

export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface RenderOptions {
  locale: Locale;
  fonts: PdfFonts;
  /** Content fingerprint of the project (64 hex digits), printed in footers and on the signature page. */
  fingerprint: string;
  /** Signatures with their cryptographic check (src/signing): adds the audit trail page. */
  signatureChecks?: AuditSignatureCheck[];
  /** Creation date written in the file; fix it to get byte-identical output. */
  now?: Date;
  /** The text in force of a partnership record (see CharterModelOptions.inForce). */
  inForce?: CharterModelOptions['inForce'];
}

/** The charter followed by its risk checklist, as one PDF. */
export function renderCharterPdf(project: DraftProject, options: RenderOptions): Uint8Array {
  const t = createTranslator(options.locale);
  const charter = buildCharterModel(project, t, options.locale, {
    fingerprint: options.fingerprint,
    ...(options.signatureChecks ? { signatureChecks: options.signatureChecks } : {}),
    ...(options.inForce ? { inForce: options.inForce } : {}),
  });
  const checklist = buildRiskChecklistModel(project, t, options.locale, { fingerprint: options.fingerprint });
  const ctx = createContext(options, 'portrait');
  const pageTitles: string[] = [''];

  drawCover(ctx, charter);
  ctx.addPage();
  for (const article of charter.articles) {
    const signable = article.id === 'signatures' && charter.signable;
    if (signable) {
      // The signature article — heading, "Fait à", fingerprint and the first row of boxes —
      // starts on a page that holds it all, so boxes never open a page alone.
      const needed = articleHeight(ctx, article) + signaturesLeadHeight(ctx, charter.signatures, options.fingerprint);
      if (ctx.y + needed > ctx.box().bottom) ctx.addPage();
    }
    if (article.id === 'audit') ctx.addPage();
    drawArticle(ctx, article);
    if (signable) {
      const continued = t('doc.continued', { heading: article.heading });
      drawSignatures(ctx, charter.signatures, options.fingerprint, continued);
    }
  }
  fillTitles(ctx, pageTitles, charter.documentTitle);

  if (checklist.risks.length > 0) {
    ctx.addPage('landscape');
    drawChecklist(ctx, checklist);
    fillTitles(ctx, pageTitles, checklist.documentTitle);
  }

  drawPageFurniture(ctx, {
    t,
    partnershipTitle: charter.partnershipTitle,
    versionDate: charter.versionDate,
    version: charter.footerVersion,
    fingerprint: options.fingerprint,
    pageTitles,
    banner: charter.draft?.banner ?? '',
  });
  return finish(ctx, charter.meta, options);
}

/** The risk checklist alone, landscape, for review meetings. */
export function renderRiskChecklistPdf(project: DraftProject, options: RenderOptions): Uint8Array {
  const t = createTranslator(options.locale);
  const checklist = buildRiskChecklistModel(project, t, options.locale, { fingerprint: options.fingerprint });
  const ctx = createContext(options, 'landscape');
  drawChecklist(ctx, checklist);
  const pageTitles: string[] = [];
  fillTitles(ctx, pageTitles, checklist.documentTitle);
  drawPageFurniture(ctx, {
    t,
    partnershipTitle: checklist.partnershipTitle,
    versionDate: checklist.versionDate,
    fingerprint: options.fingerprint,
    pageTitles,
    banner: '',
  });
  return finish(ctx, checklist.meta, options);
}

function fillTitles(ctx: PdfContext, titles: string[], title: string): void {
  while (titles.length < ctx.doc.getNumberOfPages()) titles.push(title);
}

// Base64 of the font bytes and their coverage are cached: converting 95 KB costs ~10 ms
// per document, and jsPDF needs the fonts registered again in every new document.
const base64Cache = new WeakMap<Uint8Array, string>();
const coverageCache = new WeakMap<Uint8Array, Set<number>>();

function toBase64(bytes: Uint8Array): string {
  const cached = base64Cache.get(bytes);
  if (cached) return cached;
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  const out = btoa(binary);
  base64Cache.set(bytes, out);
  return out;
}

function coverageOf(fonts: PdfFonts): Set<number> {
  let set = coverageCache.get(fonts.regular);
  if (!set) {
    const bold = fontCoverage(fonts.bold);
    // Only characters both weights can draw are kept, whatever the text's weight.
    set = new Set([...fontCoverage(fonts.regular)].filter((cp) => bold.has(cp)));
    coverageCache.set(fonts.regular, set);
  }
  return set;
}

/** A fresh A4 document with both DejaVu weights registered (exported for tests and the worksheets). */
export function createContext(
  options: Pick<RenderOptions, 'fonts'>,
  orientation: 'portrait' | 'landscape',
): PdfContext {
  const doc = new jsPDF({ compress: true, unit: 'mm', format: 'a4', orientation });
  doc.addFileToVFS('DejaVuSans.ttf', toBase64(options.fonts.regular));
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', toBase64(options.fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  const coverage = coverageOf(options.fonts);
  // Both weights draw the same text, so they share one set of carriers.
  // jsPDF's internal font objects (with the parsed TTF) are outside its typings.
  const getFont: unknown = Reflect.get(doc.internal, 'getFont');
  if (typeof getFont !== 'function') throw new Error('jsPDF internals changed: internal.getFont is missing');
  const fonts = [
    Reflect.apply(getFont, doc.internal, [FONT, 'normal']),
    Reflect.apply(getFont, doc.internal, [FONT, 'bold']),
  ];
  const substitute = installGlyphCarriers(doc, fonts as Parameters<typeof installGlyphCarriers>[1], coverage);
  // Every table gets plain-text bidi handling, or Arabic cells come out reversed.
  const tableOptions = (opts: UserOptions): UserOptions => ({
    ...opts,
    styles: { ...opts.styles, textOptions: plainTextOptions() },
  });
  const ctx: PdfContext = {
    doc,
    table: (opts) => autoTable(doc, tableOptions(opts)),
    tableHeights: (opts) => {
      // autotable's own layout, without drawing (its "experimental" export, stable
      // since 3.8): where it will break pages is then known exactly.
      const table = __createTable(doc, tableOptions(opts));
      return { head: table.head.reduce((sum, row) => sum + row.height, 0), body: table.body.map((row) => row.height) };
    },
    coverage,
    substitute,
    y: pageBox(doc).top,
    box: () => pageBox(doc),
    addPage: (o) => {
      // jsPDF remembers the last orientation, so pass it only when it changes.
      if (o) doc.addPage('a4', o);
      else doc.addPage();
      ctx.y = pageBox(doc).top;
    },
  };
  return ctx;
}

export function finish(
  ctx: PdfContext,
  meta: DocumentMeta,
  options: Pick<RenderOptions, 'fingerprint' | 'now'>,
): Uint8Array {
  const { doc } = ctx;
  // No carriers here: the info dictionary is not drawn with the embedded font, so a
  // Private Use Area stand-in would mean nothing there.
  const plain = (s: string) => sanitizeForPdf(s, ctx.coverage);
  doc.setDocumentProperties({
    title: plain(meta.title),
    subject: plain(meta.subject),
    author: plain(meta.author),
    keywords: plain(meta.keywords),
    creator: 'Cocharte',
  });
  doc.setLanguage(meta.locale);
  const now = options.now ?? new Date();
  doc.setCreationDate(now);
  // The file id derives from the content, so the same version gives the same bytes.
  doc.setFileId(fileId(options.fingerprint, now));
  return new Uint8Array(doc.output('arraybuffer'));
}

function fileId(fingerprint: string, now: Date): string {
  const base = /^[0-9a-f]{64}$/i.test(fingerprint) ? fingerprint : '0'.repeat(64);
  const stamp = now.getTime().toString(16).padStart(32, '0');
  let out = '';
  for (let i = 0; i < 32; i++) out += (parseInt(base[i]!, 16) ^ parseInt(stamp[i]!, 16)).toString(16);
  return out.toUpperCase();
}
