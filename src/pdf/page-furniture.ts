import type { Translate } from '../i18n/i18n';
import { shortFingerprint } from '../domain/fingerprint';
import { COLORS, FONT, MARGIN, clean, setColor, type PdfContext, type Rgb } from './pdf-context';

const DRAFT_RED: Rgb = [176, 32, 32];

export interface Furniture {
  t: Translate;
  partnershipTitle: string;
  versionDate: string;
  /** The footer's words for the version, when not « version du <versionDate> ». */
  version?: string;
  fingerprint: string;
  /** Document title shown in the header of each page (index 0 = page 1); '' for none. */
  pageTitles: string[];
  /** "PROJET — non signable" on every page of an incomplete charter; '' for none. */
  banner: string;
}

/** The longest start of `text` that fits `width` with "…" added, cut at a word if possible. */
export function fitWithEllipsis(ctx: PdfContext, text: string, width: number): string {
  const { doc } = ctx;
  if (doc.getTextWidth(text) <= width) return text;
  let end = text.length;
  while (end > 0 && doc.getTextWidth(`${text.slice(0, end).trimEnd()}…`) > width) end--;
  const space = text.lastIndexOf(' ', end);
  // Cut at the last word boundary unless that throws away more than a third of the room.
  const cut = space > end * 0.66 ? space : end;
  return `${text.slice(0, cut).replace(/[\s—–,;:·-]+$/, '')}…`;
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

    let bannerWidth = 0;
    if (f.banner) {
      const banner = clean(ctx, f.banner);
      doc.setFont(FONT, 'bold');
      doc.setFontSize(8);
      setColor(doc, DRAFT_RED);
      doc.text(banner, w - side, 13, { align: 'right' });
      bannerWidth = doc.getTextWidth(banner) + 6;
      doc.setFont(FONT, 'normal');
      doc.setFontSize(7.5);
      setColor(doc, COLORS.muted);
    }
    const title = f.pageTitles[page - 1] ?? '';
    if (title) {
      // No "Charte de partenariat — Charte de partenariat" when the partnership has no title yet.
      const header = clean(
        ctx,
        f.partnershipTitle === title ? title : f.t('doc.header', { title: f.partnershipTitle, document: title }),
      );
      doc.text(fitWithEllipsis(ctx, header, w - 2 * side - bannerWidth), side, 13);
    }
    if (title || f.banner) doc.line(side, 15, w - side, 15);

    const footerY = h - 10;
    doc.line(side, footerY - 4, w - side, footerY - 4);
    const left = [f.version ?? f.t('doc.footer.version', { date: f.versionDate })];
    if (f.fingerprint) left.push(f.t('doc.footer.fingerprint', { fingerprint: shortFingerprint(f.fingerprint) }));
    doc.text(clean(ctx, left.join(' · ')), side, footerY);
    doc.text(f.t('doc.footer.page', { page, pages }), w - side, footerY, { align: 'right' });
  }
}
