import type { Translate } from '../i18n/i18n';
import { shortFingerprint } from '../domain/fingerprint';
import { COLORS, FONT, MARGIN, clean, setColor, type PdfContext } from './pdf-context';

export interface Furniture {
  t: Translate;
  partnershipTitle: string;
  versionDate: string;
  fingerprint: string;
  /** Document title shown in the header of each page (index 0 = page 1); '' for none. */
  pageTitles: string[];
}

/**
 * Running header and footer, drawn once every page exists so the footer can say
 * "page X / Y".
 */
export function drawPageFurniture(ctx: PdfContext, f: Furniture): void {
  const { doc } = ctx;
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    const w = doc.internal.pageSize.getWidth();
    const h = doc.internal.pageSize.getHeight();
    const side = w > h ? MARGIN.sideLandscape : MARGIN.side;
    doc.setFont(FONT, 'normal');
    doc.setFontSize(7.5);
    setColor(doc, COLORS.muted);
    doc.setDrawColor(...COLORS.rule);
    doc.setLineWidth(0.2);

    const title = f.pageTitles[page - 1] ?? '';
    if (title) {
      const header = clean(ctx, f.t('doc.header', { title: f.partnershipTitle, document: title }));
      const fitted = (doc.splitTextToSize(header, w - 2 * side) as string[])[0] ?? '';
      doc.text(fitted, side, 13);
      doc.line(side, 15, w - side, 15);
    }

    const footerY = h - 10;
    doc.line(side, footerY - 4, w - side, footerY - 4);
    const left = [f.t('doc.footer.version', { date: f.versionDate })];
    if (f.fingerprint) left.push(f.t('doc.footer.fingerprint', { fingerprint: shortFingerprint(f.fingerprint) }));
    doc.text(clean(ctx, left.join(' · ')), side, footerY);
    doc.text(f.t('doc.footer.page', { page, pages }), w - side, footerY, { align: 'right' });
  }
}
