// @vitest-environment node
// A row taller than a page (a 20,000-character risk description, the text limit) is the
// one case where a row may be split: it must still come out whole, on consecutive pages.
import { describe, expect, it } from 'vitest';
import { makeProject } from '../testing/test-fixtures';
import { loadFonts, normalizeForSearch, readPdf, readPdfItems } from '../testing/pdf-test-support';

const MM = 72 / 25.4;
import { renderCharterPdf } from './render-pdf';

describe('a table row taller than a page', () => {
  it('is split across pages with none of its text lost', async () => {
    const project = makeProject();
    const sentence = 'Le risque se manifeste par des retards successifs dans la chaîne logistique. ';
    const description = sentence.repeat(Math.floor(20_000 / sentence.length)).trim();
    project.impacts.risks[0]!.description = description;
    const other = 'Le comité de pilotage se réunit chaque trimestre et décide au consensus. ';
    project.framework.governance = other.repeat(Math.floor(20_000 / other.length)).trim();
    const bytes = renderCharterPdf(project, {
      locale: 'fr',
      fonts: loadFonts(),
      fingerprint: 'a'.repeat(64),
      now: new Date(0),
    });
    const raw = (await readPdf(bytes)).map((p) => p.raw).join('\n');
    // The row's parts are interleaved with the other cells of each page, but lines break
    // between words: every sentence's last word must come back, as many times as written.
    const sentences = description.split('logistique.').length - 1;
    expect(raw.split('logistique.').length - 1).toBe(sentences);
    // The long paragraph reads on across pages once running headers and footers are set
    // aside (they sit above 20 mm and below 20 mm of the page). Booleans: a failure must
    // not print the whole document.
    const body = (await readPdfItems(bytes)).filter((it) => it.y > 20 * MM && it.y < (297 - 20) * MM);
    const text = normalizeForSearch(body.map((it) => it.str).join(''));
    expect(text.includes(normalizeForSearch(project.framework.governance))).toBe(true);
  }, 60_000);
});
