// @vitest-environment node
// A signature block continued on the next page: a signatory reading that page on paper sees
// which version they sign (the full fingerprint), not only the footer's short one.
import { describe, expect, it } from 'vitest';
import { groupedFingerprint } from '../domain/fingerprint';
import { loadFonts, readPdf } from '../testing/pdf-test-support';
import { makeExtremeProject } from '../testing/extreme-fixture';
import { renderCharterPdf } from './render-pdf';

const fingerprint = '0123456789abcdef'.repeat(4);
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('signatures continued on another page', () => {
  it('repeat the full fingerprint under « Signatures (suite) »', async () => {
    const pages = await readPdf(
      renderCharterPdf(makeExtremeProject(), { locale: 'fr', fonts: loadFonts(), fingerprint }),
    );
    const continued = pages.filter((p) => /Signatures \(suite\)/.test(flat(p.text)));
    // The 8 partners' blocks do not fit on the page the article starts on.
    expect(continued.length).toBeGreaterThan(0);
    for (const page of continued) {
      const text = flat(page.text);
      const heading = text.search(/Signatures \(suite\)/);
      const full = text.indexOf(flat(groupedFingerprint(fingerprint)));
      expect(full, 'the full fingerprint on the continued page').toBeGreaterThan(heading);
      expect(text.indexOf('Empreinte du contenu (SHA-256)', heading)).toBeGreaterThan(heading);
    }
  });
});
