import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { contentFingerprint } from '../../domain/fingerprint';
import { TINY_SIGNATURE_PNG } from '../../testing/test-fixtures';

/** The first bytes of a PNG whose header says 8000 × 8000 pixels: all a decoder needs to start allocating. */
function bombHeader(): string {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, 8000);
  view.setUint32(20, 8000);
  bytes.set([8, 6, 0, 0, 0], 24);
  return `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
}

describe('drawn signatures on the signing step', () => {
  it('shows a normal drawing, and never hands an 8000 × 8000 one to the browser to decode', async () => {
    const p = completeProject();
    const fingerprint = await contentFingerprint(p);
    const [first, second] = p.partners.partners;
    const signed = {
      ...p,
      signatures: [first!, second!].map((x, i) => ({
        partnerId: x.id,
        signatoryName: x.contactName,
        signatoryTitle: 'Représentant',
        place: 'Nantes',
        date: '2026-03-01',
        method: 'drawn' as const,
        image: i === 0 ? bombHeader() : TINY_SIGNATURE_PNG,
        fingerprint,
        signedAt: '2026-03-01T10:00:00.000Z',
      })),
    };
    renderWizard(signed, 'signing');
    const images = screen.getAllByRole('img').filter((el) => el.tagName === 'IMG');
    expect(images.map((el) => el.getAttribute('src'))).toEqual([TINY_SIGNATURE_PNG]);
    expect(screen.getByText('Image de la signature trop grande pour être reproduite')).toBeInTheDocument();
    // The signature itself is kept: who signed, where and when.
    expect(screen.getByText(new RegExp(`Signé par ${first!.contactName}`))).toBeInTheDocument();
  });
});
