// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RiskLevel } from '../document/document-model';
import { LEVEL_FILL } from './draw-risk-matrix';
import { decodePng, type Bitmap } from './png-decode';
import { renderCharterPdf, renderRiskChecklistPdf } from './render-pdf';
import { makeSignedProject } from '../testing/test-fixtures';
import { loadFonts, writeTemp } from '../testing/pdf-test-support';

function firstPagePng(bytes: Uint8Array): Bitmap {
  const pdf = writeTemp(bytes, 'doc.pdf');
  const prefix = pdf.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  return decodePng(new Uint8Array(readFileSync(`${prefix}.png`)));
}

function inkRatio(img: Bitmap): number {
  let ink = 0;
  for (let i = 0; i < img.rgb.length; i += 3) if (img.rgb[i]! + img.rgb[i + 1]! + img.rgb[i + 2]! < 700) ink++;
  return ink / (img.width * img.height);
}

function pixelsNear(img: Bitmap, [r, g, b]: readonly [number, number, number], tolerance = 14): number {
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

let charterCover: Bitmap;
let checklistFirst: Bitmap;

beforeAll(async () => {
  const { project, fingerprint } = await makeSignedProject();
  const options = { locale: 'fr' as const, fonts: loadFonts(), fingerprint, now: new Date('2026-03-07T00:00:00Z') };
  charterCover = firstPagePng(renderCharterPdf(project, options));
  checklistFirst = firstPagePng(renderRiskChecklistPdf(project, options));
});

describe('rendered pages', () => {
  it('draw a cover that is not blank', () => {
    expect(charterCover.height).toBeGreaterThan(charterCover.width);
    expect(inkRatio(charterCover)).toBeGreaterThan(0.01);
  });

  it('shade the risk matrix cells by level on the checklist’s first page', () => {
    expect(checklistFirst.width).toBeGreaterThan(checklistFirst.height);
    for (const level of ['low', 'medium', 'high', 'critical'] satisfies RiskLevel[]) {
      // Each level covers at least one 19 × 11 mm cell: ~37 × 21 px at 50 dpi.
      expect(pixelsNear(checklistFirst, LEVEL_FILL[level]), level).toBeGreaterThan(300);
    }
  });
});
