// Renders the README images from the Terrena example: the charter's cover, the charter page
// with the risk matrix, and the first page of the risk checklist. Used by
// render-docs-images.ts (writes docs/) and by the visual test (writes to a temp folder).
import '../i18n/register-en';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTranslator } from '../i18n/i18n';
import { contentFingerprint } from '../domain/fingerprint';
import { createEmptyProject } from '../domain/new-project';
import { parseProjectFile } from '../persistence/project-file';
import { renderCharterPdf, renderRiskChecklistPdf, type PdfFonts } from '../pdf/render-pdf';
import type { DraftProject } from '../schemas/project.schema';

/** ≈ 110 dpi: an A4 page is 910 × 1286 px, sharp in a README without being heavy. */
export const DOCS_DPI = 110;
export const DOCS_IMAGES = [
  'charter-page-1.png',
  'charter-page-risks.png',
  'checklist-page-1.png',
  // The signature page (heading, fingerprint and blocks kept together), and the last page
  // of an incomplete charter: a draft that lists what is missing instead of boxes.
  'charter-page-signatures.png',
  'charter-draft.png',
] as const;
/** Fixed so the images only change when the rendering does. */
const NOW = new Date('2026-01-27T09:00:00Z');

const root = new URL('../../', import.meta.url);

export function loadExample(): DraftProject {
  const parsed = parseProjectFile(
    readFileSync(new URL('src/examples/terrena-afdi-cobsac.cocharte.json', root), 'utf8'),
  );
  if (!parsed.ok) throw new Error(`Terrena example does not parse: ${parsed.error}`);
  return parsed.project;
}

export function loadFontsFromDisk(): PdfFonts {
  const dir = new URL('src/assets/fonts/', root);
  return {
    regular: new Uint8Array(readFileSync(new URL('DejaVuSans-subset.ttf', dir))),
    bold: new Uint8Array(readFileSync(new URL('DejaVuSans-Bold-subset.ttf', dir))),
  };
}

/** 1-based number of the first page whose text holds `needle`. */
function pageWith(pdf: string, needle: string): number {
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).split('\f');
  const index = pages.findIndex((p) => p.replace(/\s+/g, ' ').includes(needle));
  if (index < 0) throw new Error(`No page of ${pdf} contains "${needle}"`);
  return index + 1;
}

function pageToPng(pdf: string, page: number, out: string): void {
  const prefix = out.replace(/\.png$/, '');
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(DOCS_DPI),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    `${prefix}.tmp`,
  ]);
  renameSync(`${prefix}.tmp.png`, out);
}

/** Writes the three images into `outDir` and returns their paths, in DOCS_IMAGES order. */
export async function renderDocsImages(outDir: string): Promise<string[]> {
  // A charter ready to sign, laid out as the partners' would be: with the example's own mark
  // (its facts are invented) it prints as a draft that cannot be signed.
  const { illustrativeExample: _, ...project } = loadExample();
  const fonts = loadFontsFromDisk();
  const locale = project.documentLanguage;
  const options = { locale, fonts, fingerprint: await contentFingerprint(project), now: NOW };
  const work = mkdtempSync(join(tmpdir(), 'cocharte-docs-'));
  const charter = join(work, 'charter.pdf');
  const checklist = join(work, 'checklist.pdf');
  writeFileSync(charter, renderCharterPdf(project, options));
  writeFileSync(checklist, renderRiskChecklistPdf(project, options));

  const matrixTitle = createTranslator(locale)('doc.risks.matrix');
  const [cover, risks, list, signatures, draftPage] = DOCS_IMAGES.map((name) => join(outDir, name)) as [
    string,
    string,
    string,
    string,
    string,
  ];
  pageToPng(charter, 1, cover);
  pageToPng(charter, pageWith(charter, matrixTitle), risks);
  pageToPng(checklist, 1, list);
  const t = createTranslator(locale);
  pageToPng(charter, pageWith(charter, t('doc.signatures.fingerprint').replace(/[\s:]+$/, '')), signatures);
  const empty = createEmptyProject(NOW, locale);
  const draft = join(work, 'draft.pdf');
  writeFileSync(draft, renderCharterPdf(empty, { ...options, fingerprint: await contentFingerprint(empty) }));
  pageToPng(draft, pageWith(draft, t('doc.article.signatures')), draftPage);
  return [cover, risks, list, signatures, draftPage];
}
