// @vitest-environment node
// No line, label or row alone at a page break (layout review): a heading keeps its text,
// a paragraph or list item leaves neither its first line alone at a page foot (orphan)
// nor its last line alone at a page top (widow), a joining word (« et ») stays with the
// party it introduces, a total row stays with the rows it totals. The breaks are made to
// fall at every place by drawing the same blocks lower and lower on the first page.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCharterModel } from '../document/charter-model';
import type { Article, Block } from '../document/document-model';
import { contentFingerprint } from '../domain/fingerprint';
import { createTranslator } from '../i18n/i18n';
import { parseProjectFile } from '../persistence/project-file';
import type { DraftProject } from '../schemas/project.schema';
import { loadFonts, readPdfItems, type PdfTextItem } from '../testing/pdf-test-support';
import { makeExtremeProject } from '../testing/extreme-fixture';
import { makeProject } from '../testing/test-fixtures';
import { drawSection } from './draw-blocks';
import { createContext, renderCharterPdf } from './render-pdf';
import { loadExampleFile } from '../testing/example-files';

const fonts = loadFonts();
const PT = 72 / 25.4;
const flat = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').trim();

const example = loadExampleFile;

async function article(project: DraftProject, id: Article['id']): Promise<Article> {
  const fingerprint = await contentFingerprint(project);
  const model = buildCharterModel(project, createTranslator('fr'), 'fr', { fingerprint });
  const found = model.articles.find((a) => a.id === id);
  if (!found) throw new Error(`no article ${id}`);
  return found;
}

/** The section drawn `offset` mm below the top of a fresh page (no running header, no footer). */
async function drawnAt(offset: number, heading: string, blocks: Block[]): Promise<PdfTextItem[]> {
  const ctx = createContext({ fonts }, 'portrait');
  ctx.y = ctx.box().top + offset;
  drawSection(ctx, heading, blocks);
  const items = await readPdfItems(new Uint8Array(ctx.doc.output('arraybuffer')));
  return items.filter((i) => i.str.trim() !== '');
}

/** Offsets from the top of the page to near its foot, `step` mm apart. */
const offsets = (step: number) => Array.from({ length: Math.floor(240 / step) }, (_, i) => 2 + i * step);

/** A line: its page and its height on the page, items of one line sharing them. */
const lineOf = (i: PdfTextItem) => `${i.page}:${Math.round(i.y)}`;

