import type { UseFormRegisterReturn } from 'react-hook-form';
import type { Locale } from '../../i18n/i18n';
import { numberFormat } from '../../lib/number-format';

/**
 * What a typed amount means: '' is "not given" (null); "1 500,50" and "1500.50" are the
 * same number. Anything else stays NaN so the schema says it is not a number, rather than
 * silently storing 0.
 */
export function parseAmount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isNaN(value) ? Number.NaN : value;
  if (typeof value !== 'string') return null;
  const s = value.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (s === '') return null;
  return /^-?\d*(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

/**
 * An amount as its field shows it: « 4 500,50 » in French (no-break thin space, comma),
 * « 4500.50 » in English (no grouping, so what is shown reads back as typed). Money with
 * cents shows both digits; counts (days) show what they hold.
 */
export function formatAmountForInput(value: number, locale: Locale, { money = true } = {}): string {
  const cents = money && !Number.isInteger(value);
  return numberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    useGrouping: locale === 'fr',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(value);
}

/**
 * The field's registration, showing its amount formatted (formatAmountForInput) when it
 * is drawn and when the user leaves it; never while it has focus, so typing is untouched.
 * The form's value stays the number (parseAmount reads the formatted text back the same).
 */
export function withAmountDisplay(
  registration: UseFormRegisterReturn,
  locale: Locale,
  options: { money?: boolean } = {},
): UseFormRegisterReturn {
  const show = (el: HTMLInputElement) => {
    if (el.ownerDocument.activeElement === el) return;
    const value = parseAmount(el.value);
    if (typeof value === 'number' && !Number.isNaN(value)) el.value = formatAmountForInput(value, locale, options);
  };
  return {
    ...registration,
    ref: (el: HTMLInputElement | null) => {
      registration.ref(el);
      if (el) show(el);
    },
    onBlur: async (event) => {
      const result = await registration.onBlur(event);
      if (event.target instanceof HTMLInputElement) show(event.target);
      return result;
    },
  };
}
