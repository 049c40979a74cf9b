import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWizard } from '../../tests/setup/render-wizard';
import { createEmptyProject } from '../domain/new-project';

describe('a step not open yet', () => {
  for (const locale of ['fr', 'en'] as const) {
    it(`says which button opens it, by the name that button has on the page (${locale})`, async () => {
      const { user } = renderWizard(createEmptyProject(), 'partners', locale);
      const steps = screen.getByRole('navigation', { name: locale === 'fr' ? 'Étapes de la charte' : /steps/i });
      await user.click(within(steps).getAllByRole('button')[1]!);
      const why = within(steps).getByRole('status').textContent ?? '';
      // The button quoted between « » or “ ” is one the user can find on the step.
      const quoted = why.match(/[«“]\s*([^»”]+?)\s*[»”]/)?.[1];
      expect(quoted, why).toBeDefined();
      expect(screen.getByRole('button', { name: quoted })).toBeInTheDocument();
    });
  }
});
