import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { completeProject } from '../../../tests/fixtures/project';
import { renderWizard } from '../../../tests/setup/render-wizard';
import { TINY_SIGNATURE_PNG } from '../../testing/test-fixtures';

// jsdom has no canvas: a pad that "draws" when the test says so, as signature_pad reports a stroke.
const strokes: (() => void)[] = [];
vi.mock('signature_pad', () => ({
  default: class {
    private drawn = false;
    addEventListener(_type: string, listener: () => void) {
      strokes.push(() => {
        this.drawn = true;
        listener();
      });
    }
    isEmpty() {
      return !this.drawn;
    }
    toDataURL() {
      return TINY_SIGNATURE_PNG;
    }
    clear() {
      this.drawn = false;
    }
    off() {}
  },
}));
HTMLCanvasElement.prototype.getContext = (() => ({ scale() {} })) as never;
Element.prototype.scrollIntoView = () => {};

describe('a drawn signature after a failed submit', () => {
  it('leaves the summary once drawn, is not kept when the pad goes, and is the one signed', async () => {
    const { user, actor } = renderWizard(completeProject(), 'signing');
    const form = screen.getByRole('form', { name: 'Signature de Solidarités Loire' });
    const alert = within(form).getByRole('alert');
    const links = () =>
      within(alert)
        .queryAllByRole('link')
        .map((a) => a.textContent);
    const submit = () => user.click(within(form).getByRole('button', { name: 'Signer pour Solidarités Loire' }));
    const drawn = within(form).getByRole('radio', { name: /Tracer ma signature/ });
    const draw = async () => {
      await waitFor(() => expect(form.querySelector('canvas[data-ready="true"]')).not.toBeNull());
      strokes.at(-1)!();
    };

    await user.click(drawn);
    await user.click(within(form).getByRole('checkbox', { name: /^J’approuve la charte/ }));
    await submit();
    expect(links()).toEqual(['Signature tracée\u00a0: Tracez la signature ou choisissez la signature saisie.']);
    expect(within(form).getByRole('group', { name: 'Signature tracée' })).toHaveFocus();

    // Drawing takes the error off at once.
    await draw();
    await waitFor(() => expect(links()).toEqual([]));
    expect(within(form).getByRole('group', { name: 'Signature tracée' })).not.toHaveAttribute('aria-invalid');

    // The typed signature chosen, then the drawn one again: a blank pad, so nothing drawn to sign.
    await user.click(within(form).getByRole('radio', { name: /Saisir mon nom/ }));
    await user.click(drawn);
    await submit();
    expect(links()).toEqual(['Signature tracée\u00a0: Tracez la signature ou choisissez la signature saisie.']);
    expect(actor().getSnapshot().context.project.signatures).toEqual([]);

    await draw();
    await submit();
    await waitFor(() => expect(actor().getSnapshot().context.project.signatures).toHaveLength(1));
    expect(actor().getSnapshot().context.project.signatures[0]).toMatchObject({
      partnerId: 'asso',
      method: 'drawn',
      image: TINY_SIGNATURE_PNG,
    });
  });
});
