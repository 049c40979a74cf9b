// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { completeProjectSchema } from '../schemas/project.schema';
import { buildCharterModel } from '../document/charter-model';
import { renderCharterPdf, renderRiskChecklistPdf, type RenderOptions } from './render-pdf';
import { makeSignedProject, NAMES } from '../testing/test-fixtures';
import {
  findInOrder,
  loadFonts,
  normalizeForSearch,
  qpdfCheck,
  readPdf,
  type PdfPageText,
} from '../testing/pdf-test-support';
import type { DraftProject } from '../schemas/project.schema';

const NOW = new Date('2026-03-07T08:00:00Z');
let project: DraftProject;
let options: RenderOptions;
let charter: Uint8Array;
let pages: PdfPageText[];

beforeAll(async () => {
  const signed = await makeSignedProject();
  project = signed.project;
  options = { locale: 'fr', fonts: loadFonts(), fingerprint: signed.fingerprint, now: NOW };
  charter = renderCharterPdf(project, options);
  pages = await readPdf(charter);
});

const all = () => pages.map((p) => p.text).join('\n');

describe('charter PDF', () => {
  it('uses a fixture that is a complete, signable project', () => {
    const result = completeProjectSchema.safeParse(project);
    expect(result.success, JSON.stringify(!result.success && result.error.issues)).toBe(true);
  });

  it('is a valid PDF according to qpdf', () => {
    expect(qpdfCheck(charter)).toMatch(/No syntax or stream encoding errors/);
  });

  it('names every partner, Vietnamese and Arabic included', () => {
    const text = normalizeForSearch(all());
    for (const name of [NAMES.association, NAMES.company, NAMES.southern, NAMES.arabicContact]) {
      expect(text).toContain(normalizeForSearch(name));
    }
  });

  it('has every article heading, in the guide’s order', () => {
    const model = buildCharterModel(project, createTranslator('fr'), 'fr');
    expect(model.articles.map((a) => a.id)).toEqual([
      'parties',
      'purpose',
      'motivations',
      'roles',
      'governance',
      'communication',
      'followUp',
      'impacts',
      'risks',
      'confidentiality',
      'personalData',
      'intellectualProperty',
      'liability',
      'forceMajeure',
      'term',
      'disputes',
      'annexes',
      'signatures',
    ]);
    const found = findInOrder(
      all(),
      model.articles.map((a) => a.heading),
    );
    expect(found.filter((f) => f.at < 0)).toEqual([]);
  });

  it('lists every risk and every signatory', () => {
    const text = normalizeForSearch(all());
    for (const r of project.impacts.risks) expect(text).toContain(normalizeForSearch(r.title));
    expect(text).toContain(normalizeForSearch(NAMES.signatoryAssociation));
    expect(text).toContain(normalizeForSearch(NAMES.signatoryCompany));
  });

  it('keeps French typography (’ « » œ)', () => {
    // Text extraction turns U+00A0 into a plain space (same glyph), so no-break spaces
    // are checked in the model and message tests instead.
    const text = pages
      .map((p) => p.raw)
      .join('\n')
      .replace(/\u00a0/g, ' ');
    expect(text).toContain('s’engagent à œuvrer');
    expect(text).toContain('« juste prix »');
    expect(text).toContain('Coopérative Sel d’Œuvre SAS');
  });

  it('prints "page X / Y" on every page, with the right numbers', () => {
    expect(pages.length).toBeGreaterThanOrEqual(7);
    pages.forEach((page, i) => {
      expect(page.text).toContain(`page ${i + 1} / ${pages.length}`);
    });
  });

  it('shows the signing status and the full fingerprint', () => {
    const text = all();
    expect(text).toContain('Signée par 2 partenaires sur 3');
    expect(normalizeForSearch(text)).toContain(options.fingerprint);
  });

  it('ends with the landscape risk checklist', () => {
    const last = pages[pages.length - 1]!;
    expect(last.width).toBeGreaterThan(last.height);
    expect(pages[0]!.width).toBeLessThan(pages[0]!.height);
    expect(all()).toContain('Liste de contrôle des risques');
  });

  it('gives the same bytes for the same project and date', () => {
    const again = renderCharterPdf(project, options);
    expect(Buffer.from(again).equals(Buffer.from(charter))).toBe(true);
  });

  it('writes metadata: title, author, language', async () => {
    const latin1 = Buffer.from(charter).toString('latin1');
    expect(latin1).toMatch(/\/Lang \(fr\)/);
    expect(latin1).toContain('/CreationDate (D:20260307');
  });
});

describe('risk checklist PDF', () => {
  it('renders every risk in English, landscape, with footers', async () => {
    const bytes = renderRiskChecklistPdf(project, { ...options, locale: 'en' });
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    const checklist = await readPdf(bytes);
    const text = normalizeForSearch(checklist.map((p) => p.text).join('\n'));
    expect(text).toContain(normalizeForSearch('Risk checklist'));
    for (const r of project.impacts.risks) expect(text).toContain(normalizeForSearch(r.title));
    checklist.forEach((page, i) => {
      expect(page.width).toBeGreaterThan(page.height);
      expect(page.text).toContain(`page ${i + 1} / ${checklist.length}`);
    });
  });
});
