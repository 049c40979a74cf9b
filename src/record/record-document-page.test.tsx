import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n-provider';
import { closedProject } from '../testing/record-fixtures';
import { RecordDocumentView } from './record-document-page';

describe('record documents as web pages', () => {
  it('shows the review report with its indicator table and both risk matrices', async () => {
    const project = await closedProject();
    render(
      <I18nProvider locale="fr">
        <RecordDocumentView project={project} request={{ kind: 'review', number: 2 }} />
      </I18nProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Bilan n°\u00a02' })).toBeInTheDocument();
    const indicators = screen.getByRole('region', { name: 'Indicateurs' });
    const row = within(indicators).getByRole('row', { name: /Revenu moyen des sauniers/ });
    expect(row).toHaveTextContent('120 € par mois126 € par mois138 € par mois+20 % en trois ans');
    expect(screen.getByText('Matrice avant ce bilan')).toBeInTheDocument();
    expect(screen.getByText('Matrice après ce bilan')).toBeInTheDocument();
  });

  it('shows the amendment with its signatories', async () => {
    const project = await closedProject();
    render(
      <I18nProvider locale="fr">
        <RecordDocumentView project={project} request={{ kind: 'amendment', number: 1 }} />
      </I18nProvider>,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Avenant n°\u00a01' })).toBeInTheDocument();
    const signatures = screen.getByRole('region', { name: 'Signature' });
    expect(within(signatures).getAllByRole('listitem')).toHaveLength(3);
  });
});
