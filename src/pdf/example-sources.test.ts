// @vitest-environment node
// A worked example's charter says on its cover that its facts are partly invented, and
// "the facts marked with a source come from the documents cited": the PDF and the Word
// copy must then cite them, as the example reader on screen does (which facts come from
// which source, which are invented). Found by the documents review: the PDF cited
// nothing, and the Word copy did not even say the example was illustrative.
import '../i18n/register-en';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../domain/fingerprint';
import { renderCharterDocx } from '../docx/render-docx';
import { EXAMPLES } from '../examples/examples';
import { createTranslator } from '../i18n/i18n';
import { loadExampleFile } from '../testing/example-files';
import { loadFonts, normalizeForSearch, readPdf } from '../testing/pdf-test-support';
import { makeProject } from '../testing/test-fixtures';
import { renderCharterPdf, renderRiskChecklistPdf } from './render-pdf';

const fonts = loadFonts();
const flat = (s: string) => normalizeForSearch(s.replace(/[\u00a0\u202f]/g, ' '));

/** The Word copy's visible text. */
function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).join('\n');
}

describe('a worked example’s charter cites where its facts come from', () => {
  for (const example of EXAMPLES) {
    for (const locale of ['fr', 'en'] as const) {
      const fileName =
        locale === 'en' ? example.fileName.replace('.cocharte.json', '.en.cocharte.json') : example.fileName;

      it(`${fileName}: the PDF's cover (page 1) gives the example's sources`, async () => {
        const project = loadExampleFile(fileName);
        const t = createTranslator(locale);
        const fingerprint = await contentFingerprint(project);
        const pages = await readPdf(renderCharterPdf(project, { locale, fonts, fingerprint, now: new Date(0) }));
        const cover = flat(pages[0]!.text);
        expect(cover).toContain(flat(t('guide.examples.illustrative')));
        expect(cover).toContain(flat(t('guideUi.example.sourcesTitle')));
        expect(cover).toContain(flat(t(example.sourcesKey)));
        // The cover still holds on one page: the articles start on page 2.
        expect(flat(pages[1]!.text)).toContain(flat(t('doc.article.heading', { number: 1, title: '' })));
      });

      it(`${fileName}: the risk checklist printed on its own says the example is illustrative`, async () => {
        const project = loadExampleFile(fileName);
        const t = createTranslator(locale);
        const pages = await readPdf(renderRiskChecklistPdf(project, { locale, fonts, fingerprint: 'a'.repeat(64) }));
        expect(flat(pages[0]!.text)).toContain(flat(t('guide.examples.illustrative')));
      });

      it(`${fileName}: the Word copy says it is illustrative and gives its sources`, async () => {
        const project = loadExampleFile(fileName);
        const t = createTranslator(locale);
        const text = flat(docxText(await renderCharterDocx(project, { locale, fingerprint: 'a'.repeat(64) })));
        expect(text).toContain(flat(t('guide.examples.illustrative')));
        expect(text).toContain(flat(t(example.sourcesKey)));
      });
    }
  }
});

describe('a project of the partners’ own', () => {
  it('has no illustrative note on its risk checklist', async () => {
    const t = createTranslator('fr');
    const pages = await readPdf(
      renderRiskChecklistPdf(makeProject(), { locale: 'fr', fonts, fingerprint: 'a'.repeat(64) }),
    );
    expect(flat(pages.map((p) => p.text).join(''))).not.toContain(flat(t('guide.examples.illustrative')));
  });
});
