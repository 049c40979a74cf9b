import { LOCALES, type Locale } from '../i18n/i18n';
import { STORAGE_KEYS, browserStorage, readJson, writeJson } from './storage';

/**
 * Small per-device choices (interface language, guidance folded or open). They stay in
 * localStorage, read synchronously at start-up so the first screen never flashes the
 * wrong language; projects live apart in the project store.
 */
export function readStoredLocale(): Locale | null {
  const stored = browserStorage()?.getItem(STORAGE_KEYS.locale);
  return stored && (LOCALES as readonly string[]).includes(stored) ? (stored as Locale) : null;
}

export function writeStoredLocale(locale: Locale): void {
  try {
    browserStorage()?.setItem(STORAGE_KEYS.locale, locale);
  } catch {
    // The choice then lasts for this visit only.
  }
}

interface GuidancePreference {
  open: boolean;
}

// When the browser refuses storage (private mode, sandbox), the choice still holds for
// this visit, across steps, instead of springing open again on every step.
let sessionGuidance: boolean | null = null;
// The last write failed (storage full since the page opened): the stored value is stale.
let writeFailed = false;

function isGuidancePreference(value: unknown): value is GuidancePreference {
  return typeof value === 'object' && value !== null && typeof (value as { open?: unknown }).open === 'boolean';
}

/** Stored as `{ "open": boolean }`; nothing stored means first use: open. */
export function readGuidanceOpen(): boolean {
  const storage = browserStorage();
  if (!storage || (writeFailed && sessionGuidance !== null)) return sessionGuidance ?? true;
  const stored = readJson(storage, STORAGE_KEYS.guidance);
  return isGuidancePreference(stored) ? stored.open : true;
}

export function writeGuidanceOpen(open: boolean): void {
  sessionGuidance = open;
  const storage = browserStorage();
  // A failed write (quota) only means the choice lasts for this visit.
  writeFailed = storage !== null && !writeJson(storage, STORAGE_KEYS.guidance, { open } satisfies GuidancePreference);
}
