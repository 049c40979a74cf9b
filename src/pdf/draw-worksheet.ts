import { lastTableEnd } from './draw-blocks';
import {
  COLORS,
  FONT,
  MARGIN,
  clean,
  ensureSpace,
  fitTable,
  flowText,
  lineHeight,
  setColor,
  textHeight,
  type PdfContext,
  type TextStyle,
} from './pdf-context';
import type { SourcedLine, WorksheetModel, WorksheetSection } from '../document/worksheet-model';

/** Room to write one answer by hand: about four ruled lines. */
const ANSWER_H = 34;
const RULE_GAP = 7.5;
/** A question sits right of its number. */
const QUESTION_INDENT = 7;
const PURPOSE: TextStyle = { size: 9.5, color: COLORS.muted };
const QUESTION: TextStyle = { size: 10, bold: true, indent: QUESTION_INDENT };
/** The source line under a text: small and muted, like the app's `<small>` line. */
const SOURCE: TextStyle = { size: 7.5, color: COLORS.muted };
const QUESTIONS_TITLE: TextStyle = { size: 11, bold: true, color: COLORS.accent };
const GRID_TITLE: TextStyle = { size: 11, bold: true, color: COLORS.accent };
/** Under the grid's title: where its rating scales come from (as a source line). */
const SCALE_NOTE: TextStyle = SOURCE;
/** An empty row of the grid: room for a few handwritten words. */
const ROW_H = 16;
const GRID_SIZE = 8;
const GRID_PADDING = 1.5;

/** The grid's height: its head (the longest label's lines) and its empty rows. */
function gridHeight(ctx: PdfContext, fitted: { head: string[]; widths: number[] }, rows: number): number {
  const { doc } = ctx;
  doc.setFont(FONT, 'bold');
  doc.setFontSize(GRID_SIZE);
  const lines = Math.max(
    1,
    ...fitted.head.map((h, i) => doc.splitTextToSize(h, fitted.widths[i]! - 2 * GRID_PADDING).length),
  );
  return lines * lineHeight(doc, GRID_SIZE, 1.15) + 2 * GRID_PADDING + rows * ROW_H + 1;
}

/** Each step starts on a page of its own, so the sheets can be handed out separately. */
export function drawWorksheet(
  ctx: PdfContext,
  model: WorksheetModel,
  pageLabel: (page: number, pages: number) => string,
): void {
  // Which step each page belongs to: a sheet handed out alone still says its step.
  const stepOfPage: string[] = [];
  model.sections.forEach((section, i) => {
    if (i > 0) ctx.addPage();
    const first = ctx.doc.getNumberOfPages();
    drawSection(ctx, model, section);
    for (let page = first; page <= ctx.doc.getNumberOfPages(); page++)
      stepOfPage[page] = `${model.footer} · ${section.stepLabel} · ${section.title}`;
  });
  drawFooters(ctx, (page) => stepOfPage[page] ?? model.footer, pageLabel);
}

function drawSection(ctx: PdfContext, model: WorksheetModel, section: WorksheetSection): void {
  const { doc } = ctx;
  const box = ctx.box();
  doc.setFillColor(...COLORS.accent);
  doc.rect(0, 0, doc.internal.pageSize.getWidth(), 6, 'F');
  ctx.y = 14;
  flowText(ctx, `${model.title} · ${section.stepLabel}`.toUpperCase(), {
    size: 9,
    bold: true,
    color: COLORS.accent,
    spaceAfter: 1,
  });
  flowText(ctx, section.title, { size: 18, bold: true, spaceAfter: 3 });
  drawBlanks(ctx, model.blanks);
  // The purpose and its source line stay together.
  ensureSpace(
    ctx,
    textHeight(ctx, section.purpose.text, PURPOSE) + 0.8 + textHeight(ctx, section.purpose.source, SOURCE),
  );
  flowText(ctx, section.purpose.text, { ...PURPOSE, spaceAfter: 0.8 });
  flowText(ctx, section.purpose.source, { ...SOURCE, spaceAfter: 4 });
  // The heading never ends a page alone: it goes over with the first question.
  const first = section.questions[0];
  ensureSpace(
    ctx,
    textHeight(ctx, section.questionsTitle, QUESTIONS_TITLE) + 2 + (first ? questionHeight(ctx, first) : 0),
  );
  flowText(ctx, section.questionsTitle, { ...QUESTIONS_TITLE, spaceAfter: 2 });
  section.questions.forEach((q, i) => drawQuestion(ctx, i + 1, q));

  const total = box.right - box.left;
  const rows = Array.from({ length: section.grid.rows }, () => section.grid.head.map(() => ''));
  const fitted = fitTable(ctx, {
    head: section.grid.head,
    rows,
    weights: section.grid.widths,
    total,
    size: 8,
    padding: 1.5,
  });
  // The grid is a form to fill in by hand: it goes over whole with its heading rather
  // than leave a row or two on a page of their own.
  const { scaleNote } = section.grid;
  ensureSpace(
    ctx,
    2 +
      textHeight(ctx, section.grid.title, GRID_TITLE) +
      (scaleNote ? textHeight(ctx, scaleNote, SCALE_NOTE) + 1 : 0) +
      2 +
      gridHeight(ctx, fitted, section.grid.rows),
  );
  ctx.y += 2;
  flowText(ctx, section.grid.title, { ...GRID_TITLE, spaceAfter: scaleNote ? 1 : 2 });
  if (scaleNote) flowText(ctx, scaleNote, { ...SCALE_NOTE, spaceAfter: 2 });
  ctx.table({
    startY: ctx.y,
    margin: {
      top: box.top,
      bottom: doc.internal.pageSize.getHeight() - box.bottom,
      left: box.left,
      right: doc.internal.pageSize.getWidth() - box.right,
    },
    head: [fitted.head],
    body: fitted.rows,
    theme: 'grid',
    showHead: 'everyPage',
    styles: {
      font: FONT,
      fontStyle: 'normal',
      fontSize: 8,
      cellPadding: 1.5,
      lineColor: [...COLORS.rule],
      lineWidth: 0.25,
      minCellHeight: ROW_H,
    },
    headStyles: {
      font: FONT,
      fontStyle: 'bold',
      fillColor: [...COLORS.headFill],
      textColor: [255, 255, 255],
      minCellHeight: 0,
      valign: 'middle',
    },
    columnStyles: Object.fromEntries(fitted.widths.map((w, i) => [i, { cellWidth: w }])),
  });
  ctx.y = lastTableEnd(ctx) + 4;
}

