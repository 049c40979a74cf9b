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
