// @vitest-environment node
// The timeline's axis labels stay between the page margins (layout audit, item 7).
import { describe, expect, it } from 'vitest';
import type { TimelineBlock } from '../document/document-model';
import { makeExtremeProject } from '../testing/extreme-fixture';
import { loadFonts, readPdfItems, type PdfTextItem } from '../testing/pdf-test-support';
import { drawTimeline } from './draw-timeline';
import { MARGIN } from './pdf-context';
import { createContext, renderCharterPdf } from './render-pdf';

const fonts = loadFonts();
const PT = 72 / 25.4;
const LEFT = MARGIN.side * PT;
const RIGHT = (210 - MARGIN.side) * PT;

function expectInside(items: PdfTextItem[]) {
  expect(items.length).toBeGreaterThan(0);
  for (const i of items) {
    expect(i.x, `${i.str} starts inside`).toBeGreaterThanOrEqual(LEFT - 0.01);
    expect(i.x + i.width, `${i.str} ends inside`).toBeLessThanOrEqual(RIGHT + 0.01);
  }
}

describe('timeline axis labels', () => {
  it('a tick at each end of the axis is drawn inside the margins, not centred across them', async () => {
    const ctx = createContext({ fonts }, 'portrait');
    const block: TimelineBlock = {
      type: 'timeline',
      title: 'Calendrier',
      from: '2026-01-01',
      to: '2028-12-31',
      ticks: [
        { date: '2026-01-01', label: 'janv. 2026' },
        { date: '2027-01-01', label: 'janv. 2027' },
        { date: '2028-12-31', label: 'déc. 2028' },
      ],
      events: [],
      legend: { milestone: 'Jalon', partnershipReview: 'Revue', riskReview: 'Revue des risques' },
    };
    drawTimeline(ctx, block);
    const items = await readPdfItems(new Uint8Array(ctx.doc.output('arraybuffer')));
    const labels = items.filter((i) => /20\d\d/.test(i.str));
    expect(labels.map((i) => i.str)).toEqual(['janv. 2026', 'janv. 2027', 'déc. 2028']);
    expectInside(labels);
  });

  it('stays inside in the extreme project’s charter', async () => {
    const bytes = renderCharterPdf(makeExtremeProject(), { locale: 'fr', fonts, fingerprint: '' });
    const items = await readPdfItems(bytes);
    expectInside(items.filter((i) => Math.abs(i.size - 6.5) < 0.01 && /\d{4}/.test(i.str)));
  });
});
