import { describe, expect, it } from 'vitest';
import { shortFingerprint } from '../domain/fingerprint';
import { checkChain, inForceSince } from '../domain/record-amendments';
import { createTranslator } from '../i18n/i18n';
import { amendedReviewedProject, NEW_BUDGET } from '../testing/record-fixtures';
import { loadFonts, normalizeForSearch, qpdfCheck, readPdf } from '../testing/pdf-test-support';
import { renderInForcePdf } from './render-in-force';
import { renderCharterPdf } from './render-pdf';

const fonts = loadFonts();
const t = createTranslator('fr');
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('the PDF of the text in force', () => {
  it('is the charter with its amendments applied, saying so, with no box to sign', async () => {
    const project = await amendedReviewedProject();
    const chain = await checkChain(project);
    const since = inForceSince(project, chain);
    // As the app and `npm run render -- --in-force` make it.
    const bytes = (await renderInForcePdf(project, { locale: 'fr', fonts }))!;
    expect(qpdfCheck(bytes)).toMatch(/No syntax or stream encoding errors/);
    const pages = await readPdf(bytes);
    const text = flat(pages.map((p) => p.text).join('\n'));
    expect(flat(pages[0]!.text)).toContain(flat(t('doc.cover.inForce', { count: 1 })));
    expect(flat(pages[0]!.text)).toContain(shortFingerprint(chain.currentFingerprint));
    // Dated from the amendment's co-signature, not from the original text's version.
    expect(since).toBe('2027-04-25');
    expect(flat(pages[0]!.text)).toContain('En vigueur depuis le 25 avril 2027');
    expect(text).not.toMatch(/Version du 2 mars 2026/);
    for (const page of pages.slice(1)) expect(flat(page.text)).toContain('en vigueur depuis le 25 avril 2027');
    // The amended words are in it.
    expect(normalizeForSearch(text)).toContain(normalizeForSearch(NEW_BUDGET));
    // Its signatures are the charter's and each amendment's, on their own texts: it says so,
    // and carries neither boxes nor « Fait à » that someone could sign under.
    expect(text).toContain(flat(t('doc.signatures.inForce')));
    for (const absent of [t('doc.signatures.intro'), t('doc.signatures.name'), t('doc.signatures.drawn')]) {
      expect(text).not.toContain(flat(absent));
    }
    expect(text).not.toMatch(/Fait à/);
    expect(text).not.toContain(flat(t('doc.cover.statusDraft')));
  });
});

describe('the bilingual PDF of the text in force', () => {
  it('dates it in both languages', async () => {
    const project = await amendedReviewedProject();
    const chain = await checkChain(project);
    const bytes = renderCharterPdf(
      { ...chain.current, bilingualDocuments: true, signatures: [] },
      {
        locale: 'fr',
        fonts,
        fingerprint: chain.currentFingerprint,
        inForce: { amendments: 1, since: inForceSince(project, chain) },
      },
    );
    const cover = flat((await readPdf(bytes))[0]!.text);
    expect(cover).toContain('En vigueur depuis le 25 avril 2027');
    expect(cover).toMatch(/In force since 25 April 2027/);
  });
});