describe('a label or heading stays with its text', () => {
  it('Terrena, Article 9: « COBSAC » and its other effects (« Capacité de négocier… ») share a page', async () => {
    const project = example('terrena-afdi-cobsac.cocharte.json');
    const fingerprint = await contentFingerprint(project);
    const bytes = renderCharterPdf(project, { locale: 'fr', fonts, fingerprint, now: new Date(0) });
    const items = (await readPdfItems(bytes)).filter((i) => i.y > 22 * PT && i.y < 842 - 24 * PT);
    const impacts = items.findIndex((i) => flat(i.str) === 'Article 9 — Impacts attendus');
    const cobsac = items.findIndex((i, n) => n > impacts && flat(i.str) === 'COBSAC');
    const text = items.findIndex((i, n) => n > cobsac && flat(i.str).startsWith('Capacité de négocier'));
    expect(cobsac).toBeGreaterThan(impacts);
    expect(text).toBeGreaterThan(cobsac);
    expect(items[text]!.page).toBe(items[cobsac]!.page);
  });

  it('the parties: « et » and every label ending in « : » share a page with what follows, wherever the break falls', async () => {
    const parties = await article(makeProject(), 'parties');
    const joins = parties.blocks.filter(
      (b) => b.type === 'paragraph' && (b.text === 'et' || flat(b.text).endsWith(':')),
    ).length;
    expect(joins).toBeGreaterThanOrEqual(3);
    let checked = 0;
    for (const offset of offsets(3)) {
      const items = await drawnAt(offset, parties.heading, parties.blocks);
      items.forEach((item, n) => {
        const s = flat(item.str);
        if (s !== 'et' && !s.endsWith(':')) return;
        const next = items[n + 1];
        if (!next) return;
        expect(next.page, `${s} at ${offset} mm, followed by « ${next.str} »`).toBe(item.page);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(50);
  }, 120_000);
});

describe('a total row stays with the rows it totals', () => {
  it('the contributions table: no page starts with a total row, wherever the break falls', async () => {
    const contributions = await article(example('terrena-afdi-cobsac.cocharte.json'), 'contributions');
    const table = contributions.blocks.find((b) => b.type === 'table');
    if (table?.type !== 'table') throw new Error('no contributions table');
    const totals = table.totals ?? [];
    expect(totals.length).toBeGreaterThanOrEqual(2);
    let checked = 0;
    for (const offset of offsets(2)) {
      const items = await drawnAt(offset, contributions.heading, [table]);
      // Each row's value (its last cell), found in order: the page each row is drawn on.
      let from = 0;
      const pages = table.rows.map((row) => {
        from = items.findIndex((i, n) => n >= from && flat(i.str) === flat(row.at(-1)!)) + 1;
        expect(from, row[0]).toBeGreaterThan(0);
        return items[from - 1]!.page;
      });
      for (const row of totals) {
        expect(pages[row], `${table.rows[row]![0]} at ${offset} mm`).toBe(pages[row - 1]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  }, 120_000);
});

/** A small seeded generator: the same "random" layouts on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** `n` words all carrying `tag`, so that every line drawn says which text it belongs to. */
const words = (tag: string, n: number) => Array.from({ length: n }, () => tag).join(' ');

describe('no lone line at a page top or foot (random lengths)', () => {
  it.each(Array.from({ length: 100 }, (_, i) => i + 1))(
    'layout %i',
    async (seed) => {
      const next = random(seed);
      const blocks: Block[] = [];
      // About 15 words a line at 10 pt over the page width.
      for (let k = 0; blocks.length < 14; k++) {
        const kind = next();
        if (kind < 0.2) blocks.push({ type: 'subheading', text: `Partie ${k}` });
        else if (kind < 0.3) blocks.push({ type: 'paragraph', text: `Étiquette ${k} :` });
        else if (kind < 0.6) blocks.push({ type: 'paragraph', text: words(`p${k}x`, 3 + Math.floor(next() * 140)) });
        else if (kind < 0.85) {
          const count = 1 + Math.floor(next() * 5);
          blocks.push({
            type: 'list',
            items: Array.from({ length: count }, (_, j) => words(`l${k}i${j}x`, 2 + Math.floor(next() * 70))),
          });
        } else {
          const count = 1 + Math.floor(next() * 4);
          blocks.push({
            type: 'fields',
            items: Array.from({ length: count }, (_, j) => ({
              label: `Champ ${k}.${j}`,
              // Now and then a value taller than a page, which must flow over the break.
              value: words(`f${k}j${j}x`, next() < 0.15 ? 680 + Math.floor(next() * 60) : 1 + Math.floor(next() * 120)),
            })),
          });
        }
      }
      const items = await drawnAt(next() * 230, 'Article 1 — Essai', blocks);
      if (process.env.DBG === String(seed))
        console.log(
          blocks
            .map(
              (b, k) =>
                `${k} ${b.type} ${'text' in b ? b.text.length : b.type === 'list' ? b.items.map((i) => i.length) : b.type === 'fields' ? b.items.map((i) => i.value.length) : ''}`,
            )
            .join('\n'),
          items.map((i) => `${i.page} ${Math.round(i.y)} ${i.str.slice(0, 30)}`).join('\n'),
        );
      // The lines of each text (a paragraph or a list item), in order.
      const texts = new Map<string, string[]>();
      for (const item of items) {
        const tag = /^(?:• )?([plf]\d+(?:[ij]\d+)?)x/.exec(item.str)?.[1];
        if (!tag) continue;
        const lines = texts.get(tag) ?? [];
        if (!lines.includes(lineOf(item))) lines.push(lineOf(item));
        texts.set(tag, lines);
      }
      expect(texts.size).toBeGreaterThan(2);
      const pageOf = (line: string) => line.split(':')[0];
      for (const [tag, lines] of texts) {
        const pages = [...new Set(lines.map(pageOf))];
        if (pages.length < 2) continue;
        const onFirst = lines.filter((l) => pageOf(l) === pages[0]).length;
        const onLast = lines.filter((l) => pageOf(l) === pages.at(-1)).length;
        expect(onFirst, `${tag}: first line alone at a page foot`).toBeGreaterThanOrEqual(2);
        expect(onLast, `${tag}: last line alone at a page top`).toBeGreaterThanOrEqual(2);
      }
      /** The lines of block `k`, in order. */
      const linesOf = (k: number): string[] => {
        const b = blocks[k]!;
        if (b.type === 'list') return b.items.flatMap((_, j) => texts.get(`l${k}i${j}`)!);
        if (b.type === 'fields') return b.items.flatMap((_, j) => texts.get(`f${k}j${j}`)!);
        if (b.type === 'paragraph' && texts.has(`p${k}`)) return texts.get(`p${k}`)!;
        return [lineOf(items.find((i) => i.str === (b as { text: string }).text)!)];
      };
      // A list opens with two lines at least, and its last item never opens a page alone.
      blocks.forEach((b, k) => {
        if (b.type !== 'list') return;
        const lines = linesOf(k);
        const first = pageOf(lines[0]!);
        expect(lines.filter((l) => pageOf(l) === first).length, `l${k}: first line alone`).toBeGreaterThanOrEqual(
          Math.min(2, lines.length),
        );
        if (b.items.length < 2) return;
        const page = (j: number) => texts.get(`l${k}i${j}`)!.map(pageOf);
        const last = b.items.length - 1;
        expect(page(last - 1), `l${k}: last item alone`).toContain(page(last)[0]);
      });
      // A sub-heading or a label keeps what follows it.
      blocks.forEach((b, k) => {
        const label = b.type === 'paragraph' && b.text.endsWith(':');
        if ((b.type !== 'subheading' && !label) || !blocks[k + 1]) return;
        const at = items.findIndex((i) => i.str === (b as { text: string }).text);
        expect(items[at + 1]!.page, `${(b as { text: string }).text} alone`).toBe(items[at]!.page);
      });
      // The short last text of a sub-heading's part never opens a page alone.
      blocks.forEach((b, k) => {
        const ends = !blocks[k + 1] || blocks[k + 1]!.type === 'subheading';
        const previous = blocks[k - 1];
        // A label goes with what follows it, not with what precedes it.
        const label = b.type === 'paragraph' && b.text.endsWith(':');
        if (!ends || !previous || previous.type === 'subheading' || label) return;
        if (b.type !== 'paragraph' && b.type !== 'list') return;
        const lines = linesOf(k);
        if (lines.length > 3) return;
        expect(linesOf(k - 1).map(pageOf), `block ${k} alone`).toContain(pageOf(lines[0]!));
      });
    },
    30_000,
  );
});

/**
 * The layout review's stress project (six partners in three scripts, long texts, many
 * risks): its pages 2 and 3 ended on « et », its page 13 opened on « Total des apports ».
 */
const STRESS = 'stress.cocharte.json (review)';
const EXTREME = 'the extreme project';

function stressProject(): DraftProject {
  const parsed = parseProjectFile(readFileSync(new URL('./fixtures/stress.cocharte.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.project;
}

describe('every example charter and the stress project, at every page break', () => {
  const files = [
    'terrena-afdi-cobsac.cocharte.json',
    'terrena-afdi-cobsac.en.cocharte.json',
    'paratronic-corail-onep.cocharte.json',
    'paratronic-corail-onep.en.cocharte.json',
    'lagazel-edm-nafa-naana.cocharte.json',
    'lagazel-edm-nafa-naana.en.cocharte.json',
    'guerande-univers-sel.cocharte.json',
    'guerande-univers-sel.en.cocharte.json',
  ];
  it.each([...files, STRESS, EXTREME])(
    '%s: no page ends on a heading, a label or « et », none opens a table with a total row',
    async (file) => {
      const project = file === STRESS ? stressProject() : file === EXTREME ? makeExtremeProject() : example(file);
      const locale = file.includes('.en.') ? 'en' : 'fr';
      const fingerprint = await contentFingerprint(project);
      const bytes = renderCharterPdf(project, { locale, fonts, fingerprint, now: new Date(0) });
      // The charter's body: no cover, no running header or footer, no landscape checklist.
      const items = (await readPdfItems(bytes)).filter(
        (i) => i.page > 1 && i.y > 22 * PT && i.y < 842 - 24 * PT && i.str.trim() !== '',
      );
      const t = createTranslator(locale);
      const heads = new Set([t('agr.table.partner'), t('agr.table.kind'), t('agr.table.value')].map(flat));
      const pages = [...new Set(items.map((i) => i.page))];
      for (const page of pages.slice(0, -1)) {
        const on = items.filter((i) => i.page === page);
        // The last line of the page (the lowest items), left to right.
        const bottom = Math.min(...on.map((i) => i.y));
        for (const last of on.filter((i) => Math.abs(i.y - bottom) < 1)) {
          const s = flat(last.str);
          expect(last.size, `page ${page} ends on « ${s} »`).toBeLessThan(10.5);
          // « Il a été convenu ce qui suit : » closes the parties' article: it introduces the
          // articles as a whole, not a text of its own that could come with it.
          // A label is a paragraph of its own line: farther from the line above than a line.
          const above = Math.min(...on.filter((i) => i.y > bottom + 1).map((i) => i.y));
          const own = above - bottom > 1.2 * 13.5;
          const label = own && s.endsWith(':') && s !== flat(t('agr.agreed'));
          expect(s === t('agr.parties.and') || label, `page ${page} ends on « ${s} »`).toBe(false);
        }
      }
      for (const page of pages.slice(1)) {
        const on = items.filter((i) => i.page === page && !heads.has(flat(i.str)));
        // A table continued from the page before: its head repeated, then its first row.
        if (!items.some((i) => i.page === page && heads.has(flat(i.str)))) continue;
        const top = Math.max(...on.map((i) => i.y));
        for (const first of on.filter((i) => Math.abs(i.y - top) < 1)) {
          expect(flat(first.str).startsWith('Total'), `page ${page} opens on « ${first.str} »`).toBe(false);
        }
      }
    },
    60_000,
  );
});
