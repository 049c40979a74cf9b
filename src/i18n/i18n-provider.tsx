import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { STORAGE_KEYS, browserStorage } from '../persistence/storage';
import {
  LOCALES,
  createTranslator,
  formatDate,
  isLocaleLoaded,
  isMessageKey,
  loadLocale,
  preferredLocale,
  type Locale,
  type Translate,
} from './i18n';

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** Translates a message key, or returns the text as it is (for keys carried in data). */
  tk: (keyOrText: string) => string;
  date: (iso: string) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

function initialLocale(): Locale {
  const stored = browserStorage()?.getItem(STORAGE_KEYS.locale);
  if (stored && (LOCALES as readonly string[]).includes(stored)) return stored as Locale;
  return preferredLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

export function I18nProvider({ children, locale: forced }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => forced ?? initialLocale());
  const [ready, setReady] = useState(() => isLocaleLoaded(locale));

  // A stored English choice waits for the English messages rather than flash French.
  useEffect(() => {
    if (ready) return;
    let live = true;
    const done = () => live && setReady(true);
    loadLocale(locale).then(done, done);
    return () => {
      live = false;
    };
  }, [locale, ready]);

  const setLocale = useCallback((next: Locale) => {
    const apply = () => {
      setLocaleState(next);
      try {
        browserStorage()?.setItem(STORAGE_KEYS.locale, next);
      } catch {
        // The choice then lasts for this visit only.
      }
    };
    loadLocale(next).then(apply, apply);
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18nValue>(() => {
    const t = createTranslator(locale);
    return {
      locale,
      setLocale,
      t,
      tk: (k) => (isMessageKey(k) ? t(k) : k),
      date: (iso) => formatDate(locale, iso),
    };
    // `ready` is a dependency: the translator must be rebuilt once the messages arrive.
  }, [locale, setLocale, ready]);

  if (!ready) return null;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
