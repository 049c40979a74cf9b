import { Component, type ErrorInfo, type ReactNode } from 'react';
import { createTranslator, preferredLocale } from '../i18n/i18n';
import { STORAGE_KEYS, browserStorage } from '../persistence/storage';
import { lastProject } from './last-project';
import { isChunkLoadError, reloadForNewVersion } from './lazy-with-reload';
import { exportProjectFile } from './project-actions';

interface State {
  error: Error | null;
}

/**
 * A crash never blanks the app: it says what happened, keeps the saved draft and offers
 * to download it. It sits outside the i18n provider, so it picks its language itself.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // A chunk of a version no longer on the server: save, reload once, no crash screen.
    if (isChunkLoadError(error))
      void reloadForNewVersion().then((reloading) => {
        if (!reloading) console.error('Cocharte crashed', error, info.componentStack);
      });
    else console.error('Cocharte crashed', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const storage = browserStorage();
    const stored = storage?.getItem(STORAGE_KEYS.locale);
    const t = createTranslator(stored === 'en' || stored === 'fr' ? stored : preferredLocale(navigator.languages));
    const draft = lastProject();
    return (
      <main className="crash" role="alert">
        <h1>{t('crash.title')}</h1>
        <p>{t('crash.body')}</p>
        <pre className="crash__detail">{error.message}</pre>
        <div className="home__actions">
          {draft && (
            <button type="button" className="button button--primary" onClick={() => exportProjectFile(draft)}>
              {t('crash.download')}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={() => location.reload()}>
            {t('crash.reload')}
          </button>
        </div>
      </main>
    );
  }
}
