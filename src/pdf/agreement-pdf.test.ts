// @vitest-environment node
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import '../i18n/register-en';
import { EXAMPLES } from '../examples/examples';
import { createTranslator } from '../i18n/i18n';
import { parseProjectFile } from '../persistence/project-file';
import { buildCharterModel } from '../document/charter-model';
import { makeAgreementProject } from '../testing/agreement-fixture';
import { loadFonts, normalizeForSearch, readPdf, type PdfPageText } from '../testing/pdf-test-support';
import type { DraftProject } from '../schemas/project.schema';
import { renderCharterPdf } from './render-pdf';

const NOW = new Date('2026-03-07T08:00:00Z');
const fonts = loadFonts();

async function render(project: DraftProject, locale: 'fr' | 'en' = 'fr'): Promise<PdfPageText[]> {
  return readPdf(renderCharterPdf(project, { locale, fonts, fingerprint: 'a'.repeat(64), now: NOW }));
}

/** Whitespace-free text of the whole PDF, so wrapped lines still match. */
function flat(pages: PdfPageText[]): string {
  return normalizeForSearch(pages.map((p) => p.text).join('\n'));
}

const has = (haystack: string, needle: string) => haystack.includes(normalizeForSearch(needle));

describe('the convention read back from its PDF', () => {
  let text = '';
  beforeAll(async () => {
    text = flat(await render(makeAgreementProject()));
  });

  it('has the parties block with each partner’s legal identity and "ci-après"', () => {
    for (const needle of [
      'Entre les soussignés',
      'SIRET',
      '732 829 320 00074',
      'W443001234',
      'Marie-Hélène Dupont-Delacroix, Directrice générale',
      'ci-après « Sel d’Œuvre »',
      'Il a été convenu ce qui suit',
    ]) {
      expect(has(text, needle), needle).toBe(true);
    }
  });

  it('sets out each motivation and the common ethic once, in the preamble, and says so in the article', () => {
    const project = makeAgreementProject();
    const count = (needle: string) => text.split(normalizeForSearch(needle)).length - 1;
    expect(count(project.motivations.valuesStatement.trim())).toBe(1);
    for (const m of project.motivations.byPartner.filter((x) => x.motivations.trim())) {
      expect(count(m.motivations.trim()), m.partnerId).toBe(1);
    }
    expect(has(text, 'Les motivations des Parties et leur éthique commune sont exposées au préambule.')).toBe(true);
  });

  it('has the clauses chosen, and not the one left out', () => {
    for (const heading of [
      'Confidentialité',
      'Données personnelles',
      'Propriété intellectuelle',
      'Responsabilité et assurances',
      'Règlement des différends',
      'Annexes',
    ]) {
      expect(has(text, heading), heading).toBe(true);
    }
    expect(has(text, 'Force majeure')).toBe(false);
    expect(has(text, 'tribunal judiciaire de Nantes')).toBe(true);
  });

  it('has the funding table with each partner’s total and the overall total', () => {
    expect(has(text, 'Apports des Parties et plan de financement')).toBe(true);
    expect(has(text, 'Total de SMT 9 000,00 €')).toBe(true);
    expect(has(text, 'Total de Sel d’Œuvre 36 000,00 €')).toBe(true);
    expect(has(text, 'Total des apports 57 000,00 €')).toBe(true);
    expect(has(text, 'Agence française de développement 25 000,00 € Sollicité')).toBe(true);
  });

  it('lists the annexes, the risk checklist first, and ends with "Fait à … en N exemplaires"', () => {
    expect(has(text, 'Annexe 1 — Liste de contrôle des risques')).toBe(true);
    expect(has(text, 'Annexe 3 — Cahier des charges du sel solidaire')).toBe(true);
    expect(has(text, 'Fait à Nantes, le …………, en 3 exemplaires originaux.')).toBe(true);
  });
});

describe('the convention in English', () => {
  it('names the parties, the plan and the copies in English, amounts formatted for English', async () => {
    const text = flat(await render(makeAgreementProject(), 'en'));
    for (const needle of [
      'Between the undersigned:',
      'hereinafter “Sel d’Œuvre”',
      'It has been agreed as follows:',
      'Total contributions €57,000.00',
      'Annex 1 — Risk checklist',
      'Done at Nantes, on …………, in 3 original copies.',
    ]) {
      expect(has(text, needle), needle).toBe(true);
    }
  });
});

describe('the four worked examples', () => {
  for (const example of EXAMPLES) {
    it(`${example.id}: parties block, clauses, funding table with totals, annexes, "Fait à … en N exemplaires"`, async () => {
      const result = parseProjectFile(
        readFileSync(new URL(`../examples/${example.fileName}`, import.meta.url), 'utf8'),
      );
      if (!result.ok) throw new Error(result.error);
      // As printed from the example: its facts are invented, so it is a draft, never signable.
      const asExample = flat(await render(result.project));
      expect(has(asExample, 'PROJET — non signable')).toBe(true);
      expect(has(asExample, 'Fait à')).toBe(false);
      // Once its partners say they replaced them: a charter ready to sign.
      const { illustrativeExample: _, ...project } = result.project;
      const text = flat(await render(project));
      const model = buildCharterModel(project, createTranslator('fr'), 'fr');
      const ids = model.articles.map((a) => a.id);
      expect(ids).toEqual(expect.arrayContaining(['parties', 'contributions', 'term', 'disputes', 'annexes']));
      for (const a of model.articles) expect(has(text, a.heading), a.heading).toBe(true);
      expect(has(text, 'Il a été convenu ce qui suit')).toBe(true);
      for (const p of project.partners.partners) {
        expect(has(text, `ci-après « ${p.legal.shortName || p.name} »`), p.name).toBe(true);
      }
      expect(has(text, 'Total des apports')).toBe(true);
      expect(has(text, 'Annexe 1 — Liste de contrôle des risques')).toBe(true);
      const copies = project.partners.partners.length;
      expect(has(text, `Fait à ${project.framework.agreement.signingPlace}`)).toBe(true);
      expect(has(text, `en ${copies} exemplaires originaux.`)).toBe(true);
    });
  }
});

describe('the four worked examples in English', () => {
  const en = createTranslator('en');
  for (const example of EXAMPLES) {
    it(`${example.id}: parties block, clauses, funding table with totals and annexes, in English`, async () => {
      const file = example.fileName.replace('.cocharte.json', '.en.cocharte.json');
      const result = parseProjectFile(readFileSync(new URL(`../examples/${file}`, import.meta.url), 'utf8'));
      if (!result.ok) throw new Error(result.error);
      const project = result.project;
      const text = flat(await render(project, 'en'));
      const model = buildCharterModel(project, en, 'en');
      expect(model.articles.map((a) => a.id)).toEqual(
        expect.arrayContaining(['parties', 'contributions', 'term', 'disputes', 'annexes']),
      );
      for (const a of model.articles) expect(has(text, a.heading), a.heading).toBe(true);
      expect(has(text, en('agr.agreed'))).toBe(true);
      for (const p of project.partners.partners) {
        expect(has(text, en('agr.parties.hereinafter', { short: p.legal.shortName || p.name })), p.name).toBe(true);
      }
      expect(has(text, en('agr.table.total'))).toBe(true);
      expect(project.framework.agreement.contributions.length).toBeGreaterThan(0);
    });
  }
});
