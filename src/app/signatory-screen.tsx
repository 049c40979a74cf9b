import '../i18n/deferred-fr';
import '../project.css';
// An amendment's table of changes, as the record shows it.
import '../record/record.css';
// The page a signature request link opens (issue 14): loaded on its own, so neither the
// first screen nor the wizard carries it.
import { deviceKeyPair } from '../persistence/key-store';
import { provideDeviceKeys } from '../signing/device-key';
import { SignatoryView } from '../steps/signing/signatory-view';
import { LanguageSwitch } from './language-switch';

provideDeviceKeys(deviceKeyPair);

export default function SignatoryScreen({ hash }: { hash: string }) {
  return (
    <>
      <header className="app-header">
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main">
        <SignatoryView hash={hash} />
      </main>
    </>
  );
}
