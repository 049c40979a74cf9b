import { useLayoutEffect, useRef, type ComponentType } from 'react';
import { Stepper } from '../components/ui/stepper';
import { Unfolded } from '../components/ui/unfolded';
import { StepScreens } from './step-screens';
import { useDocumentLanguageFollowsInterface } from '../steps/common/use-document-language';
import { placeTitleKey } from '../domain/flow';
import { focusTakenField } from '../components/form/focus-request';
import { useI18n } from '../i18n/i18n-provider';
import { useRecordView } from '../machine/app.record-view';
import { WizardContext } from '../machine/wizard.context';
import {
  selectAmendOnly,
  selectPlace,
  selectProject,
  selectSignaturesVoided,
  selectStepper,
  stepperEquals,
} from '../machine/wizard.selectors';
import type { FlowState } from '../machine/wizard.types';
import { isStep } from '../domain/flow';
import { useChain } from '../record/use-chain';
import type { DraftProject } from '../schemas/project.schema';
import { versionInForce } from '../domain/record-amendments';
import { FollowUpStep } from '../steps/follow-up/follow-up-step';
import { FrameworkStep } from '../steps/framework/framework-step';
import { ImpactsStep } from '../steps/impacts/impacts-step';
import { MotivationsStep } from '../steps/motivations/motivations-step';
import { PartnersStep } from '../steps/partners/partners-step';
import { ReviewStep } from '../steps/review/review-step';
import { SigningStep } from '../steps/signing/signing-step';

const SCREENS: Record<FlowState, ComponentType> = {
  partners: PartnersStep,
  motivations: MotivationsStep,
  framework: FrameworkStep,
  followUp: FollowUpStep,
  impacts: ImpactsStep,
  review: ReviewStep,
  signing: SigningStep,
};

/** The stepper, the notices and the screen of the current place. */
/** `focusOnArrival`: the wizard replaces another screen (see OpenProject.fromScreen). */
export function WizardShell({ focusOnArrival = false }: { focusOnArrival?: boolean } = {}) {
  // On every screen of the wizard, signing included: the documents follow the interface.
  useDocumentLanguageFollowsInterface();
  const { t } = useI18n();
  const actor = WizardContext.useActorRef();
  const place = WizardContext.useSelector(selectPlace);
  const stepper = WizardContext.useSelector(selectStepper, stepperEquals);
  const voided = WizardContext.useSelector(selectSignaturesVoided);
  const amendOnly = WizardContext.useSelector(selectAmendOnly);
  const recordView = useRecordView();
  const firstRender = useRef(true);
  // Once amendments are in force, the read-only steps show the text in force (the signed
  // charter with its co-signed amendments), not the original alone.
  const inForce = useTextInForce(amendOnly);

  // Moving to another step puts focus on its heading, so keyboard and screen-reader
  // users start reading the new step from the top; on arrival too when the wizard replaced
  // another screen, not when the page loads (focus then starts at the top of the page).
  // In the commit that draws the step: the focus never rests on the page meanwhile.
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      if (!focusOnArrival) return;
    }
    // Sent from the review to one missing field: that field, in view.
    if (focusTakenField()) return;
    // The heading goes to the top of the viewport, not the page: on a phone the toolbar
    // and stepper above it would otherwise push it below the fold.
    const heading = document.getElementById('step-heading');
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView?.({ block: 'start' });
  }, [place]);

  const Screen = SCREENS[place];
  const label = (p: FlowState) => t(placeTitleKey(p));

  return (
    <div className="wizard">
      <Stepper
        entries={stepper.map((s) => ({
          id: s.place,
          label: label(s.place),
          status: s.status,
          reachable: s.reachable,
          lockedReason: t(
            s.place === 'review'
              ? 'stepper.lockedReview'
              : s.place === 'signing'
                ? 'stepper.lockedSigning'
                : 'stepper.lockedStep',
          ),
        }))}
        onSelect={(id) => actor.send({ type: 'step.goto', target: id as FlowState })}
      />
      <div className="wizard__main">
        {voided && (
          <div className="panel panel--warning" role="alert">
            <p>{t('signing.voided')}</p>
            <button
              type="button"
              className="button button--link"
              onClick={() => actor.send({ type: 'notice.dismissed' })}
            >
              {t('notice.dismiss')}
            </button>
          </div>
        )}
        {amendOnly && isStep(place) ? (
          // After the first full signature the machine refuses step edits (a change is an
          // amendment); the form is shown read-only, with the reason, so nothing typed is
          // silently dropped.
          <>
            <div className="panel" id="steps-locked">
              <p>{t('record.ui.stepsLocked')}</p>
              {inForce && <p>{t('record.ui.stepsInForce', { n: inForce.number })}</p>}
              {recordView && (
                <button type="button" className="button button--secondary" onClick={() => recordView.setOpen(true)}>
                  {t('record.ui.title')}
                </button>
              )}
            </div>
            <fieldset className="wizard__locked" disabled aria-describedby="steps-locked">
              {/* The fold buttons would be disabled too: every card and section shows open. */}
              <Unfolded>
                {inForce ? (
                  // A wizard of its own on the text in force, made again for each step and
                  // version: read-only, it never reaches the stored project.
                  <WizardContext.Provider
                    key={`${place}-${inForce.fingerprint}`}
                    options={{ input: { project: inForce.project, resumeAt: place } }}
                  >
                    <Screen />
                  </WizardContext.Provider>
                ) : (
                  <Screen key={place} />
                )}
              </Unfolded>
            </fieldset>
          </>
        ) : (
          <>
            {inForce && (
              // The review and signing show the charter as signed (its signatures are on
              // that text); the text in force is one step away.
              <div className="panel">
                <p>{t('record.ui.originalShown', { n: inForce.number })}</p>
                {recordView && (
                  <button type="button" className="button button--secondary" onClick={() => recordView.setOpen(true)}>
                    {t('record.ui.title')}
                  </button>
                )}
              </div>
            )}
            <StepScreens place={place} screens={SCREENS} />
          </>
        )}
      </div>
    </div>
  );
}

/** The text in force when an amendment changed it (null before any, or before signing). */
function useTextInForce(amendOnly: boolean): { number: number; fingerprint: string; project: DraftProject } | null {
  const project = WizardContext.useSelector(selectProject);
  const chain = useChain(amendOnly ? project : null);
  if (!amendOnly || !chain) return null;
  const version = versionInForce(chain);
  if (!version || version.number === 0) return null;
  return { number: version.number, fingerprint: version.fingerprint, project: chain.current };
}
