// @vitest-environment node
// A signature given on another version of the charter is listed with its note, but its
// mark — the drawn image, the typed name set as a signature — is not reproduced on this
// version's signature page, under "En signant, chaque partenaire approuve la présente
// charte dans la version identifiée par l’empreinte ci-dessous" (documents review: a
// reader saw a signed box on a text that partner never signed). The Word copy already
// left the typed name out.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../domain/fingerprint';
import type { DraftProject } from '../schemas/project.schema';
import { loadFonts, readPdfItems, writeTemp } from '../testing/pdf-test-support';
import { NAMES, makeSignedProject } from '../testing/test-fixtures';
import { renderCharterPdf } from './render-pdf';

const fonts = loadFonts();

async function render(project: DraftProject) {
  const fingerprint = await contentFingerprint(project);
  const bytes = renderCharterPdf(project, { locale: 'fr', fonts, fingerprint, now: new Date(0) });
  const items = await readPdfItems(bytes);
  const page = items.find((i) => i.str.startsWith('Empreinte du contenu (SHA-256)'))!.page;
  // `pdfimages -list`: page and type (an image, or its transparency mask) after two header lines.
  const list = execFileSync('pdfimages', ['-list', writeTemp(bytes, 'charter.pdf')], { encoding: 'utf8' });
  const images = list
    .split('\n')
    .slice(2)
    .map((l) => l.trim().split(/\s+/))
    .filter(([p, , type]) => Number(p) === page && type === 'image').length;
  const typedMarks = items.filter((i) => i.page === page && i.str === NAMES.signatoryCompany && i.size > 12).length;
  const pageText = items
    .filter((i) => i.page === page)
    .map((i) => i.str)
    .join(' ');
  const notes = pageText.split('Signature portant sur une autre version').length - 1;
  return { images, typedMarks, notes };
}

describe('a signature given on another version', () => {
  it('shows its marks while the content is the one signed (control)', async () => {
    const { project } = await makeSignedProject();
    expect(await render(project)).toEqual({ images: 1, typedMarks: 1, notes: 0 });
  });

  it('shows neither the drawn image nor the typed name once the content has changed, and says why', async () => {
    const { project } = await makeSignedProject();
    const changed = {
      ...project,
      framework: { ...project.framework, purpose: `${project.framework.purpose} Modifié.` },
    };
    expect(await render(changed)).toEqual({ images: 0, typedMarks: 0, notes: 2 });
  });
});
