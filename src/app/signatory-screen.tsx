import '../i18n/deferred-fr';
import '../project.css';
// An amendment's table of changes, as the record shows it.
import '../record/record.css';
// The page a signature request link opens (issue 14): loaded on its own, so neither the
// first screen nor the wizard carries it.
import { deviceKeyPair } from '../persistence/key-store';
import { signatoryTab } from '../persistence/signatory-tab';
import { provideDeviceKeys } from '../signing/device-key';
import { SignatoryView } from '../steps/signing/signatory-view';
import { useI18n } from '../i18n/i18n-provider';
import type { DraftProject } from '../schemas/project.schema';
import { LanguageSwitch } from './language-switch';
import { usePdfDownload } from './use-pdf-download';

provideDeviceKeys(deviceKeyPair);

export default function SignatoryScreen({ hash }: { hash: string }) {
  return (
    <>
      <header className="app-header">
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main">
        <SignatoryView
          hash={hash}
          charterActions={(project) => <CharterPdfButton project={project} />}
          // What the signatory types, and their answer, kept in this tab until it is closed.
          keep={signatoryTab}
        />
      </main>
    </>
  );
}

/**
 * The charter to sign as a PDF, to read, print or have a board approve before signing: in
 * the charter's language (the text signed), unsealed (this device seals nothing for others).
 */
function CharterPdfButton({ project }: { project: DraftProject }) {
  const { t } = useI18n();
  const { busy, download, status, alert } = usePdfDownload();
  return (
    <div className="charter-screen__bar">
      <button
        type="button"
        className="button button--secondary"
        // Not `disabled`: a disabled button drops the keyboard focus to the page's top.
        aria-disabled={busy}
        onClick={() => {
          void download((pdf) => pdf.generateCharterToReadPdf(project, project.documentLanguage));
        }}
      >
        {t('signatory.pdf')}
      </button>
      {status}
      {alert}
    </div>
  );
}
