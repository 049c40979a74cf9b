import { useRef, useState, type FormEventHandler, type ReactNode } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useFailedSubmitFocus } from '../../components/form/failed-submit';
import { ErrorSummary } from '../../components/form/error-summary';
import type { StepId } from '../../content/catalogues';
import { isStep } from '../../domain/flow';
import { stepIntroSource } from '../../content/guide-sources';
import { GuidancePanel } from '../../guide-ui/guidance-panel';
import { SourceLine } from '../../guide-ui/source-line';
import { StepHints } from '../../guide-ui/step-hints';
import { useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import { selectPlace } from '../../machine/wizard.selectors';
import { returnsToReview } from './review-return';
import { useDrawnAhead, useShownStep } from '../../guide-ui/shown-step';

interface StepFrameProps {
  /**
   * The step whose guidance and hints to show. Optional: the step the wizard draws here
   * (shown-step.ts), else the machine's current place.
   */
  step?: StepId;
  title: string;
  intro: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onBack?: () => void;
  errors: FieldErrors;
  failedSubmits: number;
  nextLabel?: string;
  aside?: ReactNode;
  children: ReactNode;
}

/**
 * The common frame of a step: heading (focused on arrival), intro, the guide's pointers
 * and live hints, error summary, navigation.
 */
export function StepFrame({
  step,
  title,
  intro,
  onSubmit,
  onBack,
  errors,
  failedSubmits,
  nextLabel,
  aside,
  children,
}: StepFrameProps) {
  const { t } = useI18n();
  const place = WizardContext.useSelector(selectPlace);
  const shown = useShownStep();
  const current = step ?? shown ?? (isStep(place) ? place : undefined);
  // The intro retells the guide's step: it says which (content/guide-sources.ts).
  const introSource = current && stepIntroSource(current);
  // Opened from the review: the form's save goes back there (use-step-form), and says so.
  const [toReview] = useState(() => returnsToReview(current));
  const formRef = useRef<HTMLFormElement>(null);
  // After a failed save: the first invalid field focused and in view (components/form/failed-submit.ts).
  useFailedSubmitFocus(formRef, failedSubmits);
  return (
    <StepSection>
      <StepHeading>{title}</StepHeading>
      <p className="step__intro">
        <span>{intro}</span>
        {introSource && (
          <>
            {' '}
            <SourceLine source={introSource} />
          </>
        )}
      </p>
      {current && <GuidancePanel step={current} />}
      {current && <StepHints step={current} />}
      {aside}
      <ErrorSummary errors={errors} failedSubmits={failedSubmits} />
      <form ref={formRef} noValidate onSubmit={onSubmit} className="step__form">
        {children}
        <div className="step__nav">
          {onBack && (
            <button type="button" className="button button--secondary" onClick={onBack}>
              {t('nav.back')}
            </button>
          )}
          <button type="submit" className="button button--primary">
            {toReview ? t('nav.backToReview') : (nextLabel ?? t('nav.next'))}
          </button>
        </div>
      </form>
    </StepSection>
  );
}

/**
 * The step's section and heading hold the page's one « step-heading » id (focused on
 * arrival, found by the review's links), so a step drawn ahead out of sight takes it only
 * when it shows (guide-ui/shown-step.ts). Components of their own: showing the step then
 * renders these two again, not the whole frame.
 */
function StepSection({ children }: { children: ReactNode }) {
  const ahead = useDrawnAhead();
  return (
    <section aria-labelledby={ahead ? undefined : 'step-heading'} className="step">
      {children}
    </section>
  );
}

function StepHeading({ children }: { children: ReactNode }) {
  const ahead = useDrawnAhead();
  return (
    <h2 id={ahead ? undefined : 'step-heading'} tabIndex={-1}>
      {children}
    </h2>
  );
}
