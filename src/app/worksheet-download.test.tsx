import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n-provider';
import { WorksheetDownload } from './worksheet-download';

const generateWorksheetPdf = vi.fn(async ({ step, locale }: { step: string; locale: string }) => ({
  blob: new Blob(['%PDF']),
  fileName: `worksheet-${step}-${locale}.pdf`,
}));
vi.mock('../pdf/generate-pdf', () => ({
  generateWorksheetPdf: (o: { step: string; locale: string }) => generateWorksheetPdf(o),
}));
const downloadBlob = vi.fn();
vi.mock('../lib/download-file', () => ({ downloadBlob: (b: Blob, n: string) => downloadBlob(b, n) }));

describe('blank workshop worksheets', () => {
  it('downloads the worksheet of the chosen step in the chosen language', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider locale="fr">
        <WorksheetDownload />
      </I18nProvider>,
    );
    await user.selectOptions(screen.getByLabelText('Étape'), 'framework');
    await user.selectOptions(screen.getByLabelText('Langue des documents'), 'en');
    await user.click(screen.getByRole('button', { name: 'Télécharger la fiche vierge (PDF)' }));
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledWith(expect.any(Blob), 'worksheet-framework-en.pdf'));
  });

  it('says so when the PDF cannot be made', async () => {
    generateWorksheetPdf.mockRejectedValueOnce(new Error('police introuvable'));
    const user = userEvent.setup();
    render(
      <I18nProvider locale="fr">
        <WorksheetDownload />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Télécharger la fiche vierge (PDF)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('police introuvable');
  });

  it('keeps the keyboard focus on its button while the PDF is made, and makes one file per press', async () => {
    let finish: () => void = () => {};
    generateWorksheetPdf.mockImplementationOnce(
      ({ step, locale }) =>
        new Promise((resolve) => {
          finish = () => resolve({ blob: new Blob(['%PDF']), fileName: `worksheet-${step}-${locale}.pdf` });
        }),
    );
    downloadBlob.mockClear();
    const user = userEvent.setup();
    render(
      <I18nProvider locale="fr">
        <WorksheetDownload />
      </I18nProvider>,
    );
    const button = screen.getByRole('button', { name: 'Télécharger la fiche vierge (PDF)' });
    button.focus();
    await user.keyboard('{Enter}');
    await screen.findByText('Préparation du PDF…');
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    finish();
    await waitFor(() => expect(downloadBlob).toHaveBeenCalledTimes(1));
    expect(button).toHaveFocus();
  });
});
