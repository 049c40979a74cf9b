import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  createTranslator,
  formatDate,
  isLocaleLoaded,
  isMessageKey,
  loadLocale,
  preferredLocale,
  type Locale,
  type Translate,
  readErrorMessage,
} from './i18n';
import { isolateRightToLeft } from './bidi';

interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** Translates a message key, or returns the text as it is (for keys carried in data). */
  tk: (keyOrText: string) => string;
  /**
   * A validation message: its translation, or the generic « value not valid » for a message
   * without one (a library's own English text must never reach the user).
   */
  te: (message: string) => string;
  date: (iso: string) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

function browserLocale(): Locale {
  return preferredLocale(typeof navigator === 'undefined' ? [] : navigator.languages);
}

interface ProviderProps {
  children: ReactNode;
  /** Forces a language (tests, documents); otherwise the stored choice, then the browser's. */
  locale?: Locale;
  /** The language chosen earlier on this device, read by the composition root. */
  storedLocale?: Locale | null;
  /** Called after the user picks a language, so the composition root can remember it. */
  onLocaleChosen?: (locale: Locale) => void;
}

export function I18nProvider({ children, locale: forced, storedLocale, onLocaleChosen }: ProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => forced ?? storedLocale ?? browserLocale());
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

  const setLocale = useCallback(
    (next: Locale) => {
      const apply = () => {
        setLocaleState(next);
        onLocaleChosen?.(next);
      };
      loadLocale(next).then(apply, apply);
    },
    [onLocaleChosen],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18nValue>(() => {
    const translate = createTranslator(locale);
    const t: Translate = (key, vars) => translate(key, isolateRightToLeft(vars));
    return {
      locale,
      setLocale,
      t,
      tk: (k) => (isMessageKey(k) ? t(k) : k),
      te: (m) => {
        const read = readErrorMessage(m);
        return read ? t(read.key, read.vars) : t('errors.invalid');
      },
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
