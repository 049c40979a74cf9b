// Screenshot of the record's home for the README (docs/record-home.png), rendered from the
// v2 fixture on the 1st of June 2027 without the app's routing:
//   npx tsx src/testing/record-screenshot.tsx
import '../i18n/register-en';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium } from 'playwright-core';
import { I18nProvider } from '../i18n/i18n-provider';
import { checkChain } from '../domain/record-amendments';
import { parseProjectFile } from '../persistence/project-file';
import { withClosing } from '../domain/record-new';
import { RecordHome } from '../record/record-home';

const root = new URL('../../', import.meta.url);
const parsed = parseProjectFile(
  readFileSync(new URL('tests/fixtures/project-files/v2-record.cocharte.json', root), 'utf8'),
);
if (!parsed.ok) throw new Error(parsed.error);
// Before the end of term: the closing is left out so the home shows what is due.
const project = withClosing(parsed.project, null);
const chain = await checkChain(project);
const noop = () => {};
const body = renderToStaticMarkup(
  <I18nProvider locale="fr">
    <main className="main">
      <RecordHome
        project={project}
        chain={chain}
        today="2027-06-01"
        onNewReview={noop}
        onOpenReview={noop}
        onOpenAmendment={noop}
        onClosing={noop}
        onDownload={noop}
      />
    </main>
  </I18nProvider>,
);
const css = ['src/styles.css', 'src/record/record.css'].map((f) => readFileSync(new URL(f, root), 'utf8')).join('\n');
const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 900, height: 900 } });
await page.setContent(html);
const out = fileURLToPath(new URL('docs/record-home.png', root));
writeFileSync(out, await page.screenshot({ fullPage: true }));
await browser.close();
console.log(out);
