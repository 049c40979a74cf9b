// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueEn } from '../i18n/messages/catalogue.en';
import { catalogueFr } from '../i18n/messages/catalogue.fr';
import { guideEn } from '../i18n/messages/guide.en';
import { guideFr, type GuideKey } from '../i18n/messages/guide.fr';
import { EXAMPLES } from '../examples/examples';
import { parseProjectFile } from '../persistence/project-file';
import { CATALOGUE_SOURCES, catalogueSourceOf } from './catalogue-sources';
import { GUIDANCE } from './guidance';
import {
  ECONOMIC_COOPERATION_SHEET,
  FUNDING_SOURCES,
  PRINCIPLES,
  PUBLIC_BODY_ROLES,
  RAMEAU_DEFINITIONS,
  RESACOOP_LESSONS,
  STUDIED_CASES,
} from './guidance-extras';
import { GUIDE_SOURCES, UI_SOURCES } from './guide-sources';
import { CLAUSES } from './clauses';
import { RISK_CATALOGUE } from './risk-catalogue';
import {
  COCHARTE_KINDS,
  SEED_FILES,
  SEED_SECTIONS,
  SOURCE_DOCS,
  SOURCE_DOCUMENTS,
  sectionHeading,
  type Source,
} from './sources';
import { messagesOf } from '../i18n/i18n';

/** Every sourced item the app shows, as [where, source]. */
function sourcedItems(): Array<[string, Source | undefined]> {
  const items: Array<[string, Source | undefined]> = [];
  for (const g of Object.values(GUIDANCE))
    for (const k of [g.purposeKey, ...g.questionKeys, ...g.brakeKeys, ...g.factKeys]) items.push([k, GUIDE_SOURCES[k]]);
  for (const r of RISK_CATALOGUE) {
    items.push([r.id, r.source], [`${r.id} rating`, r.suggestedRating.source]);
    for (const m of r.mitigations) items.push([m.key, m.source]);
  }
  for (const list of [PRINCIPLES, RESACOOP_LESSONS, PUBLIC_BODY_ROLES, ECONOMIC_COOPERATION_SHEET])
    for (const i of list) items.push([i.key, i.source]);
  for (const d of RAMEAU_DEFINITIONS)
    items.push([d.definition.key, d.definition.source], [d.result.key, d.result.source]);
  for (const f of FUNDING_SOURCES) items.push([f.id, f.source]);
  for (const c of STUDIED_CASES) items.push([c.id, c.source]);
  for (const e of EXAMPLES) items.push([e.id, GUIDE_SOURCES[e.titleKey]]);
  for (const list of CATALOGUE_SOURCES) {
    items.push([list.prefix, list.source]);
    for (const [id, s] of Object.entries(list.items ?? {})) items.push([`${list.prefix}.${id}`, s]);
  }
  for (const key of Object.keys(guideFr) as GuideKey[]) items.push([key, GUIDE_SOURCES[key]]);
  for (const c of CLAUSES) items.push([`clause.${c.id}`, c.source]);
  for (const [key, s] of Object.entries(UI_SOURCES)) items.push([key, s]);
  return items;
}

