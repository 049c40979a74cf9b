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

  it('stays a document Word opens when a hand-edited file holds characters XML cannot (U+FFFE, U+FFFF, a lone surrogate)', async () => {
    const { project, fingerprint } = await makeSignedProject();
    const edited = {
      ...project,
      framework: { ...project.framework, purpose: 'Un prix\uFFFE juste\uFFFF et \uD800stable.' },
    };
    const bytes = await renderCharterDocx(edited, { locale: 'fr', fingerprint });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).not.toMatch(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
    // Shown as the PDF shows a character it cannot draw.
    expect(paragraphs(bytes).join('\n')).toContain('Un prix\uFFFD juste\uFFFD et \uFFFDstable.');
  });

  it('holds « and » to their words with a no-break space, typed with a plain space or none, as the PDF does', async () => {
    const { project, fingerprint } = await makeSignedProject();
    const typed = { ...project, framework: { ...project.framework, purpose: 'Un prix «juste» et « stable ».' } };
    const text = paragraphs(await renderCharterDocx(typed, { locale: 'fr', fingerprint })).join('\n');
    expect(text).toContain('Un prix «\u00a0juste\u00a0» et «\u00a0stable\u00a0».');
  });

  it('numbers its pages in the footer as the PDF does: « page 3 / 15 »', async () => {
    const { project, fingerprint } = await makeSignedProject();
    const files = unzipSync(await renderCharterDocx(project, { locale: 'fr', fingerprint }));
    const footerXml = Object.entries(files)
      .filter(([name]) => /^word\/footer\d*\.xml$/.test(name))
      .map(([, bytes]) => strFromU8(bytes))
      .join('');
    // The words between the fields, in order: « page », the page's number, « / », the count.
    const runs = [
      ...footerXml.matchAll(
        /<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:instrText[^>]*>([^<]*)<\/w:instrText>|<w:fldSimple w:instr="([^"]*)"/g,
      ),
    ]
      .map((m) => (m[1] ?? m[2] ?? m[3] ?? '').trim())
      .filter(Boolean);
    const at = runs.indexOf('page');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(runs.slice(at, at + 4)).toEqual(['page', 'PAGE', '/', 'NUMPAGES']);
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

  it('says on its cover, and under the signatures, that a text changed in this file is not the one signed', async () => {
    const { project, fingerprint } = await makeSignedProject();
    // The copy is editable (for the partners' lawyers) yet it reproduces the signatures:
    // a reader must not take an edited copy for the signed text.
    const fr = paragraphs(await renderCharterDocx(project, { locale: 'fr', fingerprint }));
    const coverNotice =
      'Copie modifiable (Word) : la charte de référence est son PDF. Les signatures ne portent que sur le texte identifié par l’empreinte du contenu ; un texte modifié dans ce fichier n’est pas signé.';
    expect(fr.map((p) => p.replace(/\u00a0/g, ' '))).toContain(coverNotice);
    const notice = fr.findIndex((p) => p.replace(/\u00a0/g, ' ') === coverNotice);
    expect(notice).toBeLessThan(fr.findIndex((p) => p.startsWith('Article 1')));
    expect(fr.map((p) => p.replace(/\u00a0/g, ' '))).toContain(
      'Signatures reproduites de la charte signée : elles ne valent pas pour un texte modifié dans ce fichier.',
    );
    const en = paragraphs(await renderCharterDocx(project, { locale: 'en', fingerprint }));
    expect(en).toContain(
      'Editable copy (Word): the reference charter is its PDF. The signatures cover only the text identified by the content fingerprint; a text changed in this file is not signed.',
    );
    expect(en).toContain(
      'Signatures copied from the signed charter: they do not hold for a text changed in this file.',
    );
  });

  it('has no signature note when nobody has signed', async () => {
    const { project, fingerprint } = await makeSignedProject();
    const text = paragraphs(await renderCharterDocx({ ...project, signatures: [] }, { locale: 'en', fingerprint }));
    expect(text.some((p) => p.startsWith('Editable copy (Word)'))).toBe(true);
    expect(text.some((p) => p.startsWith('Signatures copied from the signed charter'))).toBe(false);
  });
});
