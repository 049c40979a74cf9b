// @vitest-environment node
// Issue 10 "done when": the charter read back from the PDF itself, on the four examples,
// an 8-partner project whose names and titles use the full 200 characters, and an empty
// project. Nothing cut, no signature boxes without their heading, no table row over two
// pages, French typography, and an incomplete charter that cannot be signed.
import '../i18n/register-en';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator, type Locale } from '../i18n/i18n';
import { buildCharterModel } from '../document/charter-model';
import { buildRiskChecklistModel } from '../document/risk-model';
import type { Block } from '../document/document-model';
import { contentFingerprint } from '../domain/fingerprint';
import { createEmptyProject } from '../domain/new-project';
import { EXAMPLES } from '../examples/examples';
import { parseProjectFile } from '../persistence/project-file';
import type { DraftProject } from '../schemas/project.schema';
import { makeExtremeProject, signAll } from '../testing/extreme-fixture';
import {
  loadFonts,
  normalizeForSearch,
  readPdf,
  readPdfItems,
  type PdfPageText,
  type PdfTextItem,
} from '../testing/pdf-test-support';
import { renderCharterPdf } from './render-pdf';

const fonts = loadFonts();
const NOW = new Date('2026-03-01T09:00:00Z');
const flat = (s: string) => normalizeForSearch(s);

/** A 200-character text (the schema's limit) that says which one it is, so a cut shows. */
function long(label: string): string {
  const words = `${label} Coopérative des producteurs et productrices de l’estuaire`;
  let s = words;
  while (s.length < 200) s += ` ${words}`;
  return `${s.slice(0, 195).trimEnd()} FIN${label.length}`.slice(0, 200);
}

async function eightPartners(): Promise<DraftProject> {
  const base = makeExtremeProject();
  base.partners.title = long('Titre');
  base.partners.partners.forEach((p, i) => {
    p.name = long(`Partenaire ${i + 1}`);
    p.city = long(`Ville ${i + 1}`).slice(0, 120);
  });
  const fingerprint = await contentFingerprint(base);
  const signed = signAll(base, fingerprint);
  signed.signatures.forEach((s, i) => {
    s.signatoryName = long(`Signataire ${i + 1}`);
    s.signatoryTitle = long(`Fonction ${i + 1}`);
    s.place = long(`Lieu ${i + 1}`);
    s.method = 'typed';
    delete s.image;
    // One partner signed an earlier version: its note must show the whole fingerprint.
    if (i === 2) s.fingerprint = 'ab'.repeat(32);
  });
  return signed;
}

