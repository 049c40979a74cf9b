import type { Locale } from '../i18n/i18n';

export type PdfKind = 'charter' | 'risks';

const PREFIX: Record<Locale, Record<PdfKind, string>> = {
  fr: { charter: 'charte', risks: 'risques' },
  en: { charter: 'charter', risks: 'risk-checklist' },
};

/** ASCII, lower-case, hyphenated: file names survive every OS and e-mail client. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/g, '');
}

/** `charte-<title>.pdf`, `risk-checklist-<title>.pdf`, … */
export function pdfFileName(kind: PdfKind, locale: Locale, title: string): string {
  const slug = slugify(title);
  return `${PREFIX[locale][kind]}${slug ? `-${slug}` : ''}.pdf`;
}
