import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { tabSigningFormDrafts } from '../../persistence/signing-form-drafts';
import { provideSigningFormDrafts } from '../../signing/signing-form-drafts';

// As the app's composition root does (app/project-session.tsx): the tab keeps the forms.
beforeAll(() => provideSigningFormDrafts(tabSigningFormDrafts));
afterEach(() => sessionStorage.clear());

describe('signing on this device — what the signatory typed, across a reload', () => {
  it('keeps the function and the place typed in a partner’s form when the page is loaded again', async () => {
    const project = completeProject();
    const first = renderWizard(project, 'signing');
    const form = screen.getByRole('form', { name: 'Signature de Coopérative Œuvre & Sol' });
    const title = within(form).getByLabelText(/^Fonction/);
    await first.user.clear(title);
    await first.user.type(title, 'Directeur général');
    const place = within(form).getByLabelText(/^Lieu/);
    await first.user.clear(place);
    await first.user.type(place, 'Saint-Nazaire');
    // The page is reloaded: the wizard is drawn again from the saved project.
    cleanup();
    renderWizard(project, 'signing');
    const again = screen.getByRole('form', { name: 'Signature de Coopérative Œuvre & Sol' });
    expect(within(again).getByLabelText(/^Fonction/)).toHaveValue('Directeur général');
    expect(within(again).getByLabelText(/^Lieu/)).toHaveValue('Saint-Nazaire');
    // Approving is never carried over: the signatory ticks it again.
    expect(within(again).getByRole('checkbox')).not.toBeChecked();
  });

  it('forgets the form once the partner has signed', async () => {
    const project = completeProject();
    const { user } = renderWizard(project, 'signing');
    const form = screen.getByRole('form', { name: 'Signature de Coopérative Œuvre & Sol' });
    const place = within(form).getByLabelText(/^Lieu/);
    await user.clear(place);
    await user.type(place, 'Saint-Nazaire');
    await user.click(within(form).getByRole('checkbox'));
    await user.click(within(form).getByRole('button', { name: 'Signer pour Coopérative Œuvre & Sol' }));
    await screen.findByText(/Signé par .*à Saint-Nazaire/);
    expect(Object.keys(sessionStorage).filter((k) => k.includes('sign'))).toEqual([]);
  });
});
