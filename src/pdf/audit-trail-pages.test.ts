// @vitest-environment node
// Eight partners signing fill the audit trail over several pages: each signature's record
// (its heading and its seven rows) is read on one page, never cut between two.
import { describe, expect, it } from 'vitest';
import { contentFingerprint } from '../domain/fingerprint';
import { createDeviceKeyPair } from '../signing/device-key';
import { sealSignature } from '../signing/seal-signature';
import { loadFonts, readPdfItems } from '../testing/pdf-test-support';
import { baseProject } from '../testing/test-projects';
import { renderSealedCharterPdf } from './seal-pdf';

const NAMES = [
  'Afdi',
  'Coopérative Œuvre & Sol',
  'Hợp tác xã Sao Biển',
  'Atelier Solaire',
  'Eau Vive Loire',
  'Commune de Kolda',
  'Lycée Agricole',
  'Fondation Terre',
];

describe('the audit trail of eight signatures', () => {
  it('never cuts a signature’s record between two pages', async () => {
    const base = baseProject();
    const model = base.partners.partners[0]!;
    const partners = NAMES.map((name, i) => ({ ...model, id: `p${i + 1}`, name, contactName: `Signataire ${i + 1}` }));
    const motivations = partners.map((p) => ({ ...base.motivations.byPartner[0]!, partnerId: p.id }));
    const project = {
      ...base,
      partners: { ...base.partners, partners },
      motivations: { ...base.motivations, byPartner: motivations },
      impacts: { ...base.impacts, risks: base.impacts.risks.map((r) => ({ ...r, ownerId: 'p1' })) },
    };
    const fingerprint = await contentFingerprint(project);
    const keys = await createDeviceKeyPair();
    const signatures = [];
    for (const [i, p] of partners.entries())
      signatures.push(
        await sealSignature(
          {
            partnerId: p.id,
            signatoryName: `Signataire ${i + 1}`,
            signatoryTitle: 'Présidente',
            place: 'Nantes',
            date: '2026-03-01',
            method: 'typed',
            fingerprint,
            signedAt: `2026-03-01T10:${String(i).padStart(2, '0')}:00+01:00`,
          },
          keys,
          'device',
        ),
      );
    const bytes = await renderSealedCharterPdf(
      { ...project, signatures },
      { locale: 'fr', fonts: loadFonts(), fingerprint, keys, now: new Date('2026-03-02T09:00:00Z') },
    );
    const items = await readPdfItems(bytes);
    const titlePage = items.find((i) => i.str.includes('Journal des signatures'))!.page;
    const audit = items.filter((i) => i.page >= titlePage);
    const pages = new Set<number>();
    for (const [i, name] of NAMES.entries()) {
      const head = audit.find((it) => it.str.startsWith(`Signataire ${i + 1} — `));
      expect(head, `${name}: the record's heading`).toBeDefined();
      // The record's rows follow its heading: its last row, « Vérification », is on its page.
      const rest = audit.filter((it) => it.page > head!.page || (it.page === head!.page && it.y < head!.y));
      const last = rest.find((it) => it.str.startsWith('Vérification'));
      expect(last?.page, `${name}: heading on page ${head!.page}, last row on page ${last?.page}`).toBe(head!.page);
      pages.add(head!.page);
    }
    expect(pages.size).toBeGreaterThan(1);
  }, 60_000);
});
