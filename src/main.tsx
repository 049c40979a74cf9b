import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, openPageStore } from './app/app';
import { framedByAnotherOrigin } from './app/framed';
import { lazyWithReload } from './app/lazy-with-reload';
import { I18nProvider } from './i18n/i18n-provider';
import { readStoredLocale } from './persistence/preferences';
import './styles.css';

const FramedNotice = lazyWithReload(async () => ({ default: (await import('./app/framed-notice')).FramedNotice }));

// The app places the view itself on each screen and step (the heading it focuses goes to
// the top): the browser's own restoring on Back and Forward would scroll it away again,
// to where the page was when the user left it, often its bottom button.
if ('scrollRestoration' in history) history.scrollRestoration = 'manual';

const framed = framedByAnotherOrigin();
// The database opens now, in parallel with the first render (the project list needs it).
if (!framed) openPageStore();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {framed ? (
        <I18nProvider storedLocale={readStoredLocale()}>
          <FramedNotice />
        </I18nProvider>
      ) : (
        <App />
      )}
    </StrictMode>,
  );
}
