import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideEn } from '../i18n/messages/guide.en';
import { guideFr, type GuideKey } from '../i18n/messages/guide.fr';
import { catalogueEn } from '../i18n/messages/catalogue.en';
import { catalogueFr } from '../i18n/messages/catalogue.fr';
import { createTranslator } from '../i18n/i18n';
import { EXAMPLES } from '../examples/examples';
import * as catalogues from './catalogues';
import { sourceOf } from './guide-sources';
import { GUIDANCE, GUIDANCE_STEPS } from './guidance';
import {
  ECONOMIC_COOPERATION_SHEET,
  FUNDING_SOURCES,
  PRINCIPLES,
  PUBLIC_BODY_ROLES,
  RAMEAU_DEFINITIONS,
  RAMEAU_RATES_NOTE,
  RAMEAU_RATES_OVERLAP,
  RESACOOP_LESSONS,
  STUDIED_CASES,
} from './guidance-extras';
import { hintsFor } from '../domain/hints';
import { RISK_CATALOGUE, findRiskEntry } from './risk-catalogue';
import { riskFromCatalogue } from '../domain/risk-from-catalogue';
import { createEmptyProject } from '../domain/new-project';
import { makeRiskSchema } from '../schemas/impacts.schema';

// Every guide key the content data points at, gathered the way the UI will use them.
function referencedKeys(): GuideKey[] {
  const keys: GuideKey[] = [];
  for (const g of Object.values(GUIDANCE)) keys.push(g.purposeKey, ...g.questionKeys, ...g.brakeKeys, ...g.factKeys);
  for (const r of RISK_CATALOGUE) keys.push(r.titleKey, r.descriptionKey, ...r.mitigations.map((m) => m.key));
  for (const e of EXAMPLES) keys.push(e.titleKey, e.summaryKey, e.sourcesKey);
  for (const list of [
    PRINCIPLES,
    RESACOOP_LESSONS,
    PUBLIC_BODY_ROLES,
    ECONOMIC_COOPERATION_SHEET,
    [RAMEAU_RATES_NOTE, RAMEAU_RATES_OVERLAP],
  ])
    keys.push(...list.map((i) => i.key));
  for (const d of RAMEAU_DEFINITIONS) keys.push(d.definition.key, d.result.key);
  for (const f of FUNDING_SOURCES) keys.push(f.nameKey, f.textKey);
  for (const c of STUDIED_CASES) keys.push(c.titleKey, c.textKey);
  return keys;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('guide messages', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(guideEn).sort()).toEqual(Object.keys(guideFr).sort());
  });

  it('have no empty text', () => {
    for (const [key, value] of [...Object.entries(guideFr), ...Object.entries(guideEn)]) {
      expect(value.trim(), key).not.toBe('');
    }
  });

  it('never say « Suggestion de Cocharte » in a text whose source line already says it', () => {
    for (const key of Object.keys(guideFr) as GuideKey[]) {
      if (sourceOf(key).doc !== 'cocharte') continue;
      // As a label opening a sentence (« Suggestion de Cocharte : … »), not a rating said to be one.
      expect(guideFr[key], key).not.toMatch(/(^|\. )Suggestion de Cocharte\s:/);
      expect(guideEn[key], key).not.toMatch(/(^|\. )Cocharte’s suggestion:/);
    }
  });

  it('use the same {placeholders} in both languages', () => {
    for (const key of Object.keys(guideFr) as GuideKey[]) {
      expect(placeholders(guideEn[key]), key).toEqual(placeholders(guideFr[key]));
    }
  });

  it('follow French typography in French', () => {
    for (const [key, value] of Object.entries(guideFr)) {
      // Curly apostrophe; no-break space inside guillemets and before two-part punctuation.
      expect(value, key).not.toMatch(/'|[ \u00a0\u202f]?[ ][:;!?]|« | »|\S[:;!?](?=\s|$)|«\S|\S»/);
    }
  });

  it('are all used by the content data, the hints or the examples (no orphan text)', () => {
    const used = new Set<string>(referencedKeys());
    // Hint keys are chosen by code paths, not data: look for them in the source of hints.ts.
    const hintsSource = readFileSync(join(process.cwd(), 'src/domain/hints.ts'), 'utf8');
    for (const k of Object.keys(guideFr)) if (hintsSource.includes(`'${k}'`)) used.add(k);
    used.add('guide.examples.illustrative');
    expect(Object.keys(guideFr).filter((k) => !used.has(k))).toEqual([]);
  });
});

