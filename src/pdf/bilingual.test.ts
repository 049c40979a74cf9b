// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/i18n';
import { createTranslator } from '../i18n/i18n';
import { joinBilingual } from '../document/bilingual';
import { buildCharterModel } from '../document/charter-model';
import { renderCharterPdf } from './render-pdf';
import { makeProject, NAMES } from '../testing/test-fixtures';
import { loadFonts, normalizeForSearch, readPdf } from '../testing/pdf-test-support';

const bilingual = () => ({ ...makeProject(), bilingualDocuments: true });
const texts: Partial<Record<Locale, string>> = {};

beforeAll(async () => {
  for (const locale of ['fr', 'en'] as const) {
    const bytes = renderCharterPdf(bilingual(), {
      locale,
      fonts: loadFonts(),
      fingerprint: 'c'.repeat(64),
      now: new Date('2026-03-07T00:00:00Z'),
    });
    // Lines joined with spaces: a label may wrap in its narrow column.
    texts[locale] = (await readPdf(bytes))
      .map((p) => p.raw)
      .join('\n')
      .replace(/\s+/g, ' ');
  }
});

describe('joinBilingual', () => {
  it('puts short texts on one line, sentences on their own, and says a shared word once', () => {
    expect(joinBilingual('Pays', 'Country')).toBe('Pays / Country');
    expect(joinBilingual('Date', 'Date')).toBe('Date');
    expect(joinBilingual('Les partenaires ont signé.', 'The partners signed.')).toBe(
      'Les partenaires ont signé.\nThe partners signed.',
    );
  });
});

describe('bilingual charter model', () => {
  it('gives fixed texts in both languages, the document language first', () => {
    const fr = buildCharterModel(bilingual(), createTranslator('fr'), 'fr');
    expect(fr.articles[1]?.heading).toBe('Article 2 — Objet du partenariat / Purpose of the partnership');
    const en = buildCharterModel(bilingual(), createTranslator('en'), 'en');
    expect(en.articles[1]?.heading).toBe('Article 2 — Purpose of the partnership / Objet du partenariat');
    expect(en.cover.version).toBe('Version of 2 March 2026 / Version du 2 mars 2026');
  });

  it('keeps user text as typed, once', () => {
    const model = buildCharterModel(bilingual(), createTranslator('fr'), 'fr');
    const parties = model.articles[0]!.blocks.flatMap((b) => (b.type === 'fields' ? b.items : []));
    expect(parties.find((f) => f.label === 'Pays / Country')?.value).toBe('France');
    expect(parties.find((f) => f.label === 'Contact pour le projet / Contact for the project')?.value).toBe(
      'Élise Kervarec, Présidente',
    );
  });

  it('stays single-language when the project does not ask for both', () => {
    const model = buildCharterModel(makeProject(), createTranslator('fr'), 'fr');
    expect(model.articles[1]?.heading).toBe('Article 2 — Objet du partenariat');
    expect(model.meta.title).not.toContain('/');
  });
});

describe('bilingual charter PDF', () => {
  it.each([
    [
      'fr',
      [
        'Article 2 — Objet du partenariat / Purpose of the partnership',
        'Pays / Country',
        'Mécénat de compétences / Skills-based philanthropy',
        'Entre les soussignés : Between the undersigned:',
        'Liste de contrôle des risques / Risk checklist',
      ],
    ],
    [
      'en',
      [
        'Article 2 — Purpose of the partnership / Objet du partenariat',
        'Country / Pays',
        'Skills-based philanthropy / Mécénat de compétences',
        'Between the undersigned: Entre les soussignés :',
        'Risk checklist / Liste de contrôle des risques',
      ],
    ],
  ] as const)('reads back both languages (%s first)', (locale, expected) => {
    const text = texts[locale]!.replace(/\u00a0/g, ' ');
    for (const needle of expected) expect(text).toContain(needle);
    // User text appears as typed.
    expect(normalizeForSearch(text)).toContain(normalizeForSearch(NAMES.southern));
    expect(text).toContain('Construire une filière de sel solidaire');
  });
});
