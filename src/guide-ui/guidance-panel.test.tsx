import { render, screen, within } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import { DeviceGuidancePreference } from '../../tests/setup/device-preferences';
import { renderWizard } from '../../tests/setup/render-wizard';
import { createTranslator } from '../i18n/i18n';
import { I18nProvider } from '../i18n/i18n-provider';
import { writeGuidanceOpen } from '../persistence/preferences';
import { STORAGE_KEYS } from '../persistence/storage';
import { createEmptyProject } from '../domain/new-project';
import { GuidancePanel } from './guidance-panel';
import { focusTakenField, requestFieldFocus } from '../components/form/focus-request';
import { WizardContext } from '../machine/wizard.context';

// Testing Library collapses the DOM's whitespace (U+00A0 included) but not the expected string.
const translate = createTranslator('fr');
const fr: typeof translate = (key, vars) => translate(key, vars).replace(/\s+/g, ' ');
const TITLE = 'Repères pour cette étape';
const toggle = () => screen.getByRole('button', { name: TITLE });
const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEYS.guidance) ?? 'null') as unknown;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('guidance panel', () => {
  it('is open on first use, fits the outline under the step title and takes no focus', () => {
    renderWizard(completeProject(), 'motivations');
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('heading', { level: 3, name: TITLE })).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: TITLE });
    expect(within(panel).getByText(fr('guide.step.motivations.purpose'))).toBeVisible();
    for (const name of [
      'À quoi sert cette étape',
      'Questions à régler ensemble',
      'Freins à surveiller',
      'Ce qu’ont fait d’autres partenariats',
    ]) {
      expect(within(panel).getByRole('heading', { level: 4, name })).toBeVisible();
    }
    expect(within(panel).getByText(fr('guide.step.motivations.question.3'))).toBeVisible();
    expect(within(panel).getByText(fr('guide.step.motivations.brake.2'))).toBeVisible();
    expect(within(panel).getByText(fr('guide.step.motivations.fact.1'))).toBeVisible();
    expect(document.body).toHaveFocus();
  });

  it('cites, under each fact of step 5, the section of the guide that states it', () => {
    renderWizard(completeProject(), 'impacts');
    const panel = screen.getByRole('region', { name: TITLE });
    // The company's gains are in « Impacts sur les entreprises en France »; the salt workers'
    // know-how in « Impacts dans les pays du Sud »: one fact, one source line each.
    const sourceOf = (text: RegExp) => within(panel).getByText(text).closest('li')?.querySelector('.source-line');
    expect(sourceOf(/Les Salines de Guérande ont diversifié/)).toHaveTextContent(
      'Source : le guide, « Impacts sur les entreprises en France »',
    );
    expect(sourceOf(/paludiers sénégalais et cambodgiens/)).toHaveTextContent(
      'Source : le guide, « Impacts dans les pays du Sud »',
    );
  });

  it('folds and unfolds with the keyboard, keeps focus on its button and remembers the choice', async () => {
    const { user, unmount } = renderWizard(createEmptyProject());
    const purpose = screen.getByText(fr('guide.step.partners.purpose'));
    toggle().focus();
    await user.keyboard('{Enter}');
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(toggle()).toHaveFocus();
    expect(purpose).not.toBeVisible();
    expect(stored()).toEqual({ open: false });

    unmount();
    const again = renderWizard(createEmptyProject());
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    // Folded on arrival: not even built until opened.
    expect(screen.queryByText(fr('guide.step.partners.purpose'))).toBeNull();
    toggle().focus();
    await again.user.keyboard(' ');
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(fr('guide.step.partners.purpose'))).toBeVisible();
    expect(stored()).toEqual({ open: true });
  });

  it('follows the step and stays folded from one step to the next', async () => {
    const { user } = renderWizard(completeProject(), 'motivations');
    await user.click(toggle());
    await user.click(screen.getByRole('button', { name: 'Étape précédente' }));
    await screen.findByRole('heading', { level: 2, name: 'Identifier les partenaires' });
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle());
    expect(screen.getByText(fr('guide.step.partners.purpose'))).toBeVisible();
    expect(screen.queryByText(fr('guide.step.motivations.purpose'))).not.toBeInTheDocument();
  });

  it('is folded to one line after its first reading, unless the user opened it', async () => {
    const { user } = renderWizard(completeProject(), 'motivations');
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Étape précédente' }));
    await screen.findByRole('heading', { level: 2, name: 'Identifier les partenaires' });
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(stored()).toEqual({ open: false });
    await user.click(toggle());
    await user.click(screen.getByRole('button', { name: 'Enregistrer et continuer' }));
    await screen.findByRole('heading', { level: 2, name: 'Motivations et connaissance mutuelle' });
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
  });

  it('ignores a stored value it does not understand', () => {
    localStorage.setItem(STORAGE_KEYS.guidance, '"folded"');
    renderWizard(createEmptyProject());
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
  });

  it('still works, for the visit, when the browser refuses storage', async () => {
    // The visit's memory outlives a test: earlier panels were read once, so start afresh.
    writeGuidanceOpen(true);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const user = userEvent.setup();
    const view = render(
      <I18nProvider locale="fr">
        <DeviceGuidancePreference>
          <GuidancePanel step="framework" />
        </DeviceGuidancePreference>
      </I18nProvider>,
    );
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    view.unmount();
    render(
      <I18nProvider locale="fr">
        <DeviceGuidancePreference>
          <GuidancePanel step="followUp" />
        </DeviceGuidancePreference>
      </I18nProvider>,
    );
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle());
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
  });

  it('can be placed on the review and signing screens, in English too', () => {
    render(
      <I18nProvider locale="en">
        <h2>Review</h2>
        <GuidancePanel step="review" />
      </I18nProvider>,
    );
    const en = createTranslator('en');
    expect(screen.getByRole('button', { name: 'Cocharte’s advice for this step' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getByText(en('guide.step.review.purpose'))).toBeVisible();
    expect(screen.getByText(en('guide.step.review.question.2'))).toBeVisible();
  });
});

