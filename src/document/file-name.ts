import type { Locale } from '../i18n/i18n';
import { slugify } from '../lib/slugify';

export { slugify };

export type PdfKind = 'charter' | 'risks';

const PREFIX: Record<Locale, Record<PdfKind, string>> = {
  fr: { charter: 'charte', risks: 'risques' },
  en: { charter: 'charter', risks: 'risk-checklist' },
};

/** `charte-<title>.pdf`, `risk-checklist-<title>.pdf`, … */
export function pdfFileName(kind: PdfKind, locale: Locale, title: string): string {
  const slug = slugify(title);
  return `${PREFIX[locale][kind]}${slug ? `-${slug}` : ''}.pdf`;
}

/** `charte-<title>.docx`: the editable Word copy of the charter. */
export function docxFileName(locale: Locale, title: string): string {
  return pdfFileName('charter', locale, title).replace(/\.pdf$/, '.docx');
}

const WORKSHEET: Record<Locale, { prefix: string; all: string }> = {
  fr: { prefix: 'fiche-atelier', all: 'cinq-etapes' },
  en: { prefix: 'worksheet', all: 'all-steps' },
};

/** `fiche-atelier-partners.pdf`, `worksheet-all-steps.pdf`: the step id keeps names short and stable. */
export function worksheetFileName(step: string, locale: Locale): string {
  const w = WORKSHEET[locale];
  return `${w.prefix}-${step === 'all' ? w.all : slugify(step.replace(/([a-z])([A-Z])/g, '$1-$2'))}.pdf`;
}

const RECORD: Record<Locale, { review: string; amendment: string; closing: string; inForce: string }> = {
  fr: { review: 'bilan', amendment: 'avenant', closing: 'bilan-de-fin', inForce: 'charte-en-vigueur' },
  en: { review: 'review', amendment: 'amendment', closing: 'closing-report', inForce: 'charter-in-force' },
};

/** `bilan-2-<title>.pdf`, `amendment-1-<title>.pdf`, `bilan-de-fin-<title>.pdf`, `charte-en-vigueur-<title>.pdf`. */
export function recordFileName(
  kind: 'review' | 'amendment' | 'closing' | 'inForce',
  number: number | null,
  locale: Locale,
  title: string,
): string {
  const slug = slugify(title);
  return `${RECORD[locale][kind]}${number ? `-${number}` : ''}${slug ? `-${slug}` : ''}.pdf`;
}

const WORKSHOP: Record<Locale, { prefix: string; projects: string }> = {
  fr: { prefix: 'atelier', projects: 'projets' },
  en: { prefix: 'workshop', projects: 'projects' },
};

/**
 * A workshop's files, named in the interface's language as the charter's are: the session file
 * (`atelier-2026-11-30` + its extension, `.cocharte-atelier.json`, which opens it as a session
 * whatever the language) and the pairs' archive (`workshop-2026-11-30-projects.zip`).
 */
export function workshopFileName(kind: 'session' | 'projects', locale: Locale, day: string, extension = ''): string {
  const w = WORKSHOP[locale];
  return kind === 'session' ? `${w.prefix}-${day}${extension}` : `${w.prefix}-${day}-${w.projects}.zip`;
}
