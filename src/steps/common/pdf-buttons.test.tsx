import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';

describe('document buttons', () => {
  it('ask for the editable Word copy of the charter next to the PDFs', async () => {
    const { user, generatePdf, deliverPdf } = renderWizard(completeProject(), 'review');
    await user.click(screen.getByRole('button', { name: 'Télécharger la charte modifiable (Word)' }));
    await waitFor(() => expect(deliverPdf).toHaveBeenCalled());
    expect(generatePdf).toHaveBeenCalledWith(expect.objectContaining({ kind: 'docx' }));
  });
});

describe('a document being made', () => {
  it('keeps the keyboard focus on the button that asked, and asks only once', async () => {
    const { user, generatePdf } = renderWizard(completeProject(), 'review');
    let finish: (value: { blob: Blob; fileName: string }) => void = () => {};
    generatePdf.mockImplementationOnce(() => new Promise((resolve) => void (finish = resolve)));
    const charter = screen.getByRole('button', { name: 'Télécharger la charte et la grille des risques (PDF)' });
    charter.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Préparation du PDF…')).toBeInTheDocument();
    // A disabled button would drop the focus to the top of the page while the PDF is made.
    expect(charter).toHaveFocus();
    expect(charter).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(generatePdf).toHaveBeenCalledTimes(1);
    finish({ blob: new Blob(['%PDF']), fileName: 'charte.pdf' });
    await waitFor(() => expect(charter).toHaveAttribute('aria-disabled', 'false'));
    expect(charter).toHaveFocus();
  });
});
