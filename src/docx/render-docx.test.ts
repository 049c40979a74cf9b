// @vitest-environment node
// The Word copy read back: unzip word/document.xml (fflate, the zip library docx itself
// uses) and find the same articles, in the same order, as the PDF's document model.
import '../i18n/register-en';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { buildCharterModel } from '../document/charter-model';
import { createEmptyProject } from '../domain/new-project';
import { makeSignedProject } from '../testing/test-fixtures';
import { renderCharterDocx } from './render-docx';

/** The document's visible text, paragraph by paragraph. */
function paragraphs(bytes: Uint8Array): string[] {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) =>
        m[1]!
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'"),
      )
      .join(''),
  );
}

describe('the Word copy of the charter', () => {
  it('is a zip holding a document with every article of the PDF, in order, and the partners', async () => {
    const { project, fingerprint } = await makeSignedProject();
    const bytes = await renderCharterDocx(project, { locale: 'fr', fingerprint });
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const text = paragraphs(bytes);
    const model = buildCharterModel(project, createTranslator('fr'), 'fr', { fingerprint });
    const headings = model.articles.map((a) => a.heading);
    const found = headings.map((h) => text.indexOf(h));
    expect(found.every((i) => i >= 0)).toBe(true);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
    for (const p of project.partners.partners) expect(text.some((line) => line.includes(p.name))).toBe(true);
    expect(text.join('\n')).toContain(fingerprint.slice(0, 16));
  });

  it('says in French that it is in French, and in English when asked', async () => {
    const { project, fingerprint } = await makeSignedProject();
    const en = await renderCharterDocx(project, { locale: 'en', fingerprint });
    const styles = strFromU8(unzipSync(en)['word/styles.xml']!);
    expect(styles).toContain('w:val="en-GB"');
    expect(paragraphs(en)).toContain(
      buildCharterModel(project, createTranslator('en'), 'en', { fingerprint }).articles[0]!.heading,
    );
  });

  it('marks an incomplete charter as a draft, with no signature blocks', async () => {
    const bytes = await renderCharterDocx(createEmptyProject(new Date('2026-01-01T00:00:00Z'), 'fr'), {
      locale: 'fr',
      fingerprint: 'a'.repeat(64),
    });
    const files = unzipSync(bytes);
    const header = Object.keys(files)
      .filter((f) => /^word\/header\d*\.xml$/.test(f))
      .map((f) => strFromU8(files[f]!))
      .join('');
    expect(header).toContain('PROJET — non signable');
    const text = paragraphs(bytes).join('\n');
    expect(text).toContain('Il manque les éléments suivants');
    expect(text).not.toMatch(/Nom\u00a0: /);
  });
});
