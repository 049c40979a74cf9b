import '../i18n/deferred-fr';
// Browser entry of the Word export. Load it only with `await import('./generate-docx')`
// so `docx` stays out of the first-page bundle.
// Documents may be in English whatever the interface's language.
import '../i18n/register-en';
import { contentFingerprint } from '../domain/fingerprint';
import { docxFileName } from '../document/file-name';
import type { Locale } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { renderCharterDocx } from './render-docx';

export async function generateDocx({
  project,
  locale,
}: {
  project: DraftProject;
  locale: Locale;
}): Promise<{ blob: Blob; fileName: string }> {
  const bytes = await renderCharterDocx(project, { locale, fingerprint: await contentFingerprint(project) });
  return {
    blob: new Blob([bytes as BlobPart], {
      type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    }),
    fileName: docxFileName(locale, project.partners.title),
  };
}
