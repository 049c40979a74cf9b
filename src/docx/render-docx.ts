// An editable Word copy of the charter, from the same document model as the PDF
// (document/charter-model.ts): the partners' lawyers edit it in Word, the PDF stays the
// signed reference. Only this folder loads `docx`; the browser fetches it on demand.
import {
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { buildCharterModel } from '../document/charter-model';
import type { Block, CharterModel, SignatureSlot } from '../document/document-model';
import { signatureCaption, signatureSlotRows } from '../document/document-model';
import { buildRiskChecklistModel } from '../document/risk-model';
import { createTranslator, type Locale, type Translate } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { xmlSafe } from './xml-safe';

export interface DocxOptions {
  locale: Locale;
  /** Content fingerprint of the version, printed as on the PDF. */
  fingerprint: string;
  /**
   * The creation date written in the file (document properties and zip entries). `docx`
   * writes the current time; fixed, the same charter gives the same bytes (the CLI's
   * `--date` / SOURCE_DATE_EPOCH).
   */
  date?: Date;
}

const ACCENT = '174E7A';
const MUTED = '646A73';
const RULE = 'BEC4CC';
/** Text width of an A4 page with 2 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9638;

/** The charter as .docx bytes: cover, every article in the PDF's order, the risk annex. */
export async function renderCharterDocx(project: DraftProject, options: DocxOptions): Promise<Uint8Array> {
  const bytes = new Uint8Array(await Packer.toArrayBuffer(buildCharterDocx(project, options)));
  return options.date ? withDate(bytes, options.date) : bytes;
}

/** The same package with every timestamp set to `date`: properties and zip entries alike. */
function withDate(docx: Uint8Array, date: Date): Uint8Array {
  const stamp = `${date.toISOString().slice(0, 19)}Z`;
  const files = unzipSync(docx);
  const core = files['docProps/core.xml'];
  if (core)
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        (_m, open: string, _tag: string, close: string) => `${open}${stamp}${close}`,
      ),
    );
  // Zip times are local wall-clock fields: the same instant gives the same bytes only
  // where the time zone is the same, so they are set from UTC parts.
  // A zip holds years 1980 to 2099 only (SOURCE_DATE_EPOCH=0 is 1970): beyond them the
  // entries take the nearest year it can hold; the properties keep the true date.
  const year = Math.min(2099, Math.max(1980, date.getUTCFullYear()));
  const mtime =
    year === date.getUTCFullYear()
      ? new Date(year, date.getUTCMonth(), date.getUTCDate(), date.getUTCHours())
      : new Date(year, year === 1980 ? 0 : 11, year === 1980 ? 1 : 31, year === 1980 ? 0 : 23);
  // [Content_Types].xml first, as Word writes it (some readers look for it there).
  const names = Object.keys(files).sort(
    (a, b) => Number(b === '[Content_Types].xml') - Number(a === '[Content_Types].xml'),
  );
  return zipSync(Object.fromEntries(names.map((name) => [name, [files[name]!, { mtime }]])));
}

export function buildCharterDocx(typed: DraftProject, { locale, fingerprint }: DocxOptions): Document {
  const t = createTranslator(locale);
  const project = xmlSafe(typed);
  const model = buildCharterModel(project, t, locale, { fingerprint });
  const checklist = buildRiskChecklistModel(project, t, locale, { fingerprint });
  // An editable copy that reproduces the signatures: it says, on its cover and under them,
  // that they cover the fingerprinted text only — an edited copy is not the signed charter.
  const children: Array<Paragraph | Table> = [...cover(model, t('doc.docx.editableCopy'))];
  for (const article of model.articles) {
    children.push(new Paragraph({ text: article.heading, heading: HeadingLevel.HEADING_1, keepNext: true }));
    for (const block of article.blocks) children.push(...blockToDocx(block));
    if (article.id === 'signatures' && model.signable) {
      children.push(...signatures(model, fingerprint));
      if (model.signatures.slots.some((slot) => slot.signed))
        children.push(textParagraph(t('doc.docx.signaturesCopied'), { color: MUTED }));
    }
  }
  if (checklist.risks.length > 0) {
    children.push(
      new Paragraph({ text: checklist.documentTitle, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }),
      new Paragraph({ text: checklist.intro }),
      table(
        [
          checklist.labels.number,
          checklist.labels.risk,
          checklist.labels.level,
          checklist.labels.mitigation,
          checklist.labels.owner,
          checklist.labels.reviewDate,
          checklist.labels.status,
        ],
        checklist.risks.map((r) => [
          String(r.number),
          [r.title, r.category, r.description].filter(Boolean).join('\n'),
          r.levelLabel,
          [r.response, r.mitigation].filter(Boolean).join('\n'),
          r.owner,
          r.reviewDate,
          r.status,
        ]),
        [0.5, 3, 1, 3, 1.5, 1.2, 1],
      ),
    );
  }

  return new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    creator: model.meta.author || 'Cocharte',
    keywords: model.meta.keywords,
    lastModifiedBy: 'Cocharte',
    styles: {
      default: {
        document: { run: { font: 'DejaVu Sans', size: 20, language: { value: locale === 'fr' ? 'fr-FR' : 'en-GB' } } },
        heading1: { run: { color: ACCENT, bold: true, size: 26 }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { bold: true, size: 22 }, paragraph: { spacing: { before: 160, after: 80 } } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        headers: { default: runningHeader(model) },
        footers: { default: footer(model, t) },
        children,
      },
    ],
  });
}

