// @vitest-environment node
import { describe, expect, it } from 'vitest';
import '../i18n/register-en';
import { createTranslator } from '../i18n/i18n';
import { createEmptyProject } from '../domain/new-project';
import { makeAgreementProject } from '../testing/agreement-fixture';
import { makeProject } from '../testing/test-fixtures';
import { buildCharterModel } from './charter-model';
import type { Article, Block } from './document-model';
import type { DraftProject } from '../schemas/project.schema';
import { fingerprintOf } from '../domain/content-hash';

const fr = createTranslator('fr');
const en = createTranslator('en');

function text(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'paragraph' || b.type === 'subheading') return b.text;
      if (b.type === 'list') return b.items.join('\n');
      if (b.type === 'fields') return b.items.map((i) => `${i.label}: ${i.value}`).join('\n');
      if (b.type === 'table') return [b.head.join(' | '), ...b.rows.map((r) => r.join(' | '))].join('\n');
      return '';
    })
    .join('\n');
}

function article(articles: Article[], id: string): Article {
  const found = articles.find((a) => a.id === id);
  if (!found) throw new Error(`no article ${id}: ${articles.map((a) => a.id).join(', ')}`);
  return found;
}

describe('the parties of the convention', () => {
  const model = buildCharterModel(makeAgreementProject(), fr, 'fr');
  const parties = text(article(model.articles, 'parties').blocks);

  it('identifies each partner in law, with its representative apart from its contact', () => {
    expect(parties).toContain('Forme juridique: Association loi 1901');
    expect(parties).toContain('RNA: W443001234');
    expect(parties).toContain('SIRET: 732 829 320 00074');
    expect(parties).toContain('Mã số hợp tác xã: 0401234567');
    expect(parties).toContain('Siège: 3 route des Marais, 44350 Guérande');
    expect(parties).toContain('Représentation légale: Marie-Hélène Dupont-Delacroix, Directrice générale');
    expect(parties).toContain('Pouvoir de signer: délibération du conseil d’administration du 12 février 2026');
    expect(parties).toContain('Contact pour le projet: François Le Dû, Directeur général');
    expect(parties).not.toMatch(/représenté\(e\)/);
  });

  it('names them "ci-après « … »", sets out the preamble and "il a été convenu ce qui suit"', () => {
    expect(parties).toMatch(/^Entre les soussignés\u00a0:/);
    expect(parties).toContain('ci-après «\u00a0Sel d’Œuvre\u00a0»');
    expect(parties).toContain('ci-après ensemble «\u00a0les Parties\u00a0»');
    expect(parties).toContain('Préambule');
    expect(parties).toContain('SMT\u00a0: ');
    expect(parties.trim().endsWith('Il a été convenu ce qui suit\u00a0:')).toBe(true);
  });

  it('says it in English too', () => {
    const english = text(article(buildCharterModel(makeAgreementProject(), en, 'en').articles, 'parties').blocks);
    expect(english).toContain('Between the undersigned:');
    expect(english).toContain('hereinafter “Sel d’Œuvre”');
    expect(english.trim().endsWith('It has been agreed as follows:')).toBe(true);
  });
});

