// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fontCoverage } from './font-coverage';
import { MISSING_GLYPH, sanitizeForPdf } from './sanitize';
import { loadFonts } from '../testing/pdf-test-support';

const coverage = fontCoverage(loadFonts().regular);

describe('sanitizeForPdf', () => {
  it('removes what jsPDF cannot draw', () => {
    expect(sanitizeForPdf('A tab\tB soft\u00adhyphen zero\u200bwidth')).toBe('A tab B softhyphen zerowidth');
  });

  it('composes decomposed Vietnamese', () => {
    expect(sanitizeForPdf('Bie\u0302\u0309n')).toBe('Biển');
  });

  it('replaces characters the font lacks with a visible mark', () => {
    expect(sanitizeForPdf('Merci 🤝 !', coverage)).toBe(`Merci ${MISSING_GLYPH} !`);
    expect(sanitizeForPdf('Hợp tác xã Sao Biển, جمعية الأمل, 12\u202f500 €', coverage)).toBe(
      'Hợp tác xã Sao Biển, جمعية الأمل, 12\u202f500 €',
    );
  });

  it('asks the substitute first for a character the font lacks, U+FFFD when it declines', () => {
    const substitute = (cp: number) => (cp === 0x1f91d ? '\ue600' : undefined);
    expect(sanitizeForPdf('Merci 🤝 😀 !', coverage, substitute)).toBe(`Merci \ue600 ${MISSING_GLYPH} !`);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = sanitizeForPdf(s, coverage);
        expect(sanitizeForPdf(once, coverage)).toBe(once);
      }),
    );
  });
});

describe('subset fonts', () => {
  it('cover French, Vietnamese, Arabic and its presentation forms', () => {
    const needed = 'àâçéèêëîïôùûüÿœŒ’«»€…—\u00a0\u202fĐđợểễịẵ☐☑✓ﺷﺮﺍﻛﺔ' + 'شراكة';
    const missing = [...needed].filter((ch) => !coverage.has(ch.codePointAt(0)!));
    expect(missing).toEqual([]);
  });
});
