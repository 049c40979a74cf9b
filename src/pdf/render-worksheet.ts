// Blank worksheets: no project needed, only the step (or all five) and the language.
import { createTranslator, type Locale } from '../i18n/i18n';
import { drawWorksheet } from './draw-worksheet';
import { createContext, finish, type PdfFonts } from './render-pdf';
import { buildWorksheetModel, type WorksheetStep } from '../document/worksheet-model';

export interface WorksheetOptions {
  fonts: PdfFonts;
  locale: Locale;
  step: WorksheetStep;
  /** Creation date written in the file; fix it to get byte-identical output. */
  now?: Date;
}

/** A printable A4 worksheet for one step, or for all five (each step on its own pages). */
export function renderWorksheetPdf(options: WorksheetOptions): Uint8Array {
  const t = createTranslator(options.locale);
  const model = buildWorksheetModel(options.step, t, options.locale);
  const ctx = createContext(options, 'portrait');
  drawWorksheet(ctx, model, (page, pages) => t('doc.footer.page', { page, pages }));
  return finish(ctx, model.meta, { fingerprint: '', ...(options.now ? { now: options.now } : {}) });
}