function runningHeader(model: CharterModel): Header {
  const runs = [new TextRun({ text: model.partnershipTitle, color: MUTED, size: 15 })];
  if (model.draft) runs.push(new TextRun({ text: `\t${model.draft.banner}`, bold: true, color: 'B02020', size: 16 }));
  return new Header({
    children: [new Paragraph({ children: runs, tabStops: [{ type: 'right', position: TEXT_WIDTH }] })],
  });
}

function footer(model: CharterModel, t: Translate): Footer {
  // The PDF's words around the page fields (« page {page} / {pages} »), split where the fields go.
  const [before = '', between = '', after = ''] = t('doc.footer.page', { page: '\u0001', pages: '\u0001' }).split(
    '\u0001',
  );
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: 'right', position: TEXT_WIDTH }],
        children: [
          new TextRun({ text: model.footerVersion, color: MUTED, size: 15 }),
          new TextRun({
            children: ['\t', before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, after],
            color: MUTED,
            size: 15,
          }),
        ],
      }),
    ],
  });
}

function cover(model: CharterModel, editableNotice: string): Paragraph[] {
  const out = [
    new Paragraph({
      children: [new TextRun({ text: model.documentTitle.toUpperCase(), bold: true, color: ACCENT, size: 24 })],
      spacing: { after: 120 },
    }),
  ];
  // With no title yet the model falls back on the document title: say it once.
  if (model.partnershipTitle !== model.documentTitle)
    out.push(new Paragraph({ children: [new TextRun({ text: model.partnershipTitle, bold: true, size: 40 })] }));
  out.push(new Paragraph({ children: [new TextRun({ text: model.cover.between, color: MUTED })] }));
  for (const p of model.cover.partners) {
    out.push(
      new Paragraph({ children: [new TextRun({ text: p.name, bold: true, size: 24 })], indent: { left: 240 } }),
      new Paragraph({
        children: [new TextRun({ text: [p.kind, p.place].filter(Boolean).join(' · '), color: MUTED })],
        indent: { left: 240 },
        spacing: { after: 80 },
      }),
    );
  }
  out.push(
    new Paragraph({ children: [new TextRun({ text: model.cover.status, bold: true })], spacing: { before: 240 } }),
    new Paragraph({ children: [new TextRun({ text: model.cover.version, color: MUTED })] }),
  );
  if (model.cover.fingerprintLine)
    out.push(new Paragraph({ children: [new TextRun({ text: model.cover.fingerprintLine, color: MUTED })] }));
  out.push(
    new Paragraph({ children: [new TextRun({ text: editableNotice, italics: true })], spacing: { before: 120 } }),
  );
  // A worked example says it is one, and where its facts come from, as the PDF's cover does.
  if (model.cover.illustrativeNote)
    out.push(
      new Paragraph({
        children: [new TextRun({ text: model.cover.illustrativeNote, bold: true })],
        spacing: { before: 240 },
      }),
    );
  const sources = model.cover.illustrativeSources;
  if (sources)
    out.push(
      new Paragraph({ children: [new TextRun({ text: sources.title, bold: true, color: MUTED })] }),
      new Paragraph({ children: [new TextRun({ text: sources.text, color: MUTED })] }),
    );
  out.push(new Paragraph({ text: model.cover.preamble, spacing: { before: 240 } }));
  return out;
}

