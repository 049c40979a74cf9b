import { useI18n } from '../i18n/i18n-provider';

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

/** True inside a frame of another origin (reading the top page's address then throws). */
export function framedByAnotherOrigin(win: Window = window): boolean {
  if (win.top === win.self) return false;
  try {
    return win.top?.location.origin !== win.location.origin;
  } catch {
    return true;
  }
}
