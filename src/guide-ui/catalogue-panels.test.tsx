import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { I18nProvider } from '../i18n/i18n-provider';
import { DeviceGuidancePreference } from '../../tests/setup/device-preferences';
import { CasesLikeYours } from './cases-like-yours';
import { FundingSources } from './funding-sources';
import { GuidancePanel } from './guidance-panel';

const t = createTranslator('fr');
// Testing Library collapses the page's no-break spaces; do the same to the expected text.
const fr = (key: Parameters<typeof t>[0]) => t(key).replace(/\s+/g, ' ');

describe('catalogue panels', () => {
  it('explains FASEP and the other funding sources, each with its source', () => {
    render(
      <I18nProvider locale="fr">
        <FundingSources />
      </I18nProvider>,
    );
    const panel = screen.getByRole('region', { name: 'Financer le projet\u00a0: les sources citées' });
    expect(within(panel).getByText('FASEP')).toBeInTheDocument();
    expect(within(panel).getByText(/Fonds d’étude et d’aide au secteur privé/)).toBeInTheDocument();
    const fasep = within(panel).getByText('FASEP').closest('div')!;
    expect(within(fasep).getByText(/^Source\s*: atelier RESACOOP 2018/)).toBeInTheDocument();
    expect(within(panel).getAllByText(/^Source\s*: le guide/).length).toBeGreaterThan(3);
  });

  it('shows the guide’s other studied cases as cards, by direction', () => {
    render(
      <I18nProvider locale="fr">
        <CasesLikeYours />
      </I18nProvider>,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByText(fr('guide.case.talpa.title'))).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Import en France' })).toBeInTheDocument();
  });

  it('tells the guide’s words from Cocharte’s suggestions in a step’s panel', () => {
    render(
      <I18nProvider locale="fr">
        <DeviceGuidancePreference>
          <GuidancePanel step="motivations" />
        </DeviceGuidancePreference>
      </I18nProvider>,
    );
    const q3 = screen.getByText(fr('guide.step.motivations.question.3')).closest('li')!;
    expect(within(q3).getByText('Suggestion de Cocharte (ne vient pas du guide)')).toBeInTheDocument();
    const q1 = screen.getByText(fr('guide.step.motivations.question.1')).closest('li')!;
    expect(within(q1).getByText(/^Source\s*: le guide, «\s*Quelles motivations/)).toBeInTheDocument();
    // The principles and RESACOOP's lessons sit with the motivations.
    expect(screen.getByText(fr('guide.principle.equal-partners'))).toBeInTheDocument();
    expect(screen.getByText(fr('guide.lesson.solution-not-product'))).toBeInTheDocument();
  });
});
