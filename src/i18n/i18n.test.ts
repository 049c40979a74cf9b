// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator, elide, formatDate, messagesOf, preferredLocale, type MessageKey } from './i18n';
import './register-en';

describe('formatDate', () => {
  it('writes the first of the month "1er" in French, not in English', () => {
    expect(formatDate('fr', '2026-03-01')).toBe('1er mars 2026');
    expect(formatDate('fr', '2026-03-11')).toBe('11 mars 2026');
    expect(formatDate('fr', '2026-03-21')).toBe('21 mars 2026');
    expect(formatDate('en', '2026-03-01')).toBe('1 March 2026');
  });
});

describe('the interface language a browser asks for', () => {
  it('is the first of French or English in the browser’s list, French when it names neither', () => {
    expect(preferredLocale(['en-GB', 'fr'])).toBe('en');
    expect(preferredLocale(['fr-FR', 'en-US'])).toBe('fr');
    // A partner in Vietnam whose browser speaks Vietnamese, then English, reads English.
    expect(preferredLocale(['vi-VN', 'vi', 'en-US', 'en'])).toBe('en');
    expect(preferredLocale(['ar', 'fr-BF', 'en'])).toBe('fr');
    expect(preferredLocale(['de-DE'])).toBe('fr');
    expect(preferredLocale([])).toBe('fr');
  });
});

describe('the cost of a message', () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes no Intl object for a message whose placeholders are text, and a number format only past 999', () => {
    const made = { numbers: 0, plurals: 0 };
    const { NumberFormat, PluralRules } = Intl;
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof NumberFormat>) {
      made.numbers++;
      return new NumberFormat(...args);
    });
    vi.spyOn(Intl, 'PluralRules').mockImplementation(function (...args: ConstructorParameters<typeof PluralRules>) {
      made.plurals++;
      return new PluralRules(...args);
    });
    const t = createTranslator('fr');
    expect(t('home.readExample', { title: 'Terrena' })).toBe('Lire l’exemple «\u00a0Terrena\u00a0»');
    expect(made).toEqual({ numbers: 0, plurals: 0 });
    expect(t('doc.risks.intro', { count: 7 })).toMatch(/7 risques/);
    expect(t('doc.risks.intro', { count: 1 })).toMatch(/1 risque\./);
    expect(made).toEqual({ numbers: 0, plurals: 1 });
    // From 1,000 the locale's separator is needed: a narrow no-break space in French.
    expect(t('doc.risks.intro', { count: 1500 })).toMatch(/1\u202f500 risques/);
    expect(createTranslator('en')('doc.risks.intro', { count: 1500 })).toMatch(/1,500 risks/);
    expect(made).toEqual({ numbers: 2, plurals: 2 });
  });
});

describe('plural and elision in messages', () => {
  const fr = createTranslator('fr');
  const en = createTranslator('en');

  it('chooses the French and English forms from the number', () => {
    const fmt = (t: typeof fr, count: number) => t('doc.risks.intro', { count });
    expect(fmt(fr, 1)).toMatch(/^Les partenaires ont identifié 1 risque\./);
    expect(fmt(fr, 7)).toMatch(/^Les partenaires ont identifié 7 risques\./);
    expect(fmt(en, 1)).toMatch(/^The partners have identified 1 risk\./);
    expect(fmt(en, 7)).toMatch(/^The partners have identified 7 risks\./);
  });

  it('contracts "de" with the article a name starts with: du, des', () => {
    expect(elide('de', 'le groupement')).toBe('du groupement');
    expect(elide('de', 'Les Salines de Guérande')).toBe('des Salines de Guérande');
    expect(elide('De', 'le groupement')).toBe('Du groupement');
    expect(elide('de', 'la coopérative')).toBe('de la coopérative');
    expect(elide('de', 'l’Afdi')).toBe('de l’Afdi');
    expect(elide('de', 'Lesieur')).toBe('de Lesieur');
    expect(fr('agr.table.totalOf', { name: 'le groupement' })).toBe('Total du groupement');
    expect(fr('agr.table.totalOf', { name: 'Afdi' })).toBe('Total d’Afdi');
    expect(createTranslator('en')('agr.table.totalOf', { name: 'the producer group' })).toBe(
      'Total for the producer group',
    );
  });

  it('turns a value’s own quotation marks into inner ones when the message quotes it', () => {
    expect(fr('agr.parties.hereinafter', { short: 'Laboratoire «\u00a0Mer\u00a0»' })).toBe(
      'ci-après «\u00a0Laboratoire “Mer”\u00a0»',
    );
    expect(createTranslator('en')('agr.parties.hereinafter', { short: 'Lab “Sea”' })).toBe('hereinafter “Lab ‘Sea’”');
    // Outside quotation marks a value keeps its own.
    expect(fr('remote.added', { name: 'Atelier «\u00a0Mer\u00a0»' })).toContain('Atelier «\u00a0Mer\u00a0»');
  });

  it('elides "de" before a vowel only', () => {
    expect(elide('de', 'Eau Vive')).toBe('d’Eau Vive');
    expect(elide('de', 'ASUFOR')).toBe('d’ASUFOR');
    expect(elide('de', 'Terrena')).toBe('de Terrena');
    expect(elide('De', 'Énergie')).toBe('D’Énergie');
    expect(fr('signing.consent', { name: 'Eau Vive' })).toContain('d’Eau Vive');
    expect(fr('signing.consent', { name: 'Terrena' })).toContain('de Terrena');
    // Signing by link and the record's health check too.
    expect(fr('remote.added', { name: 'Univers-Sel' })).toMatch(/^Signature d’Univers-Sel ajoutée/);
    expect(fr('remote.refused.invalid', { name: 'Univers-Sel' })).toMatch(/^Signature d’Univers-Sel refusée/);
    expect(fr('record.ui.healthEdit', { name: 'Univers-Sel' })).toBe('Revoir les réponses d’Univers-Sel');
  });

  it('leave no "(s)", "(e)" or "(es)" in any message, in either language', () => {
    for (const locale of ['fr', 'en'] as const) {
      const table = messagesOf(locale);
      const bad = (Object.keys(table) as MessageKey[]).filter((k) => /\((s|e|es|x)\)/.test(table[k]));
      expect(bad, locale).toEqual([]);
    }
  });
});