function example(fileName: string): DraftProject {
  const parsed = parseProjectFile(readFileSync(new URL(`../examples/${fileName}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(fileName);
  return parsed.project;
}

interface Rendered {
  name: string;
  project: DraftProject;
  locale: Locale;
  fingerprint: string;
  pages: PdfPageText[];
  items: PdfTextItem[];
}

const cases: Rendered[] = [];

async function render(name: string, project: DraftProject): Promise<Rendered> {
  const locale = project.documentLanguage;
  const fingerprint = await contentFingerprint(project);
  const bytes = renderCharterPdf(project, { locale, fonts, fingerprint, now: NOW });
  return { name, project, locale, fingerprint, pages: await readPdf(bytes), items: await readPdfItems(bytes) };
}

beforeAll(async () => {
  for (const e of EXAMPLES) cases.push(await render(e.id, example(e.fileName)));
  const terrena = example(EXAMPLES[0]!.fileName);
  cases.push(await render('terrena in English', { ...terrena, documentLanguage: 'en' }));
  cases.push(await render('terrena bilingual', { ...terrena, bilingualDocuments: true }));
  cases.push(await render('8 partners, 200 characters', await eightPartners()));
  cases.push(await render('empty, English', createEmptyProject(new Date('2026-01-01T00:00:00Z'), 'en')));
  cases.push(await render('empty', createEmptyProject(new Date('2026-01-01T00:00:00Z'), 'fr')));
}, 120_000);

const byName = (name: string) => cases.find((c) => c.name === name)!;

describe('the charter on paper', () => {
  it('has every partner name, signatory name, title and place whole in the text layer', () => {
    for (const c of cases) {
      const text = flat(c.pages.map((p) => p.raw).join('\n'));
      const wanted = [
        ...c.project.partners.partners.map((p) => p.name),
        ...c.project.signatures.flatMap((s) => [s.signatoryName, s.signatoryTitle, s.place]),
      ].filter((s) => s.trim() !== '');
      if (c.project.partners.title.trim()) wanted.push(c.project.partners.title);
      expect(
        wanted.filter((s) => !text.includes(flat(s))),
        c.name,
      ).toEqual([]);
    }
  });

  it('fits the cover of 8 partners with 200-character names on page 1', () => {
    const c = byName('8 partners, 200 characters');
    const cover = flat(c.pages[0]!.raw);
    const names = c.project.partners.partners.map((p) => p.name);
    expect(names.filter((n) => !cover.includes(flat(n)))).toEqual([]);
    expect(cover).toContain(flat(c.project.partners.title));
  });

  it('prints the whole fingerprint in the note about a signature given on another version', () => {
    const c = byName('8 partners, 200 characters');
    expect(flat(c.pages.map((p) => p.raw).join(''))).toContain('ab'.repeat(32));
  });

  it('never puts signature boxes on a page without the signature heading', () => {
    for (const c of cases) {
      const t = createTranslator(c.locale);
      const nameLabel = t('doc.signatures.name');
      const heading = flat(t('doc.article.signatures'));
      for (const [i, page] of c.pages.entries()) {
        const boxes = c.items.filter((it) => it.page === i + 1 && it.str.trim() === nameLabel).length;
        if (boxes > 0) expect(flat(page.raw), `${c.name} p.${i + 1}`).toContain(heading);
      }
    }
  });

  it('keeps every table row on one page', () => {
    for (const c of cases) {
      const t = createTranslator(c.locale);
      const model = buildCharterModel(c.project, t, c.locale, { fingerprint: c.fingerprint });
      const checklist = buildRiskChecklistModel(c.project, t, c.locale, { fingerprint: c.fingerprint });
      const tables = model.articles
        .flatMap((a) => a.blocks)
        .filter((b): b is Extract<Block, { type: 'table' }> => b.type === 'table');
      const rows = [
        ...tables.flatMap((tb) => tb.rows),
        ...checklist.risks.map((r) => [r.title, r.mitigation, r.owner]),
      ].map((cells) => cells.map(flat).filter((cell) => cell !== ''));
      const pages = c.pages.map((p) => flat(p.raw));
      const split = rows.filter((cells) => !pages.some((p) => cells.every((cell) => p.includes(cell))));
      expect(split, c.name).toEqual([]);
    }
  });

  it('writes real plurals, elisions and "1er" in every text', () => {
    for (const c of cases) {
      const text = c.pages.map((p) => p.raw.replace(/\s+/g, ' ')).join('\n');
      expect(text, c.name).not.toMatch(/\((s|e|es)\)/);
      if (c.locale === 'fr') {
        // "de Ouagadougou" is right: ou- sounding /w/ takes no elision.
        expect(text, c.name).not.toMatch(/\b[Dd]e (?!Ou[aeiouéè])[AEIOUÉÈÊ][a-zé]/);
        expect(text, c.name).not.toMatch(/\b1 (janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)/);
      }
    }
  });

  it('never leaves an opening « at the end of a line or a closing » at the start of one', () => {
    for (const c of cases) {
      const lines = c.items.map((it) => it.str);
      expect(
        lines.filter((l) => /«\s*$/.test(l) || /^\s*»/.test(l)),
        c.name,
      ).toEqual([]);
    }
  });
});

describe('the risk checklist and the timeline', () => {
  it('prints each risk with its status on the same page', () => {
    for (const c of cases) {
      const t = createTranslator(c.locale);
      const checklist = buildRiskChecklistModel(c.project, t, c.locale, { fingerprint: c.fingerprint });
      const pages = c.pages.map((p) => flat(p.raw));
      const statusLabel = flat(checklist.labels.status);
      const missing = checklist.risks.filter(
        (r) => !pages.some((p) => p.includes(statusLabel) && p.includes(flat(r.title)) && p.includes(flat(r.status))),
      );
      expect(
        missing.map((r) => r.title),
        c.name,
      ).toEqual([]);
    }
  });

  it('explains both kinds of review triangles in the timeline legend', () => {
    const c = byName('terrena-afdi-cobsac');
    const page = c.pages.find((p) => p.raw.includes('Calendrier'));
    expect(page?.raw).toContain('Revues du partenariat');
    expect(page?.raw).toContain('Revues des risques');
  });
});

describe('running headers', () => {
  it('end with "…" when the title is too long for the line, and start with the title', () => {
    const c = byName('8 partners, 200 characters');
    const mm = 72 / 25.4;
    const headers = c.items.filter((it) => it.page > 1 && it.str.trim() !== '' && Math.abs(it.y - (297 - 13) * mm) < 2);
    expect(headers.length).toBeGreaterThan(10);
    for (const h of headers) {
      expect(h.str.endsWith('…'), h.str).toBe(true);
      expect(c.project.partners.title.startsWith(h.str.slice(0, 30)), h.str).toBe(true);
    }
  });
});

describe('an incomplete charter', () => {
  it('says "non signable" on every page and has no signature box', () => {
    const c = byName('empty');
    for (const [i, page] of c.pages.entries()) expect(flat(page.raw), `p.${i + 1}`).toContain(flat('non signable'));
    expect(c.items.filter((it) => it.str.trim() === 'Nom')).toEqual([]);
  });

  it('says "not for signature" on every page in English', () => {
    const c = byName('empty, English');
    for (const [i, page] of c.pages.entries()) expect(page.raw, `p.${i + 1}`).toContain('DRAFT — not for signature');
  });

  it('lists what is missing and does not repeat the title', () => {
    const c = byName('empty');
    const text = c.pages.map((p) => p.raw).join('\n');
    expect(text).toMatch(/manque|manquant/i);
    expect(text).not.toMatch(/CHARTE DE PARTENARIAT\s+Charte de partenariat/);
  });
});
