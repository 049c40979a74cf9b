import { checkChain, inForceSince, versionInForce } from '../domain/record-amendments';
import type { Locale } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { type PdfFonts, renderCharterPdf } from './render-pdf';

/**
 * The text in force as a PDF (app and CLI): the signed charter with its co-signed amendments
 * applied, dated from the latest one's co-signature, with no box to sign (each text was
 * signed on its own). Null while the charter itself is not signed by every partner: there
 * is no text in force yet.
 */
export async function renderInForcePdf(
  project: DraftProject,
  options: { locale: Locale; fonts: PdfFonts; now?: Date },
): Promise<Uint8Array | null> {
  const chain = await checkChain(project);
  const version = versionInForce(chain);
  if (!version) return null;
  return renderCharterPdf(
    { ...chain.current, signatures: [] },
    {
      ...options,
      fingerprint: chain.currentFingerprint,
      inForce: { amendments: version.number, since: inForceSince(project, chain) },
    },
  );
}