describe('the clauses', () => {
  const model = buildCharterModel(makeAgreementProject(), fr, 'fr');
  const ids = model.articles.map((a) => a.id);

  it('prints the chosen clauses in order, leaves an omitted one out and keeps numbering continuous', () => {
    expect(ids).toEqual([
      'parties',
      'purpose',
      'motivations',
      'roles',
      'contributions',
      'governance',
      'communication',
      'followUp',
      'impacts',
      'risks',
      'confidentiality',
      'personalData',
      'intellectualProperty',
      'liability',
      'term',
      'disputes',
      'annexes',
      'signatures',
    ]);
    expect(model.articles.map((a) => a.number)).toEqual(ids.map((_, i) => i + 1));
    expect(JSON.stringify(model)).not.toContain('force majeure');
  });

  it('fills Cocharte’s wordings with the partners’ settings', () => {
    expect(text(article(model.articles, 'confidentiality').blocks)).toContain(
      'pendant la charte et 3\u00a0ans après sa fin',
    );
    const data = text(article(model.articles, 'personalData').blocks);
    expect(data).toContain('responsables conjointes');
    expect(data).toContain('transférées hors de l’Union européenne');
    expect(text(article(model.articles, 'intellectualProperty').blocks)).toContain('licence libre');
    const term = text(article(model.articles, 'term').blocks);
    expect(term).toContain('pendant 45\u00a0jours');
    expect(term).toContain('Durée: 36\u00a0mois');
    const disputes = text(article(model.articles, 'disputes').blocks);
    expect(disputes).toContain('médiation');
    expect(disputes).toContain('droit français');
    expect(disputes).toContain('tribunal judiciaire de Nantes');
  });

  it('prints the partners’ own text where they rewrote a clause', () => {
    expect(text(article(model.articles, 'liability').blocks)).toBe(
      'Chaque Partie répond de ses propres actes et souscrit les assurances utiles.',
    );
  });

  it('lists the risk checklist as Annex 1, then the partners’ annexes', () => {
    expect(text(article(model.articles, 'annexes').blocks)).toContain(
      'Annexe 1 — Liste de contrôle des risques\nAnnexe 2 — Budget prévisionnel détaillé\nAnnexe 3 — Cahier des charges du sel solidaire',
    );
  });

  it('ends with "Fait à …, le …, en N exemplaires originaux", dated once everyone has signed', () => {
    const signatures = text(article(model.articles, 'signatures').blocks);
    expect(signatures).toContain('Fait à Nantes, le …………, en 3\u00a0exemplaires originaux.');
    const p = makeAgreementProject();
    const signedAt = (project: DraftProject, places: string[]) => {
      const fingerprint = fingerprintOf(project);
      return {
        ...project,
        signatures: project.partners.partners.map((x, i) => ({
          partnerId: x.id,
          signatoryName: 'A',
          signatoryTitle: 'B',
          place: places[i] ?? places[0]!,
          date: `2026-03-0${i + 1}`,
          method: 'typed' as const,
          fingerprint,
          signedAt: '2026-03-01T10:00:00.000Z',
        })),
      };
    };
    const oneCopy = { ...p, framework: { ...p.framework, agreement: { ...p.framework.agreement, copies: 1 } } };
    const madeAt = (project: DraftProject) =>
      text(article(buildCharterModel(project, fr, 'fr').articles, 'signatures').blocks);
    expect(madeAt(signedAt(oneCopy, ['Lyon']))).toContain(
      'Fait à Nantes, le 3 mars 2026, en 1\u00a0exemplaire original.',
    );
    // Signatures on another text are not the charter's: its date stays to be filled in.
    const other = signedAt(oneCopy, ['Lyon']);
    other.signatures = other.signatures.map((x) => ({ ...x, fingerprint: 'a'.repeat(64) }));
    expect(madeAt(other)).toContain('Fait à Nantes, le …………, en 1\u00a0exemplaire original.');
    // No place agreed: the place where all signed, or, signed in several places, each signature's own.
    const noPlace = {
      ...oneCopy,
      framework: { ...oneCopy.framework, agreement: { ...oneCopy.framework.agreement, signingPlace: '' } },
    };
    expect(madeAt(signedAt(noPlace, ['Lyon']))).toContain(
      'Fait à Lyon, le 3 mars 2026, en 1\u00a0exemplaire original.',
    );
    const apart = madeAt(signedAt(noPlace, ['Nantes', 'Lyon', 'Đà Nẵng']));
    expect(apart).toContain(
      'Fait en 1\u00a0exemplaire original, chaque Partie signant au lieu et à la date indiqués sous sa signature.',
    );
    expect(apart).not.toContain('…………');
  });

  it('says which version prevails only in a bilingual charter, each language with its own words', () => {
    expect(ids).not.toContain('language');
    const bilingual = buildCharterModel({ ...makeAgreementProject(), bilingualDocuments: true }, fr, 'fr');
    const language = text(article(bilingual.articles, 'language').blocks);
    expect(language).toContain('la version française prévaut');
    expect(language).toContain('the French version prevails');
    const madeAt = text(article(bilingual.articles, 'signatures').blocks);
    expect(madeAt).toContain('en 3\u00a0exemplaires originaux');
    expect(madeAt).toContain('in 3 original copies');
  });

  it('prints no clause for an empty draft', () => {
    const empty = buildCharterModel(createEmptyProject(new Date('2026-01-01T00:00:00Z')), fr, 'fr');
    expect(empty.articles.map((a) => a.id)).toEqual(['signatures']);
  });
});

describe('the contributions and funding plan', () => {
  const model = buildCharterModel(makeAgreementProject(), fr, 'fr');
  const blocks = article(model.articles, 'contributions').blocks;
  const tables = blocks.filter((b) => b.type === 'table');

  it('lists each contribution with its value, a subtotal per partner and the overall total', () => {
    const rows = tables[0]?.type === 'table' ? tables[0].rows : [];
    expect(rows).toContainEqual([
      'SMT',
      'Temps de travail',
      'Missions de terrain',
      '20\u00a0jours × 450,00\u00a0€',
      '9\u202f000,00\u00a0€',
    ]);
    expect(rows).toContainEqual(['Total de SMT', '', '', '', '9\u202f000,00\u00a0€']);
    expect(rows).toContainEqual(['Total de Sel d’Œuvre', '', '', '', '36\u202f000,00\u00a0€']);
    expect(rows.at(-1)).toEqual(['Total des apports', '', '', '', '57\u202f000,00\u00a0€']);
  });

  it('lists the funding sought with its status and says what is still to be funded', () => {
    const sources = tables[1]?.type === 'table' ? tables[1].rows : [];
    expect(sources).toEqual([
      ['Région Pays de la Loire', '20\u202f000,00\u00a0€', 'Acquis'],
      ['Agence française de développement', '25\u202f000,00\u00a0€', 'Sollicité'],
      ['Fondation Mer', '10\u202f000,00\u00a0€', 'Refusé'],
    ]);
    const summary = text(blocks);
    expect(summary).toContain('Coût total du projet: 100\u202f000,00\u00a0€');
    expect(summary).toContain('Ressources (apports, financements acquis ou sollicités): 102\u202f000,00\u00a0€');
    expect(summary).not.toContain('Reste à financer');
    expect(summary).toContain('Le plan de financement couvre le coût du projet.');
  });

  it('leaves the article out when there is no contribution nor source', () => {
    expect(buildCharterModel(makeProject(), fr, 'fr').articles.map((a) => a.id)).not.toContain('contributions');
  });
});
