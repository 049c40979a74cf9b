import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { fromPromise } from 'xstate';
import { WizardShell } from '../../src/app/wizard-shell';
import { I18nProvider } from '../../src/i18n/i18n-provider';
import { DeviceGuidancePreference } from './device-preferences';
import type { Locale } from '../../src/i18n/i18n';
import { WizardContext } from '../../src/machine/wizard.context';
import { wizardMachine } from '../../src/machine/wizard.machine';
import type { FlowState, PdfRequest } from '../../src/machine/wizard.types';
import type { DraftProject } from '../../src/schemas/project.schema';

/**
 * Renders the wizard as the app does, with the PDF actor and the download replaced so
 * component tests stay fast and can check what was asked for.
 */
export function renderWizard(project: DraftProject, resumeAt: FlowState = 'partners', locale: Locale = 'fr') {
  const deliverPdf = vi.fn();
  const generatePdf = vi.fn(async (input: PdfRequest) => ({ blob: new Blob(['%PDF']), fileName: `${input.kind}.pdf` }));
  const logic = wizardMachine.provide({
    actions: { deliverPdf },
    actors: { generatePdf: fromPromise(({ input }: { input: PdfRequest }) => generatePdf(input)) },
  });
  let actorRef: ReturnType<typeof WizardContext.useActorRef> | null = null;
  function Probe() {
    actorRef = WizardContext.useActorRef();
    return null;
  }
  const user = userEvent.setup();
  const view = render(
    <I18nProvider locale={locale}>
      <DeviceGuidancePreference>
        <WizardContext.Provider logic={logic} options={{ input: { project, resumeAt } }}>
          <Probe />
          <WizardShell />
        </WizardContext.Provider>
      </DeviceGuidancePreference>
    </I18nProvider>,
  );
  const actor = () => {
    if (!actorRef) throw new Error('wizard not mounted');
    return actorRef;
  };
  return { ...view, user, actor, deliverPdf, generatePdf };
}