describe('what the panel draws after the step’s first paint', () => {
  // What the step's first commit holds (the panel's section headings, the studied cases),
  // read by a layout effect of a component drawn after the panel, before the deferred
  // render that follows it; then what the step holds once that render is done.
  function firstCommit(): { headings: string[]; cases: boolean } {
    let seen: { headings: string[]; cases: boolean } | null = null;
    function Probe() {
      useLayoutEffect(() => {
        seen ??= {
          headings: [...document.querySelectorAll('.guidance h4')].map((h) => h.textContent ?? ''),
          cases: document.querySelector('section.cases') !== null,
        };
      }, []);
      return null;
    }
    render(
      <I18nProvider locale="fr">
        <DeviceGuidancePreference>
          <WizardContext.Provider
            options={{ input: { project: createEmptyProject(new Date(0)), resumeAt: 'partners' } }}
          >
            <GuidancePanel step="partners" />
            <Probe />
          </WizardContext.Provider>
        </DeviceGuidancePreference>
      </I18nProvider>,
    );
    const panel = screen.getByRole('region', { name: TITLE });
    for (const name of ['Freins à surveiller', 'Ce qu’ont fait d’autres partenariats']) {
      expect(within(panel).getByRole('heading', { level: 4, name })).toBeVisible();
    }
    expect(screen.getByRole('region', { name: 'Des cas comme le vôtre' })).toBeInTheDocument();
    if (seen === null) throw new Error('the probe saw no commit');
    return seen;
  }

  it('first holds what the step’s first screen shows, then the brakes, facts and studied cases', () => {
    expect(firstCommit()).toEqual({
      headings: ['À quoi sert cette étape', 'Questions à régler ensemble'],
      cases: false,
    });
  });

  it('holds everything at once when the step opens on a field asked for, which the rest would push down', () => {
    requestFieldFocus('partners.title');
    try {
      expect(firstCommit()).toEqual({
        headings: [
          'À quoi sert cette étape',
          'Questions à régler ensemble',
          'Freins à surveiller',
          'Ce qu’ont fait d’autres partenariats',
          'Des cas comme le vôtre',
        ],
        cases: true,
      });
    } finally {
      focusTakenField();
    }
  });
});
