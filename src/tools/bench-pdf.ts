// Rendering benchmark: `npx tsx src/tools/bench-pdf.ts [runs]`.
// Targets: example < 300 ms and < 400 KB; extreme project < 1.5 s.
import '../i18n/register-en';
import { readFileSync } from 'node:fs';
import { contentFingerprint } from '../domain/fingerprint';
import type { DraftProject } from '../schemas/project.schema';
import { makeExtremeProject, signAll } from '../testing/extreme-fixture';
import { renderCharterPdf, renderRiskChecklistPdf, type PdfFonts } from '../pdf/render-pdf';
import { makeSignedProject } from '../testing/test-fixtures';

const runs = Number(process.argv[2] ?? 7);
const dir = new URL('../assets/fonts/', import.meta.url);
const fonts: PdfFonts = {
  regular: new Uint8Array(readFileSync(new URL('DejaVuSans-subset.ttf', dir))),
  bold: new Uint8Array(readFileSync(new URL('DejaVuSans-Bold-subset.ttf', dir))),
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function bench(name: string, render: () => Uint8Array): void {
  const t0 = performance.now();
  const first = render();
  const cold = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    render();
    times.push(performance.now() - start);
  }
  console.log(
    `${name.padEnd(28)} first ${cold.toFixed(0).padStart(5)} ms  median ${median(times).toFixed(0).padStart(5)} ms  size ${(first.length / 1024).toFixed(1).padStart(6)} KB`,
  );
}

const example = await makeSignedProject();
const unsigned: DraftProject = makeExtremeProject();
const extremeFingerprint = await contentFingerprint(unsigned);
const extreme = signAll(unsigned, extremeFingerprint);

bench('example charter', () =>
  renderCharterPdf(example.project, { locale: 'fr', fonts, fingerprint: example.fingerprint }),
);
bench('example risk checklist', () =>
  renderRiskChecklistPdf(example.project, { locale: 'fr', fonts, fingerprint: example.fingerprint }),
);
bench('extreme charter (8/40/30)', () =>
  renderCharterPdf(extreme, { locale: 'fr', fonts, fingerprint: extremeFingerprint }),
);
bench('extreme risk checklist', () =>
  renderRiskChecklistPdf(extreme, { locale: 'fr', fonts, fingerprint: extremeFingerprint }),
);
