import '../i18n/deferred-fr';
import { useI18n } from '../i18n/i18n-provider';

// Loaded only inside a frame, with its messages (the deferred French ones).

/**
 * Shown instead of the app when another site shows Cocharte in a frame: a page that can
 * frame it could dress it up and ask for a signature in its name (clickjacking). Static
 * hosts also send `X-Frame-Options` and `frame-ancestors` (public/_headers); this covers
 * hosts that cannot send headers.
 */
export function FramedNotice() {
  const { t } = useI18n();
  return (
    <main className="crash" role="alert">
      <h1>{t('app.name')}</h1>
      <p>
        {t('app.framed')}{' '}
        <a href={location.href} target="_top" rel="noopener">
          {t('app.openDirectly')}
        </a>
      </p>
    </main>
  );
}