/** Seeds may sit beside the repository (shared/seeds); compare headings without spacing, case or apostrophe style. */
// Beside the repository (../shared/seeds from its root), as the brief lays them out; a clone
// elsewhere skips the check (COCHARTE_SEEDS points to them).
const SEEDS_DIR = process.env.COCHARTE_SEEDS ?? join(import.meta.dirname, '..', '..', '..', 'shared', 'seeds');
const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]/g, '’')
    .replace(/[\s\u00a0*#]+/g, '');

describe('content audit: every piece of guidance says where it comes from', () => {
  it('gives every guidance item, hint, risk, measure, catalogue list and example a source', () => {
    const missing = sourcedItems().filter(([, s]) => s === undefined || !['cocharte', ...SOURCE_DOCS].includes(s.doc));
    expect(missing.map(([where]) => where)).toEqual([]);
  });

  it('says which of its own words Cocharte means: a suggestion, a note of fact or a legal proposal', () => {
    const unknown = sourcedItems().filter(
      ([, s]) => s?.doc === 'cocharte' && s.kind !== undefined && !COCHARTE_KINDS.includes(s.kind),
    );
    expect(unknown.map(([where]) => where)).toEqual([]);
    const fr = messagesOf('fr');
    // Every kind has its own words under the text, in both languages.
    for (const kind of ['', ...COCHARTE_KINDS.map((k) => k[0]!.toUpperCase() + k.slice(1))])
      expect(fr[`guideUi.source.cocharte${kind}` as 'guideUi.source.cocharte'], kind).toBeTruthy();
    // A note states a fact (the example's figures are invented): it is not labelled advice.
    const notes = (Object.entries(GUIDE_SOURCES) as Array<[GuideKey, Source]>).filter(
      ([, s]) => s.doc === 'cocharte' && s.kind === 'note',
    );
    expect(notes.map(([k]) => k)).toContain('guide.hint.illustrativeExample');
    for (const [key] of notes)
      expect(guideFr[key], key).not.toMatch(/Suggestion de Cocharte\s*:|^Cocharte vous propose/);
    // Every clause's explanation is Cocharte's proposal, to be checked by a lawyer: the
    // seeds hold no clause wording.
    for (const c of CLAUSES) expect(c.source, c.id).toEqual({ doc: 'cocharte', kind: 'legal' });
  });

  it('gives every interface sentence that credits the guide the guide’s section, under it or inline', () => {
    const fr = messagesOf('fr') as Record<string, string>;
    const sources: Record<string, Source | undefined> = { ...GUIDE_SOURCES, ...UI_SOURCES };
    // "Le guide demande…", "le guide invite à…": the guide's word, which needs its source.
    const credits = /\ble guide (dit|demande|recommande|invite|rappelle|conseille|signale|propose|souligne)\b/i;
    // A message may cite the section itself: "(guide …, « Programmer le suivi dans le temps »)".
    const inline = /\(guide [^)]*«\s*([^»]+?)\s*»\)/;
    const unsourced = Object.keys(fr).filter(
      (k) => credits.test(fr[k]!) && sources[k]?.doc !== 'guide' && !inline.test(fr[k]!),
    );
    expect(unsourced).toEqual([]);
    // The same in English ("The guide asks partners to…").
    const en = messagesOf('en') as Record<string, string>;
    const creditsEn = /\bthe guide (says|asks|recommends|invites|reminds|advises|notes|stresses|suggests)\b/i;
    const inlineEn = /\([^)]*guide[^)]*“[^”]+”\)/;
    const unsourcedEn = Object.keys(en).filter(
      (k) => creditsEn.test(en[k]!) && sources[k]?.doc !== 'guide' && !inlineEn.test(en[k]!),
    );
    expect(unsourcedEn).toEqual([]);
    // A step's intro tells what the guide's step is about: it cites that step.
    for (const step of ['partners', 'motivations', 'framework', 'followUp', 'impacts'])
      expect(sources[`${step}.intro`]?.doc, `${step}.intro`).toBe('guide');
    if (!existsSync(SEEDS_DIR)) return;
    const guideText = squash(readFileSync(join(SEEDS_DIR, SEED_FILES.guide), 'utf8'));
    for (const k of Object.keys(fr)) {
      const cited = fr[k]!.match(inline)?.[1];
      if (cited) expect(guideText.includes(squash(cited)), `${k}: ${cited}`).toBe(true);
    }
  });

  it('gives every hint the app can raise a source', () => {
    const keys = readFileSync(join(process.cwd(), 'src/domain/hints.ts'), 'utf8').match(/'guide\.hint\.[\w-]+'/g) ?? [];
    expect(keys.length).toBeGreaterThan(10);
    for (const k of keys) expect(GUIDE_SOURCES[k.slice(1, -1) as GuideKey], k).toBeDefined();
  });

  it('cites, for an item of the guide or a study, a heading that the document has', () => {
    const bad = sourcedItems().filter(([, s]) => {
      if (!s || s.doc === 'cocharte') return false;
      const headings: readonly string[] = SEED_SECTIONS[s.doc];
      return s.section.trim() === '' || !headings.includes(sectionHeading(s.section));
    });
    expect(bad.map(([where, s]) => `${where}: ${JSON.stringify(s)}`)).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS_DIR))('lists only headings that are really in the seed documents', () => {
    for (const doc of SOURCE_DOCS) {
      const text = squash(readFileSync(join(SEEDS_DIR, SEED_FILES[doc]), 'utf8'));
      for (const heading of SEED_SECTIONS[doc]) expect(text.includes(squash(heading)), `${doc}: ${heading}`).toBe(true);
    }
  });

  it.skipIf(!existsSync(SEEDS_DIR))('quotes and figures credited to a document are in that document', () => {
    const seeds = Object.fromEntries(
      SOURCE_DOCS.map((doc) => [doc, readFileSync(join(SEEDS_DIR, SEED_FILES[doc]), 'utf8')]),
    ) as Record<(typeof SOURCE_DOCS)[number], string>;
    // PDF extraction splits words (« fi xe ») and lines: compare letters and digits only.
    const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, '');
    const figure = /(?<![\d,])\d+(?:,\d+)?(?:[ \u00a0]?%)?(?![\d,])/g;
    const wrong: string[] = [];
    for (const [key, source] of Object.entries(GUIDE_SOURCES) as Array<[GuideKey, Source]>) {
      if (source.doc === 'cocharte') continue;
      const text = guideFr[key];
      const seed = letters(seeds[source.doc]);
      // A quotation « … » is the document's own words.
      for (const [, quoted] of text.matchAll(/«\s*([^»]+?)\s*»/g))
        if (!seed.includes(letters(quoted!))) wrong.push(`${key}: « ${quoted} »`);
      // A figure (a percentage, a count, a year) is one of the document's figures, not an invented one.
      const figures = new Set([...seeds[source.doc].matchAll(figure)].map(([f]) => letters(f)));
      for (const [f] of text.matchAll(figure)) if (!figures.has(letters(f))) wrong.push(`${key}: ${f.trim()}`);
    }
    expect(wrong).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS_DIR))('credits a document only with list items whose words it uses', () => {
    // A label is Cocharte's wording, but an item the document does not name at all (no
    // word of its label in the document) is Cocharte's addition and must say so.
    const words = (s: string) =>
      s
        .toLowerCase()
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .split(/[^a-z]+/)
        .filter((w) => w.length >= 5)
        .map((w) => w.slice(0, 5));
    const seedWords = Object.fromEntries(
      SOURCE_DOCS.map((doc) => [doc, new Set(words(readFileSync(join(SEEDS_DIR, SEED_FILES[doc]), 'utf8')))]),
    );
    const fr = catalogueFr as Record<string, string>;
    const unnamed: string[] = [];
    for (const list of CATALOGUE_SOURCES)
      for (const id of list.ids) {
        const source = catalogueSourceOf(list.prefix, id);
        if (!source || source.doc === 'cocharte') continue;
        const label = fr[`${list.prefix}.${id}`] ?? '';
        if (!words(label).some((w) => seedWords[source.doc]!.has(w))) unnamed.push(`${list.prefix}.${id}: ${label}`);
      }
    expect(unnamed).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS_DIR))('names, in an example’s funding plan, only the funders the documents name', () => {
    // The examples' note says their organisations come from the documents cited: a funder
    // named by its acronym (AFD, FASEP) is one a document names, or it is not there.
    const seeds = SOURCE_DOCS.map((doc) => readFileSync(join(SEEDS_DIR, SEED_FILES[doc]), 'utf8')).join(' ');
    const wrong: string[] = [];
    for (const e of EXAMPLES) {
      const { project } = JSON.parse(readFileSync(join(process.cwd(), 'src/examples', e.fileName), 'utf8'));
      const texts = [
        ...(project.framework.agreement.fundingSources as Array<{ name: string }>).map((f) => f.name),
        ...(project.framework.roles as Array<{ money: string }>).map((r) => r.money),
      ];
      for (const text of texts)
        for (const [acronym] of text.matchAll(/\b\p{Lu}{2,}\b/gu))
          if (!new RegExp(`\\b${acronym}\\b`, 'u').test(seeds)) wrong.push(`${e.id}: ${acronym} in « ${text} »`);
    }
    expect(wrong).toEqual([]);
  });

  it('keeps Cocharte’s arithmetic on Le RAMEAU’s practice rates out of the study’s sourced note', () => {
    expect(guideFr['guide.rameau.rates-note']).not.toMatch(/plusieurs catégories/);
    expect(guideEn['guide.rameau.rates-note']).not.toMatch(/several categories/);
    expect(GUIDE_SOURCES['guide.rameau.rates-overlap']).toEqual({ doc: 'cocharte', kind: 'note' });
  });

  it('counts, in the About page’s lead, the documents that page lists', () => {
    // Beside the guide: one workshop report (RESACOOP) and Le RAMEAU's publications.
    const rameau = SOURCE_DOCUMENTS.filter((d) => d.publisher === 'Le RAMEAU').length;
    expect(SOURCE_DOCUMENTS.length).toBe(rameau + 2);
    const fr = messagesOf('fr') as Record<string, string>;
    const en = messagesOf('en') as Record<string, string>;
    const numberFr = ['zéro', 'un', 'deux', 'trois', 'quatre'][rameau]!;
    const numberEn = ['no', 'one', 'two', 'three', 'four'][rameau]!;
    expect(fr['guideUi.about.lead']).toContain(`un compte rendu d’atelier et ${numberFr} publications de Le RAMEAU`);
    expect(en['guideUi.about.lead']).toContain(`a workshop report and ${numberEn} publications by Le RAMEAU`);
  });

  it('retells what a document says without changing whom or what it names', () => {
    // [text, words of the document it must keep, words the document does not say]
    const cases: Array<[GuideKey, string, RegExp]> = [
      // Le RAMEAU names a work-integration structure (SIAE), not any general-interest body.
      ['guide.rameau.economic-sheet.3', 'structure d’insertion par l’activité économique', /intérêt général/],
      // The guide names effects on the local ecosystem at withdrawal, not that activities stop.
      [
        'guide.risk.ecosystem-withdrawal.description',
        'écosystème environnemental et économique local',
        /s’arrêter|relais/,
      ],
      // The guide's obstacles complicate the project; suspending it is Cocharte's measure.
      ['guide.risk.context-political.description', 'compliquer la réalisation du projet', /suspendre/],
    ];
    for (const [key, kept, added] of cases) {
      expect(guideFr[key], key).toContain(kept);
      expect(guideFr[key], key).not.toMatch(added);
    }
  });

  it('does not credit, under one document’s source line, what another document says', () => {
    // One source line per text: a text naming another document's author would pass that
    // document's words under the wrong reference.
    const authors: Record<string, RegExp> = { guide: /\ble guide\b/i, resacoop: /RESACOOP/, rameau: /RAMEAU/ };
    const crossed: string[] = [];
    for (const [key, source] of Object.entries(GUIDE_SOURCES) as Array<[GuideKey, Source]>) {
      if (source.doc === 'cocharte') continue;
      const own = source.doc.startsWith('rameau') ? 'rameau' : source.doc;
      for (const [author, named] of Object.entries(authors))
        if (author !== own && named.test(guideFr[key])) crossed.push(`${key} (${source.doc}) names ${author}`);
    }
    expect(crossed).toEqual([]);
  });

  it('says, where Cocharte’s own list of values is offered under the guide’s step, that it is Cocharte’s', () => {
    // The guide asks partners to check they share values but lists none: the checkboxes
    // under its step's intro would otherwise pass for the guide's list.
    expect(CATALOGUE_SOURCES.find((l) => l.prefix === 'value')?.source.doc).toBe('cocharte');
    expect(messagesOf('fr')['motivations.sharedValuesHint']).toMatch(/suggestion de Cocharte/i);
    expect(messagesOf('en')['motivations.sharedValuesHint']).toMatch(/Cocharte’s suggestion/i);
  });

  it('ties, in the Guérande example’s sources, Univers-Sel’s production methods to Senegal, as the guide does', () => {
    // The guide: methods « facilement appropriables au Sénégal », storage, governance; the
    // Cambodian salt workers are named among Univers-Sel's partners, for skills gained.
    expect(guideFr['guide.example.guerande.sources']).toContain('paludiers du Sénégal (méthodes de production');
    expect(guideEn['guide.example.guerande.sources']).toContain('salt workers in Senegal (production methods');
  });

  it('does not pass the app’s own requirement off as the guide’s under a guide source line', () => {
    // Step 5's lead is shown with "Source : le guide, « Envisager tous les impacts »": the
    // guide asks to anticipate effects; one effect per partner and one in the South is what
    // Cocharte asks to complete the charter, and the sentence must say so.
    const fr = messagesOf('fr')['guideUi.impacts.opportunitiesLead'];
    const en = messagesOf('en')['guideUi.impacts.opportunitiesLead'];
    expect(fr).toMatch(/Cocharte demande au moins un effet attendu/);
    expect(en).toMatch(/Cocharte asks for at least one expected effect/);
  });

  it('keeps in English the guide’s consular chambers, not only chambers of commerce', () => {
    // The guide's « chambres consulaires » include the chambers of trades and of agriculture.
    const narrowed = (Object.keys(GUIDE_SOURCES) as GuideKey[]).filter(
      (k) => /consulaire/.test(guideFr[k]) && !/consular chamber/i.test(guideEn[k]),
    );
    expect(narrowed).toEqual([]);
  });

  it('keeps, in the closing note, the guide’s hedge: results may lead to a reflection on lasting or growing', () => {
    // The guide: « peut déboucher sur une réflexion sur la pérennisation, l’amplification ou
    // la duplication » — not on the growth itself.
    expect(messagesOf('fr')['record.closing.guideNote']).toContain('déboucher sur une réflexion sur la pérennisation');
    expect(messagesOf('en')['record.closing.guideNote']).toContain('lead to thinking about making the experience last');
  });

  it('does not file under RESACOOP’s « idées-forces » a lesson its report gives with a case', () => {
    // Adapting to each other is on the Lagazel page, not under « Les idées-forces ».
    expect(messagesOf('fr')['guideUi.about.doc.resacoop.gave']).not.toMatch(/idées-forces de l’atelier\s*: s’adapter/);
    expect(messagesOf('en')['guideUi.about.doc.resacoop.gave']).not.toMatch(/key ideas: adapting/);
  });

  it('says under the co-funding entry only what its cited section (« Les freins… ») says', () => {
    // External funding « plus ou moins adaptés aux attelages pluri-acteurs » is step 5's
    // financial risk, shown there with its own source.
    expect(GUIDE_SOURCES['guide.funding.co-funding.name']).toEqual({
      doc: 'guide',
      section: 'Les freins au développement de partenariats',
    });
    expect(guideFr['guide.funding.co-funding.text']).not.toMatch(/attelages/);
    expect(guideEn['guide.funding.co-funding.text']).not.toMatch(/multi-actor|several actors/);
  });

  it('gives the English twin of a sourced text the same figures as the French', () => {
    const figures = (s: string) => [...s.matchAll(/\d+(?:[,.]\d+)?/g)].map(([f]) => f.replace(',', '.')).sort();
    const differ = (Object.keys(GUIDE_SOURCES) as GuideKey[]).filter(
      (k) => JSON.stringify(figures(guideFr[k])) !== JSON.stringify(figures(guideEn[k])),
    );
    expect(differ.map((k) => `${k}: ${figures(guideFr[k])} / ${figures(guideEn[k])}`)).toEqual([]);
  });

  it('never credits the guide with the risk ratings, scales or responses', () => {
    for (const r of RISK_CATALOGUE) expect(r.suggestedRating.source.doc, r.id).toBe('cocharte');
    for (const prefix of ['riskScale', 'riskResponse', 'riskStatus', 'riskCategory'])
      expect(CATALOGUE_SOURCES.find((l) => l.prefix === prefix)?.source.doc, prefix).toBe('cocharte');
    // About 40 measures are the app's own: they must say so.
    const own = RISK_CATALOGUE.flatMap((r) => r.mitigations).filter((m) => m.source.doc === 'cocharte');
    expect(own.length).toBeGreaterThan(10);
  });

  it('has every guide text and catalogue label in both languages', () => {
    for (const key of Object.keys(GUIDE_SOURCES) as GuideKey[]) {
      expect(guideFr[key]?.trim(), key).toBeTruthy();
      expect(guideEn[key]?.trim(), key).toBeTruthy();
    }
    const fr = catalogueFr as Record<string, string>;
    const en = catalogueEn as Record<string, string>;
    for (const list of CATALOGUE_SOURCES)
      for (const id of list.ids) {
        const key = `${list.prefix}.${id}`;
        expect(fr[key]?.trim(), `${key} (fr)`).toBeTruthy();
        expect(en[key]?.trim(), `${key} (en)`).toBeTruthy();
      }
  });

  it('does not word the app’s own advice as the guide’s', () => {
    for (const [key, source] of Object.entries(GUIDE_SOURCES) as Array<[GuideKey, Source]>) {
      if (source.doc !== 'guide')
        expect(guideFr[key], key).not.toMatch(/\ble guide (dit|signale|recommande|demande|invite)/i);
    }
  });
});

describe('older projects still import', () => {
  it('accepts former catalogue ids (brakes) and the former "common offer" sub-type', () => {
    const file = JSON.parse(
      readFileSync(join(process.cwd(), 'src/examples/terrena-afdi-cobsac.cocharte.json'), 'utf8'),
    );
    const project = file.project;
    delete project.illustrativeExample;
    project.impacts.risks[0].catalogueId = 'financial-cost-overrun';
    project.impacts.risks[1].catalogueId = 'governance-major-stakeholder';
    project.partners.partnershipSubtypes = ['common-offer', 'consortium'];
    const parsed = parseProjectFile(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.project.impacts.risks[0]?.catalogueId).toBe('financial-cost-overrun');
    expect(parsed.project.partners.partnershipSubtypes).toContain('common-offer');
    expect(parsed.project.illustrativeExample).toBeUndefined();
    expect(catalogueFr['rameauSubtype.common-offer']).toBe('Coopération économique (offre commune)');
  });
});
