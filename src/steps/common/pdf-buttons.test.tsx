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