/** A paragraph whose line breaks are kept as breaks inside it. */
function textParagraph(text: string, options: { bold?: boolean; color?: string } = {}): Paragraph {
  const lines = text.split('\n');
  return new Paragraph({
    children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options })),
    spacing: { after: 100 },
  });
}

function blockToDocx(block: Block): Array<Paragraph | Table> {
  switch (block.type) {
    case 'paragraph':
      return [textParagraph(block.text)];
    case 'subheading':
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2, keepNext: true })];
    case 'list':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'fields':
      return [
        table(
          null,
          block.items.map((f) => [f.label, f.value]),
          [1, 3],
        ),
      ];
    case 'table':
      return [table(block.head, block.rows, block.widths)];
    case 'timeline':
      return [
        new Paragraph({ text: block.title, heading: HeadingLevel.HEADING_2, keepNext: true }),
        ...block.events
          .filter((e) => e.kind === 'milestone' || e.marker !== '')
          .map(
            (e) =>
              new Paragraph({
                text: `${e.dateText} — ${e.text}`,
                bullet: { level: 0 },
              }),
          ),
      ];
    case 'riskMatrix':
      // The matrix is a picture of the risk table that follows: Word gets the table only.
      return [];
  }
}

function cell(text: string, width: number, head: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(head ? { shading: { type: ShadingType.CLEAR, fill: ACCENT, color: 'auto' } } : {}),
    children: text.split('\n').map(
      (line, i) =>
        new Paragraph({
          children: [
            new TextRun({ text: line, bold: head || undefined, color: head ? 'FFFFFF' : undefined, size: 18 }),
          ],
          ...(i === 0 ? {} : { spacing: { before: 40 } }),
        }),
    ),
  });
}

/** A table over the text width; rows never split across pages, as in the PDF. */
function table(head: string[] | null, rows: string[][], weights: number[] = []): Table {
  const columns = head?.length ?? rows[0]?.length ?? 1;
  const w = Array.from({ length: columns }, (_, i) => weights[i] ?? 1);
  const sum = w.reduce((a, b) => a + b, 0);
  const widths = w.map((x) => Math.round((x / sum) * TEXT_WIDTH));
  const border = { style: BorderStyle.SINGLE, size: 4, color: RULE };
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      ...(head
        ? [
            new TableRow({
              tableHeader: true,
              cantSplit: true,
              children: head.map((h, i) => cell(h, widths[i]!, true)),
            }),
          ]
        : []),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, widths[i]!, false)) })),
    ],
  });
}

function signatures(model: CharterModel, fingerprint: string): Array<Paragraph | Table> {
  const s = model.signatures;
  const out: Array<Paragraph | Table> = [];
  if (fingerprint) {
    out.push(
      new Paragraph({
        children: [new TextRun({ text: s.fingerprintLabel, bold: true, color: MUTED, size: 17 })],
        keepNext: true,
      }),
      new Paragraph({
        children: [new TextRun({ text: fingerprint.replace(/(.{16})(?=.)/g, '$1 '), size: 17 })],
        keepNext: true,
      }),
    );
  }
  // French typography: a no-break space before the colon.
  const colon = model.meta.locale === 'fr' ? '\u00a0: ' : ': ';
  const slot = (x: SignatureSlot): string[] => [
    x.partnerName,
    x.partnerKind,
    ...signatureSlotRows(x, s.labels).map(([label, value]) => `${label}${colon}${value || '…………………………'}`),
    // A typed signature is its name: Word shows it after the caption.
    x.signed?.method === 'typed' && !x.signed.otherVersionNote
      ? `${s.labels.typed}${colon}${x.signed.name}`
      : signatureCaption(x.signed, s.labels),
  ];
  for (let i = 0; i < s.slots.length; i += 2) {
    const pair = s.slots.slice(i, i + 2).map((x) => slot(x).join('\n\n'));
    if (pair.length === 1) pair.push('');
    out.push(table(null, [pair], [1, 1]));
  }
  return out;
}
