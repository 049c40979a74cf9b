import { useEffect, useLayoutEffect, useRef, useState, type FormEventHandler, type ReactNode } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { fieldId } from '../../components/form/field-ids';
import type { StepId } from '../../content/catalogues';
import { isStep } from '../../domain/flow';
import { GuidancePanel } from '../../guide-ui/guidance-panel';
import { StepHints } from '../../guide-ui/step-hints';
import { useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import { selectPlace } from '../../machine/wizard.selectors';
import { flattenErrors } from './use-step-form';

interface StepFrameProps {
  /**
   * The step whose guidance and hints to show. Optional: each step is rendered only at its
   * own place in the flow, so the machine's current place is the step by default.
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
  const { t, te } = useI18n();
  const place = WizardContext.useSelector(selectPlace);
  const current = step ?? (isStep(place) ? place : undefined);
  const items = failedSubmits > 0 ? flattenErrors(errors) : [];
  const formRef = useRef<HTMLFormElement>(null);
  // react-hook-form focuses the first invalid field while a folded card still hides it (the
  // card opens on the render that follows): once that render is done, focus it here.
  useEffect(() => {
    if (failedSubmits === 0) return;
    const active = document.activeElement;
    if (active?.getAttribute('aria-invalid') === 'true') return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [failedSubmits]);
  return (
    <section aria-labelledby="step-heading" className="step">
      <h2 id="step-heading" tabIndex={-1}>
        {title}
      </h2>
      <p className="step__intro">{intro}</p>
      {current && <GuidancePanel step={current} />}
      {current && <StepHints step={current} />}
      {aside}
      <div role="alert" aria-live="assertive" className="error-summary-region">
        {items.length > 0 && (
          <div className="error-summary">
            <p>
              <strong>{t('errors.summary', { count: items.length })}</strong>
            </p>
            <ul>
              {items.map((e) => (
                <li key={`${e.name}-${e.message}`}>
                  <a href={`#${fieldId(e.name)}`}>
                    <FieldLabel id={fieldId(e.name)} />
                    {te(e.message)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <form ref={formRef} noValidate onSubmit={onSubmit} className="step__form">
        {children}
        <div className="step__nav">
          {onBack && (
            <button type="button" className="button button--secondary" onClick={onBack}>
              {t('nav.back')}
            </button>
          )}
          <button type="submit" className="button button--primary">
            {nextLabel ?? t('nav.next')}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * A field's label, read from the page once it is drawn: a folded card holding the error
 * opens in the same render as the summary, so its field exists only after that commit.
 * Read before the browser paints, so the alert is announced whole.
 */
function FieldLabel({ id }: { id: string }) {
  const { t } = useI18n();
  const [found, setFound] = useState<FoundLabel | null>(null);
  useLayoutEffect(() => setFound(labelOf(id)), [id]);
  if (!found) return '';
  const label = `${found.text}${found.marker}`;
  return found.owner ? t('errors.fieldOf', { owner: found.owner, label }) : t('errors.field', { label });
}

interface FoundLabel {
  text: string;
  /** " (obligatoire)", as the label shows it, or ''. */
  marker: string;
  /** Whose field it is when the same label repeats in every block: "Terrena", "Risque 2". */
  owner: string | null;
}

/**
 * The visible label of a field, so the summary says which field is wrong; inside a partner's,
 * a risk's or a row's block, with the block's name before it ("Terrena — Motivations"):
 * glued after the label, a name made phrases like « validation par de Terrena ».
 */
function labelOf(id: string): FoundLabel | null {
  if (typeof document === 'undefined') return null;
  const el = document.getElementById(id);
  const label = el?.tagName === 'FIELDSET' ? el.querySelector('legend') : document.querySelector(`label[for="${id}"]`);
  if (!label?.textContent) return null;
  const marker = label.querySelector('.field__required')?.textContent ?? '';
  const text = label.textContent.slice(0, label.textContent.length - marker.length).trim();
  const block = el?.parentElement?.closest('[data-owner], fieldset.card');
  const owner =
    block?.getAttribute('data-owner') ?? block?.querySelector(':scope > legend')?.textContent?.trim() ?? null;
  return { text, marker, owner: owner && owner !== text ? owner : null };
}
