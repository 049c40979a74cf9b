import { buildCharterModel } from '../document/charter-model';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProjectFile, serializeProject } from '../persistence/project-file';
import { completeProjectSchema } from '../schemas/project.schema';
import { STEP_IDS } from '../content/catalogues';
import { RISK_CATALOGUE } from '../content/risk-catalogue';
import { hintsFor } from '../domain/hints';
import { createTranslator, isMessageKey } from '../i18n/i18n';
import { EXAMPLES } from './examples';

describe('worked examples', () => {
  it('covers the four worked cases of the guide', () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual([
      'terrena-afdi-cobsac',
      'guerande-univers-sel',
      'lagazel-edm-nafa-naana',
      'paratronic-corail-onep',
    ]);
  });

  it('has unique ids and translated titles', () => {
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
    for (const e of EXAMPLES) {
      expect(isMessageKey(e.titleKey)).toBe(true);
      expect(isMessageKey(e.summaryKey)).toBe(true);
    }
  });

  for (const example of EXAMPLES) {
    describe(example.id, () => {
      it('loads through the Vite raw import and matches the file on disk', async () => {
        const text = await example.load();
        // jsdom gives import.meta.url an http: scheme, so resolve from the project root.
        const onDisk = readFileSync(join(process.cwd(), 'src/examples', example.fileName), 'utf8');
        expect(text).toBe(onDisk);
      });

      it('parses as a project file and is complete enough to sign', async () => {
        const parsed = parseProjectFile(await example.load());
        if (!parsed.ok) throw new Error(parsed.error);
        const complete = completeProjectSchema.safeParse(parsed.project);
        // Print the zod issues: a failing example is easier to fix with paths.
        expect(complete.success ? [] : complete.error.issues).toEqual([]);
      });

      it('is a fully filled, unsigned French draft', async () => {
        const parsed = parseProjectFile(await example.load());
        if (!parsed.ok) throw new Error(parsed.error);
        const p = parsed.project;
        expect(p.documentLanguage).toBe('fr');
        expect([...p.visited].sort()).toEqual([...STEP_IDS].sort());
        expect(p.signatures).toEqual([]);
        // ONEP is a public body: what counts is a partner in the South at the table.
        expect(p.partners.partners.some((x) => x.kind === 'southern' || x.country !== 'France')).toBe(true);
        // It says it is an example until the user replaces its invented facts.
        expect(p.illustrativeExample).toBe(example.id);
        expect(p.followUp.milestones.length).toBeGreaterThan(0);
        expect(p.followUp.indicators.length).toBeGreaterThan(0);
        expect(p.impacts.risks.length).toBeGreaterThanOrEqual(6);
        expect(p.impacts.risks.length).toBeLessThanOrEqual(8);
        expect(p.impacts.byPartner.map((b) => b.partnerId).sort()).toEqual(p.partners.partners.map((x) => x.id).sort());
      });

      it('only cites risk catalogue ids that exist, in their category', async () => {
        const parsed = parseProjectFile(await example.load());
        if (!parsed.ok) throw new Error(parsed.error);
        for (const r of parsed.project.impacts.risks) {
          if (!r.catalogueId) continue;
          const entry = RISK_CATALOGUE.find((e) => e.id === r.catalogueId);
          expect(entry, r.catalogueId).toBeDefined();
          expect(r.category, r.id).toBe(entry!.category);
        }
      });

      it('raises no warning hint: an example shows good practice', async () => {
        const parsed = parseProjectFile(await example.load());
        if (!parsed.ok) throw new Error(parsed.error);
        expect(hintsFor(parsed.project).filter((h) => h.severity === 'warning')).toEqual([]);
      });

      it('uses French typography (no straight apostrophe, no plain space before : ; ! ?)', async () => {
        const parsed = parseProjectFile(await example.load());
        if (!parsed.ok) throw new Error(parsed.error);
        const texts: string[] = [];
        const walk = (v: unknown) => {
          if (typeof v === 'string') texts.push(v);
          else if (Array.isArray(v)) v.forEach(walk);
          else if (v && typeof v === 'object') Object.values(v).forEach(walk);
        };
        walk(parsed.project);
        for (const t of texts) {
          expect(t, t).not.toMatch(/'| [:;!?]|« | »/);
        }
      });

      it('has an English body: same partners, steps and risks, every text in English, complete', async () => {
        const fr = parseProjectFile(await example.load('fr'));
        const en = parseProjectFile(await example.load('en'));
        if (!fr.ok || !en.ok) throw new Error('parse');
        expect(en.project.documentLanguage).toBe('en');
        expect(en.project.illustrativeExample).toBe(example.id);
        expect(en.project.partners.partners.map((x) => [x.id, x.kind])).toEqual(
          fr.project.partners.partners.map((x) => [x.id, x.kind]),
        );
        expect(en.project.impacts.risks.map((r) => r.id)).toEqual(fr.project.impacts.risks.map((r) => r.id));
        const complete = completeProjectSchema.safeParse(en.project);
        expect(complete.success ? [] : complete.error.issues).toEqual([]);
        // Every longer text differs from the French one: nothing was left untranslated.
        const texts = (v: unknown, out: string[] = []): string[] => {
          if (typeof v === 'string') out.push(v);
          else if (Array.isArray(v)) for (const x of v) texts(x, out);
          else if (v && typeof v === 'object') for (const x of Object.values(v)) texts(x, out);
          return out;
        };
        const french = new Set(texts(fr.project).filter((t) => t.length > 40));
        expect(texts(en.project).filter((t) => french.has(t))).toEqual([]);
      });

      it('says on its charter’s cover that it is illustrative, in the document language', async () => {
        for (const locale of ['fr', 'en'] as const) {
          const parsed = parseProjectFile(await example.load(locale));
          if (!parsed.ok) throw new Error(parsed.error);
          const t = createTranslator(locale);
          const model = buildCharterModel(parsed.project, t, locale);
          expect(model.cover.illustrativeNote).toBe(t('guide.examples.illustrative'));
          const { illustrativeExample: _, ...replaced } = parsed.project;
          expect(buildCharterModel(replaced, t, locale).cover.illustrativeNote).toBeUndefined();
        }
      });

      it('marks every invented person as invented, so no name outlives the example unnoticed', async () => {
        // The sources name no staff: a first and last name in a contact field is invented, and
        // the example-leftovers check only sees it if it says so (« Personne fictive »).
        const person = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? (?:(?:Le|El|De|La) )?\p{Lu}\p{Ll}+/gu;
        const organisations = new Set(['Nafa Naana', 'West Africa']);
        for (const locale of ['fr', 'en'] as const) {
          const parsed = parseProjectFile(await example.load(locale));
          if (!parsed.ok) throw new Error(parsed.error);
          const named: string[] = [];
          const walk = (v: unknown, key: string) => {
            if (typeof v === 'string') {
              if (/^contact/.test(key))
                for (const m of v.matchAll(person)) if (!organisations.has(m[0])) named.push(`${key}: ${m[0]}`);
            } else if (Array.isArray(v)) for (const x of v) walk(x, key);
            else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
          };
          walk(parsed.project, '');
          expect(named, locale).toEqual([]);
        }
      });

      it('round-trips through serializeProject unchanged', async () => {
        const text = await example.load();
        const parsed = parseProjectFile(text);
        if (!parsed.ok) throw new Error(parsed.error);
        const savedAt = new Date((JSON.parse(text) as { savedAt: string }).savedAt);
        expect(serializeProject(parsed.project, savedAt) + '\n').toBe(text);
      });
    });
  }
});
