import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { readShareFragment, shareLink } from './share-link';

describe('share link', () => {
  it('carries the whole project in the fragment, never in the path or query', () => {
    const project = completeProject();
    const link = shareLink(project, 'https://cocharte.example.org/app/?x=1#old');
    const url = new URL(link);
    expect(url.origin + url.pathname + url.search).toBe('https://cocharte.example.org/app/?x=1');
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
});
