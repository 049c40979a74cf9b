// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { recordDocumentSource } from '../domain/record-documents';
import { verifyPdfBytes } from '../cli/verify-report';
import { loadFonts, qpdfCheck, readPdf, readPdfItems, writeTemp } from '../testing/pdf-test-support';
import { sealedAmendedProject } from '../testing/sealed-project';
import { renderSealedAmendmentPdf } from './seal-pdf';
import { verifyPdf } from './verify-pdf';

const now = new Date('2027-04-21T09:00:00Z');
const REQUEST = { kind: 'amendment', number: 1 } as const;

describe('the sealed amendment PDF', async () => {
  const { project, keys, amendmentFingerprint } = await sealedAmendedProject();
  const source = await recordDocumentSource(project, REQUEST);
  const render = (p = source.project) =>
    renderSealedAmendmentPdf(p, 1, {
      locale: 'fr',
      fonts: loadFonts(),
      fingerprint: source.fingerprint,
      keys: keys.company!,
      now,
    });
  const bytes = await render();

  it('is sealed over the whole file with the device key, naming whoever signed on it', () => {
    expect(source.fingerprint).toBe(amendmentFingerprint);
    const out = execFileSync('pdfsig', [writeTemp(bytes, 'amendment.pdf')], { encoding: 'utf8' });
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('Total document signed');
    expect(out).toContain('Signer Certificate Common Name: Marc Lefèvre');
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors');
  });

  it('ends with its audit trail on a page of its own, after the signatures: each signatory, time zone, a valid seal', async () => {
    const pages = await readPdf(bytes);
    const at = pages.findIndex((p) => p.text.includes('Journal des signatures'));
    const signing = pages.findIndex((p) => p.text.includes('Empreinte de l’avenant'));
    expect(signing).toBeGreaterThanOrEqual(0);
    expect(at).toBeGreaterThan(signing);
    const text = pages
      .slice(at)
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Ce journal récapitule chaque signature de l’avenant n° 1.');
    expect(text).toContain('Élise Guérin — ');
    expect(text).toContain('Nguyễn Thị Minh Khai — ');
    expect(text).toContain('20 avril 2027, 12:00 (UTC+07:00)');
    expect(text).toContain(amendmentFingerprint.slice(0, 16));
    expect(text.match(/Scellement valide/g)).toHaveLength(3);
    const items = (await readPdfItems(bytes)).filter((i) => i.page === at + 1 && i.str.trim() !== '');
    const title = items.find((i) => i.str.includes('Journal des signatures'))!;
    expect(title.y).toBe(Math.max(...items.filter((i) => i.size >= 8).map((i) => i.y)));
  });

  it('carries its signature records, which our check and the CLI match to the amendment in the project file', async () => {
    const report = await verifyPdf(bytes);
    expect(report.seals).toEqual([expect.objectContaining({ status: 'valid', coversWholeFile: true })]);
    expect(report.evidence).toMatchObject({ fingerprint: amendmentFingerprint, amendment: 1 });
    const cli = await verifyPdfBytes(bytes, project);
    expect(cli.lines).toContain('Project file: same content as this PDF.');
    expect(cli.lines.at(-1)).toBe('Result: everything verifies.');
  });

  it('never shows a signature whose seal is broken in the boxes: the trail says it does not count', async () => {
    const forged = structuredClone(source.project);
    const amendment = forged.record.amendments[0]!;
    amendment.signatures = amendment.signatures.map((s) =>
      s.partnerId === 'south' ? { ...s, signatoryName: 'Faussaire' } : s,
    );
    const pages = await readPdf(await render(forged));
    const trail = pages.findIndex((p) => p.text.includes('Journal des signatures'));
    const before = pages
      .slice(0, trail)
      .map((p) => p.text)
      .join(' ');
    const after = pages
      .slice(trail)
      .map((p) => p.text)
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(before).not.toContain('Faussaire');
    expect(after).toContain('Faussaire');
    expect(after).toContain('Scellement invalide : cette signature ne compte pas');
  });
});
