import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { contentFingerprint, shortFingerprint } from '../../domain/fingerprint';
import { matchFingerprint } from './fingerprint-check';

describe('checking a printed fingerprint', () => {
  const full = 'ab12'.repeat(16);

  it('accepts the short printed form, with spaces and capitals, and the full form', () => {
    expect(matchFingerprint('AB12 AB12 AB12 AB12', full)).toBe('match');
    expect(matchFingerprint(full, full)).toBe('match');
    expect(matchFingerprint('ab12 ab12 ab12 ab13', full)).toBe('mismatch');
    expect(matchFingerprint('ab12', full)).toBe('tooShort');
  });

  it('reads only the hex groups of a pasted line, not the letters of its label', () => {
    const fp = '3f2a9c01ab12cd34'.repeat(4);
    // "Empreinte" holds two "e"s, "(SHA-256)" an "a" and "256": none of them is the fingerprint.
    for (const pasted of [
      'Empreinte : 3f2a 9c01 ab12 cd34',
      'Empreinte du contenu\u00a0: 3f2a 9c01 ab12 cd34',
      'page 2 / 5 · version du 29/11/2026 · empreinte 3f2a 9c01 ab12 cd34',
      'Content fingerprint: 3F2A 9C01 AB12 CD34',
      `Empreinte du contenu (SHA-256)\u00a0:\n${fp.replace(/(.{16})(?=.)/g, '$1 ')}`,
      'empreinte de 3f2a-9c01-ab12-cd34',
    ])
      expect(matchFingerprint(pasted, fp), pasted).toBe('match');
    expect(matchFingerprint('Empreinte : 3f2a 9c01 ab12 cd35', fp)).toBe('mismatch');
    // A label and a short part of the fingerprint is still too short, whatever letters the label holds.
    expect(matchFingerprint('Empreinte du contenu (SHA-256) : 3f2a 9c01', fp)).toBe('tooShort');
  });

  it('tells whether the open project is the text of a paper copy', async () => {
    const project = completeProject();
    const printed = shortFingerprint(await contentFingerprint(project));
    const { user } = renderWizard(project, 'review');
    const field = await screen.findByLabelText(/Vérifier une copie papier/);
    await screen.findByText(printed);
    await user.type(field, printed);
    await user.click(screen.getByRole('button', { name: 'Vérifier l’empreinte' }));
    expect(screen.getByText(/Identique/)).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '0000 0000 0000 0000');
    await user.click(screen.getByRole('button', { name: 'Vérifier l’empreinte' }));
    expect(screen.getByText(/Différente/)).toBeInTheDocument();
  });
});
