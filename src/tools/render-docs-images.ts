// Regenerates the README images in docs/ from the Terrena example:
//   npx tsx src/tools/render-docs-images.ts
// Tests render the same images into a temp folder, so docs/ only changes when this runs.
import '../i18n/register-en';
import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderDocsImages } from './docs-images';

const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
mkdirSync(docs, { recursive: true });
for (const file of await renderDocsImages(docs)) {
  console.log(`${file} (${(statSync(file).size / 1024).toFixed(0)} KB)`);
}
