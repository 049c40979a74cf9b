// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadFonts, qpdfCheck, readPdf, readPdfItems, writeTemp } from '../testing/pdf-test-support';
import { sealedProject } from '../testing/sealed-project';
import { keyFingerprint } from '../signing/verify-signature';
import { shortFingerprint } from '../domain/fingerprint';
import { renderSealedCharterPdf } from './seal-pdf';
import { verifyPdf } from './verify-pdf';

const now = new Date('2026-03-02T09:00:00Z');

function pdfsig(bytes: Uint8Array): string {
  // pdfsig exits 0 even on a digest mismatch: read its text.
  return execFileSync('pdfsig', [writeTemp(bytes, 'charter.pdf')], { encoding: 'utf8' });
}

/** The same file with one byte of its metadata changed ("Cocharte" → "Cocharde"). */
function oneByteChanged(bytes: Uint8Array): Uint8Array {
  const at = Buffer.from(bytes).indexOf('/Creator (Cocharte)');
  expect(at).toBeGreaterThan(0);
  const copy = new Uint8Array(bytes);
  copy[at + '/Creator (Cochar'.length] = 'd'.charCodeAt(0);
  return copy;
}

describe('the sealed charter PDF', async () => {
  const { project, fingerprint, keys } = await sealedProject();
  const bytes = await renderSealedCharterPdf(project, {
    locale: 'fr',
    fonts: loadFonts(),
    fingerprint,
    keys: keys.asso!,
    now,
  });

  it('carries a PAdES signature over the whole file that pdfsig finds valid, naming the organisation', () => {
    const out = pdfsig(bytes);
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('Total document signed');
    expect(out).toContain('ETSI.CAdES.detached');
    expect(out).toContain('Signer full Distinguished Name: CN=Élise Guérin,O=Afdi');
    expect(out).toContain('Signer Certificate Common Name: Élise Guérin');
    // Self-issued: no authority vouches for it, and pdfsig says so.
    expect(out).toContain('Certificate issuer is unknown');
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors');
  });

  it('names no single signatory when several signed on this device: the seal is the device’s, not theirs', async () => {
    const shared = await sealedProject(undefined, { oneDevice: true });
    const sealed = await renderSealedCharterPdf(shared.project, {
      locale: 'fr',
      fonts: loadFonts(),
      fingerprint: shared.fingerprint,
      keys: shared.keys.asso!,
      now,
    });
    const out = pdfsig(sealed);
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toContain('Signer Certificate Common Name: Cocharte');
    expect(out).toMatch(/O=.*Afdi, Coopérative Œuvre & Sol, Hợp tác xã Sao Biển/);
    expect(out).not.toContain('Nguyễn Thị Minh Khai');
  });

  it('is reported changed when one byte changes, by pdfsig and by our own check', async () => {
    const changed = oneByteChanged(bytes);
    expect(pdfsig(changed)).toContain('Digest Mismatch');
    const report = await verifyPdf(changed);
    expect(report.seals).toEqual([expect.objectContaining({ status: 'invalid', problem: 'digestMismatch' })]);
  });

  it('verifies with our own check and carries the signature records it was sealed with', async () => {
    const report = await verifyPdf(bytes);
    expect(report.seals).toEqual([
      { index: 1, status: 'valid', coversWholeFile: true, signer: 'O=Afdi, CN=Élise Guérin' },
    ]);
    expect(report.evidence?.fingerprint).toBe(fingerprint);
    expect(report.evidence?.signatures.map((s) => s.partnerId)).toEqual(['asso', 'company', 'south']);
  });

  it('ends the charter with the audit trail page: who, when with time zone, how, key and content fingerprints', async () => {
    const pages = await readPdf(bytes);
    const at = pages.findIndex((p) => p.text.includes('Journal des signatures'));
    expect(at).toBeGreaterThan(0);
    const signaturesPage = pages.findIndex((p) => /Article \d+ — Signatures/.test(p.text));
    expect(at).toBeGreaterThan(signaturesPage);
    const text = pages[at]!.text.replace(/\s+/g, ' ');
    for (const s of project.signatures) {
      expect(text).toContain(`${s.signatoryName} — `);
      expect(text).toContain(shortFingerprint(await keyFingerprint(s.proof!.publicKey)));
    }
    expect(text).toContain('Élise Guérin, Présidente');
    expect(text).toContain('Hợp tác xã Sao Biển');
    expect(text).toContain('1er mars 2026, 10:30 (UTC+01:00)');
    expect(text).toContain('1er mars 2026, 12:30 (UTC+07:00)');
    expect(text).toContain('Nom saisi, dans l’application, sur l’appareil où le projet était ouvert');
    expect(text).toContain('Nom saisi, par lien, sur l’appareil du ou de la signataire');
    expect(text).toContain(fingerprint.slice(0, 16));
    expect(text.match(/Scellement valide/g)).toHaveLength(3);
    // The title opens its own page: nothing is drawn above it.
    const items = (await readPdfItems(bytes)).filter((i) => i.page === at + 1 && i.str.trim() !== '');
    const title = items.find((i) => i.str.includes('Journal des signatures'))!;
    const bodyTop = Math.max(...items.filter((i) => i.size >= 8).map((i) => i.y));
    expect(title.y).toBe(bodyTop);
  });

  it('never shows a signature whose seal is broken as signed: audit says invalid, the cover does not count it', async () => {
    const forged = {
      ...project,
      signatures: project.signatures.map((s) => (s.partnerId === 'company' ? { ...s, signatoryName: 'Faussaire' } : s)),
    };
    const pdf = await renderSealedCharterPdf(forged, {
      locale: 'fr',
      fonts: loadFonts(),
      fingerprint,
      keys: keys.asso!,
      now,
    });
    const pages = await readPdf(pdf);
    const audit = pages.find((p) => p.text.includes('Journal des signatures'))!.text.replace(/\s+/g, ' ');
    expect(audit).toContain('Faussaire');
    expect(audit).toContain('Scellement invalide');
    expect(pages[0]!.text.replace(/\s+/g, ' ')).toMatch(/Signée par 2 partenaires sur 3/);
  });
});