describe('content data', () => {
  it('references only keys that exist in both languages', () => {
    for (const key of referencedKeys()) {
      expect(guideFr, key).toHaveProperty([key]);
      expect(guideEn, key).toHaveProperty([key]);
    }
  });

  it('gives guidance for the five steps, review and signing, each with questions, brakes and facts', () => {
    expect(Object.keys(GUIDANCE).sort()).toEqual([...GUIDANCE_STEPS].sort());
    for (const step of catalogues.STEP_IDS) expect(GUIDANCE_STEPS).toContain(step);
    for (const [step, g] of Object.entries(GUIDANCE)) {
      expect(g.questionKeys.length, step).toBeGreaterThan(0);
      expect(g.brakeKeys.length, step).toBeGreaterThan(0);
      expect(g.factKeys.length, step).toBeGreaterThan(0);
      const all = [g.purposeKey, ...g.questionKeys, ...g.brakeKeys, ...g.factKeys];
      expect(new Set(all).size, step).toBe(all.length);
    }
  });

  it('has a risk catalogue with unique ids, valid categories, scales and at least one mitigation', () => {
    const ids = RISK_CATALOGUE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RISK_CATALOGUE) {
      expect(r.id).toMatch(/^[a-z0-9-]{1,64}$/);
      expect(catalogues.RISK_CATEGORIES).toContain(r.category);
      expect(catalogues.RISK_RESPONSES).toContain(r.suggestedRating.response);
      expect(catalogues.RISK_SCALE).toContain(r.suggestedRating.likelihood);
      expect(catalogues.RISK_SCALE).toContain(r.suggestedRating.severity);
      // The guide rates nothing: the rating is always the app's suggestion.
      expect(r.suggestedRating.source).toEqual({ doc: 'cocharte' });
      expect(r.mitigations.length).toBeGreaterThan(0);
    }
  });

  it('covers every risk the guide lists, and no brake', () => {
    for (const id of [
      'context-cultural',
      'context-administrative',
      'context-political',
      'competition-close-expertise',
      'financial-short-term',
      'ecosystem-short-term',
      'ecosystem-long-term',
      'ecosystem-withdrawal',
      'social-vulnerable-exclusion',
      'governance-divisive-debate',
    ]) {
      expect(findRiskEntry(id), id).toBeDefined();
    }
    // Brakes are obstacles to starting a partnership, not scored risks; becoming a major
    // stakeholder is an effect on a partner's own project.
    for (const id of [
      'governance-conflict-of-interest',
      'relationship-information-leak',
      'reputation-loss',
      'reputation-washing',
      'relationship-contact-turnover',
      'financial-cost-overrun',
      'financial-complex-funding',
      'relationship-mutual-prejudice',
      'relationship-limited-time',
      'governance-major-stakeholder',
    ]) {
      expect(findRiskEntry(id), id).toBeUndefined();
    }
    expect(catalogues.EXPECTED_EFFECTS).toContain('major-stakeholder');
  });

  it('turns a catalogue entry into a draft risk in the chosen language', () => {
    const entry = findRiskEntry('ecosystem-withdrawal')!;
    const fr = riskFromCatalogue(entry, createTranslator('fr'));
    expect(fr).toMatchObject({
      catalogueId: 'ecosystem-withdrawal',
      category: 'ecosystem',
      title: guideFr['guide.risk.ecosystem-withdrawal.title'],
      ownerId: '',
      reviewDate: '',
    });
    expect(fr.mitigation.split('\n')).toHaveLength(entry.mitigations.length);
    expect(fr.ratingSuggested).toBe(true);
    // A suggested rating is not a complete one: the partners confirm it.
    expect(makeRiskSchema('complete').safeParse({ ...fr, ownerId: 'p1', reviewDate: '2026-06-30' }).success).toBe(
      false,
    );
    expect(makeRiskSchema('draft').safeParse(fr).success).toBe(true);
    const en = riskFromCatalogue(entry, createTranslator('en'), { ownerId: 'x' });
    expect(en.title).toBe(guideEn['guide.risk.ecosystem-withdrawal.title']);
    expect(en.ownerId).toBe('x');
    expect(en.id).not.toBe(fr.id);
  });

  it('produces risk texts that fit the schema limits', () => {
    const complete = makeRiskSchema('complete');
    for (const entry of RISK_CATALOGUE) {
      for (const locale of ['fr', 'en'] as const) {
        const r = riskFromCatalogue(entry, createTranslator(locale), {
          ownerId: 'p1',
          reviewDate: '2026-06-30',
          ratingSuggested: false,
        });
        expect(complete.safeParse(r).success, `${entry.id} ${locale}`).toBe(true);
      }
    }
  });

  it('has hints whose message keys exist', () => {
    const p = createEmptyProject();
    for (const h of hintsFor(p)) expect(guideFr).toHaveProperty([h.messageKey]);
  });
});

describe('catalogue labels', () => {
  // Ids may be added to catalogues.ts; each needs its label in both languages.
  const lists: Array<[string, readonly (string | number)[]]> = [
    ['partnerKind', catalogues.PARTNER_KINDS],
    ['partnershipKind', catalogues.PARTNERSHIP_KINDS],
    ['direction', catalogues.DIRECTIONS],
    ['setting', catalogues.AREA_SETTINGS],
    ['timeHorizon', catalogues.TIME_HORIZONS],
    ['value', catalogues.SHARED_VALUES],
    ['logoUse', catalogues.LOGO_USES],
    ['reviewFrequency', catalogues.REVIEW_FREQUENCIES],
    ['effect', catalogues.EXPECTED_EFFECTS],
    ['southImpact', catalogues.SOUTH_IMPACTS],
    ['riskCategory', catalogues.RISK_CATEGORIES],
    ['riskResponse', catalogues.RISK_RESPONSES],
    ['riskStatus', catalogues.RISK_STATUSES],
    ['riskScale', catalogues.RISK_SCALE],
    ['step', catalogues.STEP_IDS],
  ];
  for (const [prefix, ids] of lists) {
    it(`labels every ${prefix} in both languages, without duplicates`, () => {
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) {
        const key = `${prefix}.${id}`;
        expect((catalogueFr as Record<string, string>)[key]?.trim(), key).toBeTruthy();
        expect((catalogueEn as Record<string, string>)[key]?.trim(), key).toBeTruthy();
      }
    });
  }
});

describe('Le RAMEAU sub-types', () => {
  it('lists every sub-type of the four categories, then the legacy ids', async () => {
    const { RAMEAU_CATEGORIES, RAMEAU_LEGACY_SUBTYPES, RAMEAU_SUBTYPES } = await import('./catalogues');
    expect([...RAMEAU_SUBTYPES]).toEqual([...Object.values(RAMEAU_CATEGORIES).flat(), ...RAMEAU_LEGACY_SUBTYPES]);
  });
});
