import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { completeProject, signedByAll } from '../../../tests/fixtures/project';
import { DeviceGuidancePreference } from '../../../tests/setup/device-preferences';
import { WizardShell } from '../../app/wizard-shell';
import type { Locale } from '../../i18n/i18n';
import { I18nProvider, useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import { wizardMachine } from '../../machine/wizard.machine';
import type { FlowState } from '../../machine/wizard.types';

/** The header's language switch, reduced to two buttons. */
function Switch() {
  const { setLocale } = useI18n();
  return (
    <>
      <button type="button" onClick={() => setLocale('en')}>
        to-en
      </button>
      <button type="button" onClick={() => setLocale('fr')}>
        to-fr
      </button>
    </>
  );
}

function renderAt(place: FlowState, documentLanguage: Locale, base = completeProject()) {
  let actorRef: ReturnType<typeof WizardContext.useActorRef> | null = null;
  function Probe() {
    actorRef = WizardContext.useActorRef();
    return null;
  }
  const project = { ...base, documentLanguage };
  render(
    <I18nProvider locale="fr">
      <DeviceGuidancePreference>
        <WizardContext.Provider logic={wizardMachine} options={{ input: { project, resumeAt: place } }}>
          <Probe />
          <Switch />
          <WizardShell />
        </WizardContext.Provider>
      </DeviceGuidancePreference>
    </I18nProvider>,
  );
  return () => actorRef!.getSnapshot().context.project.documentLanguage;
}

describe('the documents’ language follows the interface unless chosen apart', () => {
  it('follows a switch of the interface language made on a step', async () => {
    const language = renderAt('motivations', 'fr');
    await userEvent.click(screen.getByRole('button', { name: 'to-en' }));
    await waitFor(() => expect(language()).toBe('en'));
    await userEvent.click(screen.getByRole('button', { name: 'to-fr' }));
    await waitFor(() => expect(language()).toBe('fr'));
  });

  it('follows on the signing screen too', async () => {
    const language = renderAt('signing', 'fr');
    await userEvent.click(screen.getByRole('button', { name: 'to-en' }));
    await waitFor(() => expect(language()).toBe('en'));
  });

  it('follows on the review screen too, where its select shows it', async () => {
    const language = renderAt('review', 'fr');
    await userEvent.click(screen.getByRole('button', { name: 'to-en' }));
    await waitFor(() => expect(language()).toBe('en'));
    expect(screen.getByRole('combobox', { name: 'Language of the documents' })).toHaveValue('en');
  });

  it('stays in the language a signed charter was signed in: the interface switch is the reader’s alone', async () => {
    const language = renderAt('signing', 'fr', signedByAll(completeProject()));
    await userEvent.click(screen.getByRole('button', { name: 'to-en' }));
    await screen.findByRole('heading', { level: 2, name: 'Signing' });
    await screen.findByText('The charter is co-signed by all 3 partners.');
    expect(language()).toBe('fr');
  });

  it('stays in the language the user chose apart', async () => {
    const language = renderAt('motivations', 'en');
    await userEvent.click(screen.getByRole('button', { name: 'to-en' }));
    await screen.findByRole('heading', { level: 2, name: 'Motivations and mutual knowledge' });
    await userEvent.click(screen.getByRole('button', { name: 'to-fr' }));
    await screen.findByRole('heading', { level: 2, name: 'Motivations et connaissance mutuelle' });
    expect(language()).toBe('en');
  });
});
