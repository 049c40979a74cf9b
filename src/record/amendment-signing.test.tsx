import { screen, within } from '@testing-library/react';
import '../i18n/register-en';
import { describe, expect, it, vi } from 'vitest';
import { reviewedProjectWithDraftAmendment } from '../testing/record-fixtures';
import { renderRecordScreen } from '../testing/render-record-screen';

// jsdom does not scroll: record that the invalid field is brought into view.
const scrolled = vi.fn();
Element.prototype.scrollIntoView = scrolled;

describe('signing an amendment that cannot be signed yet', () => {
  it('announces every missing field in one alert, each a link to its field, the first one focused', async () => {
    const project = await reviewedProjectWithDraftAmendment();
    const { user } = renderRecordScreen(project);
    await user.click(await screen.findByRole('button', { name: 'Ouvrir (Avenant n°\u00a01)' }));
    const partner = project.partners.partners[0]!;
    await user.click(screen.getByRole('button', { name: `Signer pour ${partner.name}` }));
    const form = screen.getByRole('form', { name: `Signer pour ${partner.name}` });
    const alert = within(form).getByRole('alert');
    expect(alert).toBeEmptyDOMElement();
    await user.clear(within(form).getByLabelText(/^Nom/));
    await user.clear(within(form).getByLabelText(/^Lieu/));
    expect(within(form).queryByText('Ce champ est obligatoire.')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Signer l’avenant' }));
    const links = within(alert).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual([
      'Nom (obligatoire)\u00a0: Ce champ est obligatoire.',
      'Lieu (obligatoire)\u00a0: Ce champ est obligatoire.',
      `J’approuve l’avenant au nom de ${partner.name} et je le signe. Cochez cette case pour signer.`,
    ]);
    for (const link of links) {
      const field = document.getElementById(link.getAttribute('href')!.slice(1));
      expect(form).toContainElement(field);
      expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    expect(within(form).getByLabelText(/^Nom/)).toHaveFocus();
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' });
  });

  it('refuses a date after today, as the charter’s signature forms do', async () => {
    const project = await reviewedProjectWithDraftAmendment();
    const { user } = renderRecordScreen(project);
    await user.click(await screen.findByRole('button', { name: 'Ouvrir (Avenant n°\u00a01)' }));
    const partner = project.partners.partners[0]!;
    await user.click(screen.getByRole('button', { name: `Signer pour ${partner.name}` }));
    const form = screen.getByRole('form', { name: `Signer pour ${partner.name}` });
    const date = within(form).getByLabelText(/^Date/);
    await user.clear(date);
    await user.type(date, '2072-06-01');
    await user.click(within(form).getByRole('checkbox'));
    await user.click(within(form).getByRole('button', { name: 'Signer l’avenant' }));
    expect(
      within(within(form).getByRole('alert'))
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Date (obligatoire)\u00a0: La date de signature ne peut pas être postérieure à aujourd’hui.']);
    expect(date).toHaveFocus();
  });

  it('marks the changes and the subject with the charter’s language when the interface speaks another', async () => {
    const project = await reviewedProjectWithDraftAmendment();
    const { user } = renderRecordScreen(project, 'en');
    await user.click(await screen.findByRole('button', { name: 'Open (Amendment no. 1)' }));
    const table = await screen.findByRole('table', { name: 'Changes' });
    const label = within(table).getAllByRole('rowheader')[0]!;
    expect(label.closest('[lang]')).toHaveAttribute('lang', 'fr');
    expect(within(table).getByRole('columnheader', { name: 'Before' }).closest('[lang="fr"]')).toBeNull();
  });
});
