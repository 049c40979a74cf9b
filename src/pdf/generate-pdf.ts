import '../i18n/deferred-fr';
// Browser entry of the PDF module. Load it only with `await import('./generate-pdf')`
// so jsPDF and the fonts stay out of the first-page bundle.
// Documents may be in English whatever the interface's language.
import '../i18n/register-en';
import regularUrl from '../assets/fonts/DejaVuSans-subset.ttf?url';
import boldUrl from '../assets/fonts/DejaVuSans-Bold-subset.ttf?url';
import type { Locale } from '../i18n/i18n';
import { contentFingerprint } from '../domain/fingerprint';
import type { DraftProject } from '../schemas/project.schema';
import { pdfFileName, recordFileName, worksheetFileName, type PdfKind } from '../document/file-name';
import { renderCharterPdf, renderRiskChecklistPdf, type PdfFonts } from './render-pdf';
import { renderWorksheetPdf } from './render-worksheet';
import { renderRecordPdf } from './render-record';
import { recordDocumentSource, type RecordDocumentRequest } from '../domain/record-documents';
import type { WorksheetStep } from '../document/worksheet-model';
import { deviceKeys } from '../signing/device-key';
import { renderInForcePdf } from './render-in-force';

export interface GeneratePdfRequest {
  project: DraftProject;
  kind: PdfKind;
  locale: Locale;
}

export interface GeneratedPdf {
  blob: Blob;
  fileName: string;
}

let fontsPromise: Promise<PdfFonts> | null = null;

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url} could not be loaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Fetched once per session; a failed fetch is retried on the next request. */
function loadFonts(): Promise<PdfFonts> {
  fontsPromise ??= Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      fontsPromise = null;
      throw error;
    });
  return fontsPromise;
}

export async function generatePdf({ project, kind, locale }: GeneratePdfRequest): Promise<GeneratedPdf> {
  const [fonts, fingerprint] = await Promise.all([loadFonts(), contentFingerprint(project)]);
  let bytes: Uint8Array;
  if (kind === 'charter' && project.signatures.length > 0) {
    // A signed charter is sealed (PAdES) with this device's key; libpdf loads only here.
    const { renderSealedCharterPdf } = await import('./seal-pdf');
    bytes = await renderSealedCharterPdf(project, { locale, fonts, fingerprint, keys: await deviceKeys() });
  } else {
    const render = kind === 'charter' ? renderCharterPdf : renderRiskChecklistPdf;
    bytes = render(project, { locale, fonts, fingerprint });
  }
  return {
    blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }),
    fileName: pdfFileName(kind, locale, project.partners.title),
  };
}

/**
 * The charter a signing link asks a partner to sign, for them to read or print on their own
 * device: never sealed — the seal is the coordinator's device's, on the signed charter.
 */
export async function generateCharterToReadPdf(project: DraftProject, locale: Locale): Promise<GeneratedPdf> {
  const [fonts, fingerprint] = await Promise.all([loadFonts(), contentFingerprint(project)]);
  const bytes = renderCharterPdf(project, { locale, fonts, fingerprint });
  return {
    blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }),
    fileName: pdfFileName('charter', locale, project.partners.title),
  };
}

export interface GenerateWorksheetRequest {
  /** One of the five steps, or 'all' for the five in one file. */
  step: WorksheetStep;
  locale: Locale;
}

/** A blank worksheet to print for a workshop on paper; needs no project. */
export async function generateWorksheetPdf({ step, locale }: GenerateWorksheetRequest): Promise<GeneratedPdf> {
  const bytes = renderWorksheetPdf({ fonts: await loadFonts(), locale, step });
  return {
    blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }),
    fileName: worksheetFileName(step, locale),
  };
}

const amendmentSigned = (project: DraftProject, number: number) =>
  project.record.amendments.some((a) => a.number === number && a.signatures.length > 0);

/**
 * The text in force as a PDF: the charter with its co-signed amendments applied, dated from
 * the latest one's co-signature; no signature boxes (each text was signed on its own).
 */
export async function generateInForcePdf(project: DraftProject, locale: Locale): Promise<GeneratedPdf> {
  const bytes = await renderInForcePdf(project, { locale, fonts: await loadFonts() });
  if (!bytes) throw new Error('The charter is not signed by every partner: it has no text in force yet.');
  return {
    blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }),
    fileName: recordFileName('inForce', null, locale, project.partners.title),
  };
}

/** A review report, an amendment or the closing report of a signed charter (issue 13). */
export async function generateRecordPdf(
  project: DraftProject,
  request: RecordDocumentRequest,
  locale: Locale,
): Promise<GeneratedPdf> {
  const [fonts, source] = await Promise.all([loadFonts(), recordDocumentSource(project, request)]);
  const signed = request.kind === 'amendment' && amendmentSigned(project, request.number);
  const bytes = signed
    ? // A signed amendment is sealed as the charter is; libpdf loads only here.
      await (await import('./seal-pdf')).renderSealedAmendmentPdf(source.project, request.number, {
        locale,
        fonts,
        fingerprint: source.fingerprint,
        parties: source.parties,
        keys: await deviceKeys(),
      })
    : renderRecordPdf(source.project, request, {
        locale,
        fonts,
        fingerprint: source.fingerprint,
        parties: source.parties,
      });
  return {
    blob: new Blob([bytes as BlobPart], { type: 'application/pdf' }),
    fileName: recordFileName(request.kind, 'number' in request ? request.number : null, locale, project.partners.title),
  };
}
