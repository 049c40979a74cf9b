// @vitest-environment node
// The README images, rendered into a temp folder on every run (docs/ is only rewritten by
// `npx tsx src/tools/render-docs-images.ts`), checked for ink and for the matrix colours.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCS_DPI, renderDocsImages } from '../tools/docs-images';
import type { RiskLevel } from '../document/document-model';
import { LEVEL_FILL } from './draw-risk-matrix';
import { decodePng, type Bitmap } from './png-decode';

let cover: Bitmap;
let risks: Bitmap;
let checklist: Bitmap;

function inkRatio(img: Bitmap): number {
  let ink = 0;
  for (let i = 0; i < img.rgb.length; i += 3) if (img.rgb[i]! + img.rgb[i + 1]! + img.rgb[i + 2]! < 700) ink++;
  return ink / (img.width * img.height);
}

function pixelsNear(img: Bitmap, [r, g, b]: readonly [number, number, number], tolerance = 10): number {
  let n = 0;
  for (let i = 0; i < img.rgb.length; i += 3) {
    if (
      Math.abs(img.rgb[i]! - r) <= tolerance &&
      Math.abs(img.rgb[i + 1]! - g) <= tolerance &&
      Math.abs(img.rgb[i + 2]! - b) <= tolerance
    )
      n++;
  }
  return n;
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cocharte-docs-test-'));
  [cover, risks, checklist] = (await renderDocsImages(dir)).map((f) => decodePng(new Uint8Array(readFileSync(f)))) as [
    Bitmap,
    Bitmap,
    Bitmap,
  ];
}, 30_000);

/** One 19 × 11 mm matrix cell at DOCS_DPI, in pixels. */
const CELL_PX = ((19 * DOCS_DPI) / 25.4) * ((11 * DOCS_DPI) / 25.4);

describe('README images', () => {
  it('are A4 pages at README resolution', () => {
    expect(Math.abs(cover.width - (210 / 25.4) * DOCS_DPI)).toBeLessThanOrEqual(1);
    expect(cover.height).toBeGreaterThan(cover.width);
    expect(checklist.width).toBeGreaterThan(checklist.height);
  });

  it('are not blank', () => {
    for (const img of [cover, risks, checklist]) expect(inkRatio(img)).toBeGreaterThan(0.02);
  });

  it.each(['low', 'medium', 'high', 'critical'] satisfies RiskLevel[])(
    'shade %s matrix cells on the risks page and the checklist',
    (level) => {
      // Every level covers at least two cells of the 4 × 4 grid; ask for one, minus borders.
      expect(pixelsNear(risks, LEVEL_FILL[level])).toBeGreaterThan(0.7 * CELL_PX);
      expect(pixelsNear(checklist, LEVEL_FILL[level])).toBeGreaterThan(0.7 * CELL_PX);
    },
  );
});
