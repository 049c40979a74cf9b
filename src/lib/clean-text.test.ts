// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText } from './clean-text';

describe('cleanText', () => {
  it('makes texts that print the same equal: emoji with or without VS16, CRLF and LF, decomposed accents', () => {
    expect(cleanText('Merci \u2764\uFE0F')).toBe(cleanText('Merci \u2764'));
    expect(cleanText('a\r\nb\rc')).toBe('a\nb\nc');
    expect(cleanText('Nguye\u0302\u0303n\tA\u00adB\u200b')).toBe('Nguyễn AB');
  });

  it('never glues two words separated by a line break pasted as a vertical tab (PowerPoint, Word), a form feed or a NEL', () => {
    expect(cleanText('Ligne un\u000bLigne deux')).toBe('Ligne un Ligne deux');
    expect(cleanText('Page un\u000cPage deux')).toBe('Page un Page deux');
    expect(cleanText('Un\u0085Deux')).toBe('Un Deux');
  });

  it('removes bidi controls, so a title never shows reversed', () => {
    expect(cleanText('\u202EPartenariat\u202C')).toBe('Partenariat');
    expect(cleanText('A\u2066B\u2067C\u2068D\u2069E\u200EF\u200FG\u061CH\u202A\u202B\u202D')).toBe('ABCDEFGH');
  });

  it('keeps Arabic, Vietnamese, French punctuation and line breaks', () => {
    const s = 'جمعية الأمل — Hợp tác xã « Sao Biển »\u202f!\nLigne 2';
    expect(cleanText(s)).toBe(s);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = cleanText(s);
        expect(cleanText(once)).toBe(once);
      }),
    );
    expect(cleanText('e\u200d\u0301')).toBe('é');
  });
});
