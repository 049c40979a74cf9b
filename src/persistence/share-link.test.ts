import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { decompressUriSafeBounded } from '../lib/bounded-lz';
import { lzBomb } from '../testing/lz-bomb';
import { readShareFragment, shareLink } from './share-link';

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

  it('opens a link whose « + » and « $ » a mail or chat client wrote as %2B and %24', () => {
    const project = completeProject();
    const hash = new URL(shareLink(project, 'https://cocharte.example.org/')).hash;
    const payload = hash.slice('#projet='.length);
    // The project's compressed text uses both characters somewhere.
    expect(payload).toMatch(/[+$]/);
    expect(readShareFragment(`#projet=${encodeURIComponent(payload)}`)).toEqual({ ok: true, project });
    // A link cut in the middle of an escape stays a damaged link.
    expect(readShareFragment(`#projet=${encodeURIComponent(payload)}%2`)).toEqual({
      ok: false,
      error: 'share.damaged',
    });
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
