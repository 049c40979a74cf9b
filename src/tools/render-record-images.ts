// Renders the record's README images into docs/ from the v2 fixture (a reviewed, amended
// and closed partnership): the first page of review 2 and of amendment 1.
//   npx tsx src/tools/render-record-images.ts
import '../i18n/register-en';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordDocumentSource, type RecordDocumentRequest } from '../domain/record-documents';
import { parseProjectFile } from '../persistence/project-file';
import { renderRecordPdf } from '../pdf/render-record';
import { DOCS_DPI, loadFontsFromDisk } from './docs-images';

const root = new URL('../../', import.meta.url);
const docs = fileURLToPath(new URL('docs/', root));
const parsed = parseProjectFile(
  readFileSync(new URL('tests/fixtures/project-files/v2-record.cocharte.json', root), 'utf8'),
);
if (!parsed.ok) throw new Error(parsed.error);
const fonts = loadFontsFromDisk();
const tmp = mkdtempSync(join(tmpdir(), 'cocharte-record-images-'));
const images: Array<[RecordDocumentRequest, string]> = [
  [{ kind: 'review', number: 2 }, 'record-review-page-1.png'],
  [{ kind: 'amendment', number: 1 }, 'record-amendment-page-1.png'],
];
for (const [request, name] of images) {
  const source = await recordDocumentSource(parsed.project, request);
  const bytes = renderRecordPdf(source.project, request, {
    locale: 'fr',
    fonts,
    fingerprint: source.fingerprint,
    parties: source.parties,
    now: new Date('2029-03-21T09:00:00Z'),
  });
  const pdf = join(tmp, `${name}.pdf`);
  writeFileSync(pdf, bytes);
  const prefix = join(tmp, name.replace(/\.png$/, ''));
  execFileSync('pdftoppm', ['-png', '-r', String(DOCS_DPI), '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  renameSync(`${prefix}.png`, join(docs, name));
  console.log(join(docs, name));
}
