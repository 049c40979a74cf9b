import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { decompressUriSafeBounded } from './bounded-lz';
import { readShareFragment, shareLink } from './share-link';

/**
 * A decompression bomb in lz-string's URI-safe format, written bit by bit (compressing
 * hundreds of millions of characters would take minutes): one 'a', then each code names
 * the entry being built, so every step outputs one character more than the last.
 */
function lzBomb(maxLength: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
  const bits: number[] = [];
  const write = (value: number, count: number) => {
    for (let i = 0; i < count; i++) bits.push((value >> i) & 1);
  };
  write(0, 2);
  write(97, 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  while (bits.length + numBits < (maxLength - 1) * 6) {
    write(dictSize, numBits);
    dictSize++;
    for (let twice = 0; twice < 1; twice++) {
      enlargeIn--;
      if (enlargeIn === 0) {
        enlargeIn = 2 ** numBits;
        numBits++;
      }
    }
  }
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let j = 0; j < 6; j++) v |= (bits[i + j] ?? 0) << (5 - j);
    out += alphabet[v];
  }
  return out;
}

describe('share link', () => {
  it('carries the whole project in the fragment, never in the path or query', () => {
    const project = completeProject();
    // The sender's own address (their open project and step) is not the receiver's: the
    // link opens the app itself, which then offers the project it carries.
    const link = shareLink(project, 'https://cocharte.example.org/app/?p=abc&s=review#old');
    const url = new URL(link);
    expect(url.origin + url.pathname + url.search).toBe('https://cocharte.example.org/app/');
    expect(url.hash.startsWith('#projet=')).toBe(true);
    expect(readShareFragment(url.hash)).toEqual({ ok: true, project });
  });

  it('round-trips Vietnamese, Arabic and French typography', () => {
    const p = completeProject();
    const project = { ...p, partners: { ...p.partners, title: 'Partenariat « جمعية الأمل » – Hợp tác xã’s' } };
    const result = readShareFragment(new URL(shareLink(project, 'http://localhost/')).hash);
    expect(result?.ok && result.project.partners.title).toBe(project.partners.title);
  });

  it('is compressed well below the size of the file', () => {
    const link = shareLink(completeProject(), 'http://localhost/');
    expect(link.length).toBeLessThan(JSON.stringify(completeProject()).length);
  });

  it('ignores other fragments and reports a damaged link', () => {
    expect(readShareFragment('#main')).toBeNull();
    expect(readShareFragment('')).toBeNull();
    expect(readShareFragment('#projet=%%%not-lz')).toEqual({ ok: false, error: 'share.damaged' });
    expect(readShareFragment('#projet=N4Ig')).toMatchObject({ ok: false });
  });

  it('refuses a link that would expand past the size of a project file, without expanding it', () => {
    // 64 KB of link that lz-string expands to about 390 M characters.
    const bomb = lzBomb(64 * 1024);
    expect(bomb.length).toBeLessThanOrEqual(64 * 1024);
    const started = performance.now();
    expect(readShareFragment(`#projet=${bomb}`)).toEqual({ ok: false, error: 'share.tooLarge' });
    // Stopped at the bound (5 M characters), not after 40 M: well under a second.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('decompresses exactly as lz-string does, within the bound', () => {
    for (const text of [
      'x',
      'abcabcabcabc',
      JSON.stringify(completeProject()),
      'Hợp tác xã « جمعية » ’ 😀'.repeat(50),
    ]) {
      const encoded = compressToEncodedURIComponent(text);
      expect(decompressUriSafeBounded(encoded, 10_000_000)).toEqual({
        ok: true,
        text: decompressFromEncodedURIComponent(encoded),
      });
    }
    expect(decompressUriSafeBounded(compressToEncodedURIComponent('abcdef'), 5)).toEqual({
      ok: false,
      reason: 'tooLarge',
    });
  });
});
