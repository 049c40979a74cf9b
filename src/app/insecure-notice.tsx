// Loaded only on an insecure page, with its messages (the deferred French ones).
import '../i18n/deferred-fr';
import { useI18n } from '../i18n/i18n-provider';

/**
 * Shown above every screen when the page is not a secure context (served over plain http
 * from another machine, e.g. a workshop's local server): browsers then withhold WebCrypto
 * (`crypto.subtle`), which the fingerprints and the signatures' seals need, and service
 * workers. Everything else works; this says so before a signature fails.
 */
export function InsecureNotice() {
  const { t } = useI18n();
  return (
    <div className="panel panel--warning" role="note">
      <p>{t('app.insecure')}</p>
    </div>
  );
}
