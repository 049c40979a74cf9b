import { createTranslator, formatDate, type Locale, type MessageVars, type Translate } from '../i18n/i18n';
import type { DateIssue } from '../domain/agreement-checks';
import type { FundingIssue } from '../domain/agreement-funding';
import { periodLength } from '../domain/agreement-checks';
import { OTHER_LOCALE, joinBilingual } from './bilingual';
import type { ModelContext } from './model-helpers';

export type CountedUnit = 'months' | 'days' | 'years' | 'copies' | 'daysTimes';

/**
 * A number and its word with the locale's real plural ("1 an", "5 ans"; "1 month"), through
 * the translator's ICU plural form (messages `agr.count.<unit>`).
 */
export function counted(t: Translate, unit: CountedUnit, count: number, vars: MessageVars = {}): string {
  return t(`agr.count.${unit}`, { count, ...vars });
}

/** "24 mois", "38 mois et 28 jours", "12 jours": a period's length in words. */
export function lengthText(t: Translate, length: { months: number; days: number }): string {
  const months = counted(t, 'months', length.months);
  const days = counted(t, 'days', length.days);
  if (length.months === 0) return days;
  if (length.days === 0) return months;
  return t('agr.monthsAndDays', { months, days });
}

/** The period between two dates in words, or '' when it cannot be computed. */
export function periodText(t: Translate, start: string, end: string): string {
  const length = periodLength(start, end);
  return length ? lengthText(t, length) : '';
}

/**
 * A text built in the document language, then — for bilingual documents — again in the
 * other language with that language's own translator, plurals and dates. Used where a
 * sentence mixes fixed words with counts, dates or the partners' own words.
 */
export function inBoth(ctx: ModelContext, build: (t: Translate, locale: Locale) => string): string {
  const main = build(ctx.mono, ctx.locale);
  if (!ctx.bilingual) return main;
  const other = OTHER_LOCALE[ctx.locale];
  return joinBilingual(main, build(createTranslator(other), other));
}

/** A funding plan's gap in a sentence, for the framework step and the review; `money` writes an amount. */
export function describeFundingIssue(issue: FundingIssue, t: Translate, money: (amount: number) => string): string {
  return issue.kind === 'notCovered'
    ? t('agreement.issue.notCovered', { gap: money(issue.gap), costs: money(issue.costs) })
    : t('agreement.issue.dependsOnSought', { sought: money(issue.sought) });
}

/** A date contradiction in a sentence, for the framework step and the review. */
export function describeDateIssue(issue: DateIssue, t: Translate, locale: Locale): string {
  const date = (iso: string) => (iso ? formatDate(locale, iso) : '…');
  switch (issue.kind) {
    case 'endBeforeStart':
      return t('agreement.issue.endBeforeStart', { start: date(issue.start), end: date(issue.end) });
    case 'durationMismatch':
      return t('agreement.issue.durationMismatch', {
        start: date(issue.start),
        end: date(issue.end),
        duration: counted(t, 'months', issue.durationMonths),
        endFromDuration: date(issue.endFromDuration),
      });
    case 'milestoneOutside':
      return t('agreement.issue.milestoneOutside', {
        title: issue.title || '…',
        date: date(issue.date),
        start: date(issue.start),
        end: date(issue.end),
      });
  }
}
