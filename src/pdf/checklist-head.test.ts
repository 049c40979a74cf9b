// @vitest-environment node
// The checklist's table head never ends a page without a first row under it, as the
// charter's tables already kept (documents review: the bilingual checklist of the Terrena
// example printed its head alone at the foot of page 1, every row on page 2). The head is
// drawn lower and lower on the page until every place a break can fall has been tried.
import { describe, expect, it } from 'vitest';
import { buildRiskChecklistModel } from '../document/risk-model';
import { createTranslator } from '../i18n/i18n';
import { loadExampleFile } from '../testing/example-files';
import { loadFonts, readPdfItems } from '../testing/pdf-test-support';
import { drawChecklist } from './draw-checklist';
import { createContext, renderRiskChecklistPdf } from './render-pdf';

const fonts = loadFonts();
const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').trim();
/** The page's foot (22 mm) holds the footer only. */
const FOOT = (22 * 72) / 25.4;

/** Pages on which the checklist's head is the last text: a head with no row under it. */
async function lonelyHeads(bytes: Uint8Array, headFirst: string): Promise<number[]> {
  const items = (await readPdfItems(bytes)).filter((i) => i.str.trim() !== '' && i.y > FOOT);
  const pages = [...new Set(items.map((i) => i.page))];
  return pages.filter((page) => {
    const onPage = items.filter((i) => i.page === page);
    const lowest = Math.min(...onPage.map((i) => i.y));
    return onPage.some((i) => flat(i.str).startsWith(headFirst) && Math.abs(i.y - lowest) < 12);
  });
}

describe('the risk checklist’s table head', () => {
  it('Terrena, bilingual (fr): not alone at the foot of page 1', async () => {
    const project = { ...loadExampleFile('terrena-afdi-cobsac.cocharte.json'), bilingualDocuments: true };
    const bytes = renderRiskChecklistPdf(project, { locale: 'fr', fonts, fingerprint: 'a'.repeat(64) });
    expect(await lonelyHeads(bytes, 'Fait')).toEqual([]);
  });

  it('wherever the table starts on the page, the head has its first row under it', async () => {
    const project = loadExampleFile('terrena-afdi-cobsac.cocharte.json');
    const t = createTranslator('fr');
    const model = buildRiskChecklistModel(project, t, 'fr', { fingerprint: 'a'.repeat(64) });
    const found: number[] = [];
    for (let offset = 0; offset < 110; offset += 6) {
      const ctx = createContext({ fonts }, 'landscape');
      ctx.y = ctx.box().top + offset;
      drawChecklist(ctx, model);
      const bytes = new Uint8Array(ctx.doc.output('arraybuffer'));
      if ((await lonelyHeads(bytes, 'Fait')).length > 0) found.push(offset);
    }
    expect(found).toEqual([]);
  });
});
