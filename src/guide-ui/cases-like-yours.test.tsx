import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { renderWizard } from '../../tests/setup/render-wizard';
import { Unfolded } from '../components/ui/unfolded';
import { createTranslator } from '../i18n/i18n';
import { I18nProvider } from '../i18n/i18n-provider';
import { createEmptyProject } from '../domain/new-project';
import { CasesLikeYours } from './cases-like-yours';

// Testing Library collapses the page's no-break spaces; do the same to the expected text.
const t = createTranslator('fr');
const fr = (key: Parameters<typeof t>[0]) => t(key).replace(/\s+/g, ' ');
const cases = () => screen.getByRole('region', { name: 'Des cas comme le vôtre' });
const visibleCards = () => within(cases()).queryAllByRole('listitem');

describe('cases like yours', () => {
  it('shows the import cases first and the export ones on demand, with the keyboard', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider locale="fr">
        <CasesLikeYours directions={['import']} />
      </I18nProvider>,
    );
    expect(within(cases()).getByText(fr('guideUi.cases.yoursFirst'))).toBeVisible();
    expect(visibleCards()).toHaveLength(2);
    expect(within(cases()).getByText(fr('guide.case.ngo-shoes.title'))).toBeVisible();
    expect(within(cases()).getByRole('heading', { level: 5, name: 'Import en France' })).toBeVisible();
    expect(within(cases()).queryByRole('heading', { name: 'Export vers le Sud' })).toBeNull();

    const more = within(cases()).getByRole('button', { name: 'Les 8 autres cas étudiés' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    more.focus();
    await user.keyboard('{Enter}');
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(more).toHaveFocus();
    expect(visibleCards()).toHaveLength(10);
    const talpa = within(cases()).getByText(fr('guide.case.talpa.title')).closest('li')!;
    expect(talpa).toBeVisible();
    // Every card keeps its source line.
    expect(within(talpa).getByText(/^Source\s*: le guide, «\s*Pratiques inspirantes pour l’export/)).toBeVisible();
    // The matching cases stay first in the reading order.
    const headings = within(cases())
      .getAllByRole('heading', { level: 5 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Import en France', 'Export vers le Sud']);
  });

  it('counts the other cases in English too, and says a lone one in the singular', () => {
    render(
      <I18nProvider locale="en">
        <CasesLikeYours directions={['export']} />
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: 'The 2 other studied cases' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('heading', { level: 5, name: 'Export towards the South' })).toBeVisible();
    expect(createTranslator('en')('guideUi.cases.others', { count: 1 })).toBe('The other studied case');
    expect(t('guideUi.cases.others', { count: 1 })).toBe('L’autre cas étudié');
  });

  it('shows every case, with no button, when the project goes both ways or has not said', () => {
    const { rerender } = render(
      <I18nProvider locale="fr">
        <CasesLikeYours directions={['export', 'import']} />
      </I18nProvider>,
    );
    expect(visibleCards()).toHaveLength(10);
    expect(within(cases()).queryByRole('button')).toBeNull();
    rerender(
      <I18nProvider locale="fr">
        <CasesLikeYours directions={['local']} />
      </I18nProvider>,
    );
    expect(visibleCards()).toHaveLength(10);
    expect(within(cases()).queryByText(fr('guideUi.cases.yoursFirst'))).toBeNull();
  });

  it('shows the others too in a read-only text, where no button could open them', () => {
    render(
      <I18nProvider locale="fr">
        <Unfolded>
          <CasesLikeYours directions={['import']} />
        </Unfolded>
      </I18nProvider>,
    );
    expect(within(cases()).queryByRole('button')).toBeNull();
    expect(visibleCards()).toHaveLength(10);
  });

  it('follows the directions ticked on the partners step', async () => {
    const { user } = renderWizard(createEmptyProject());
    expect(visibleCards()).toHaveLength(10);
    await user.click(screen.getByRole('checkbox', { name: 'Import en France' }));
    expect(await within(cases()).findByRole('button', { name: 'Les 8 autres cas étudiés' })).toBeInTheDocument();
    expect(visibleCards()).toHaveLength(2);
  });

  it('starts from the project’s saved direction', () => {
    renderWizard(completeProject(), 'partners');
    expect(within(cases()).getByRole('button', { name: 'Les 8 autres cas étudiés' })).toBeInTheDocument();
    expect(within(cases()).getByText(fr('guide.case.ingredient-afrique.title'))).toBeVisible();
  });
});
