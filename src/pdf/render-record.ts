// PDFs of the partnership record (issue 13): a review report, an amendment, a closing
// report. Same fonts, blocks and page furniture as the charter.
import { createTranslator } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import type { RecordDocumentRequest } from '../domain/record-documents';
import type { AmendmentParty } from '../domain/record-amendments';
import {
  buildAmendmentModel,
  buildClosingReportModel,
  buildReviewReportModel,
  type RecordDocumentModel,
} from '../document/record-model';
import { drawArticle, drawBlock, drawSection } from './draw-blocks';
import { drawSignatures, signaturesLeadHeight } from './draw-signatures';
import { drawPageFurniture } from './page-furniture';
import { COLORS, ensureSpace, flowText, textHeight } from './pdf-context';
import { createContext, finish, type RenderOptions } from './render-pdf';

export type RecordPdfRequest = RecordDocumentRequest;

export interface RecordPdfOptions extends RenderOptions {
  /** An amendment's signatories (recordDocumentSource); the text's partners when not given. */
  parties?: readonly AmendmentParty[];
}

const SECTION = { size: 13, bold: true, color: COLORS.accent, spaceAfter: 2 } as const;
const INTRO = { size: 10, spaceAfter: 3 } as const;

/**
 * `project` is the text in force for the document (the consolidated project for a review
 * or the closing, the version the amendment amends for an amendment); `options.fingerprint`
 * is printed in the footers (that version's, or the amendment's own).
 */
export function recordModel(
  project: DraftProject,
  request: RecordPdfRequest,
  options: RecordPdfOptions,
): RecordDocumentModel {
  const t = createTranslator(options.locale);
  const opts = { fingerprint: options.fingerprint };
  if (request.kind === 'review') return buildReviewReportModel(project, request.number, t, options.locale, opts);
  if (request.kind === 'closing') return buildClosingReportModel(project, t, options.locale, opts);
  const amendment = project.record.amendments.find((a) => a.number === request.number);
  if (!amendment) throw new RangeError(`No amendment number ${request.number}`);
  return buildAmendmentModel(project, amendment, t, options.locale, {
    ...opts,
    ...(options.signatureChecks ? { signatureChecks: options.signatureChecks } : {}),
    ...(options.parties ? { parties: options.parties } : {}),
  });
}

export function renderRecordPdf(
  project: DraftProject,
  request: RecordPdfRequest,
  options: RecordPdfOptions,
): Uint8Array {
  const model = recordModel(project, request, options);
  return renderRecordModelPdf(model, options);
}

export function renderRecordModelPdf(model: RecordDocumentModel, options: RenderOptions): Uint8Array {
  const t = createTranslator(options.locale);
  const ctx = createContext(options, 'portrait');
  flowText(ctx, model.documentTitle.toUpperCase(), { size: 12, bold: true, color: COLORS.accent, spaceAfter: 2 });
  flowText(ctx, model.partnershipTitle, { size: 18, bold: true, spaceAfter: 5 });
  drawBlock(ctx, { type: 'fields', items: model.summary });
  // Each heading keeps its intro and the start of what follows; a section that would leave
  // only its last lines on a page of their own starts a page instead.
  for (const section of model.sections) drawSection(ctx, section.heading, section.blocks, { noThinTail: true });
  if (model.signatures) {
    const heading = t('doc.article.signatures');
    // As in the charter: heading, intro, fingerprint and the first row of boxes start on
    // one page, and a row carried over opens its page with « Signatures (suite) ».
    const needed =
      3 +
      textHeight(ctx, heading, SECTION) +
      SECTION.spaceAfter +
      textHeight(ctx, model.signatures.intro, INTRO) +
      INTRO.spaceAfter +
      signaturesLeadHeight(ctx, model.signatures, model.fingerprint);
    ensureSpace(ctx, needed);
    ctx.y += 3;
    flowText(ctx, heading, SECTION);
    flowText(ctx, model.signatures.intro, INTRO);
    drawSignatures(ctx, model.signatures, model.fingerprint, t('doc.continued', { heading }));
  }
  if (model.audit) {
    // As in the charter: the trail opens its own page, after the signatures it lists.
    ctx.addPage();
    drawArticle(ctx, model.audit);
  }
  const pages = ctx.doc.getNumberOfPages();
  drawPageFurniture(ctx, {
    t,
    partnershipTitle: model.partnershipTitle,
    versionDate: model.versionDate,
    fingerprint: model.fingerprint,
    banner: '',
    pageTitles: Array.from({ length: pages }, (_, i) => (i === 0 ? '' : model.documentTitle)),
  });
  return finish(ctx, model.meta, options);
}