/** "Partenariat : ____   Date : ____" then "Participants : ____", to fill in by hand. */
function drawBlanks(ctx: PdfContext, labels: string[]): void {
  const { doc } = ctx;
  const box = ctx.box();
  const rowH = 8;
  const lines: string[][] = [labels.slice(0, 2), labels.slice(2)];
  doc.setFontSize(9.5);
  for (const row of lines) {
    if (row.length === 0) continue;
    const cellW = (box.right - box.left) / row.length;
    row.forEach((label, i) => {
      const x = box.left + i * cellW;
      const text = clean(ctx, label);
      doc.setFont(FONT, 'bold');
      setColor(doc, COLORS.muted);
      doc.text(text, x, ctx.y + 5);
      const start = x + doc.getTextWidth(text) + 2;
      doc.setDrawColor(...COLORS.rule);
      doc.setLineWidth(0.25);
      doc.setLineDashPattern([0.6, 0.8], 0);
      doc.line(start, ctx.y + 5.6, x + cellW - 4, ctx.y + 5.6);
      doc.setLineDashPattern([], 0);
    });
    ctx.y += rowH;
  }
  ctx.y += 3;
}

/** Height of a question, its source line and its answer box, which never part. */
function questionHeight(ctx: PdfContext, question: SourcedLine): number {
  const source = textHeight(ctx, question.source, { ...SOURCE, indent: QUESTION_INDENT });
  return textHeight(ctx, question.text, QUESTION) + 0.6 + source + 1.5 + ANSWER_H;
}

function drawQuestion(ctx: PdfContext, n: number, question: SourcedLine): void {
  const { doc } = ctx;
  const box = ctx.box();
  // The question never sits alone at a page bottom, away from its source and answer box.
  ensureSpace(ctx, questionHeight(ctx, question));
  const top = ctx.y;
  doc.setFont(FONT, 'bold');
  doc.setFontSize(10);
  setColor(doc, COLORS.accent);
  doc.text(`${n}.`, box.left, top + lineHeight(doc, 10) * 0.78);
  flowText(ctx, question.text, { ...QUESTION, spaceAfter: 0.6 });
  flowText(ctx, question.source, { ...SOURCE, indent: QUESTION_INDENT, spaceAfter: 1.5 });
  const y = ctx.y;
  const indent = QUESTION_INDENT;
  doc.setDrawColor(...COLORS.rule);
  doc.setLineWidth(0.3);
  doc.roundedRect(box.left + indent, y, box.right - box.left - indent, ANSWER_H, 1.5, 1.5, 'S');
  doc.setLineWidth(0.15);
  for (let ly = y + RULE_GAP; ly < y + ANSWER_H - 2; ly += RULE_GAP)
    doc.line(box.left + indent + 3, ly, box.right - 3, ly);
  ctx.y = y + ANSWER_H + 4;
}

function drawFooters(
  ctx: PdfContext,
  footer: (page: number) => string,
  pageLabel: (page: number, pages: number) => string,
): void {
  const { doc } = ctx;
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    const w = doc.internal.pageSize.getWidth();
    const y = doc.internal.pageSize.getHeight() - 10;
    doc.setFont(FONT, 'normal');
    doc.setFontSize(7.5);
    setColor(doc, COLORS.muted);
    doc.setDrawColor(...COLORS.rule);
    doc.setLineWidth(0.2);
    doc.line(MARGIN.side, y - 4, w - MARGIN.side, y - 4);
    doc.text(clean(ctx, footer(page)), MARGIN.side, y);
    doc.text(pageLabel(page, pages), w - MARGIN.side, y, { align: 'right' });
  }
}
