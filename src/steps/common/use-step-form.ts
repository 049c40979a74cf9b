import { toNestErrors } from '@hookform/resolvers';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldError, type FieldValues, type Resolver } from 'react-hook-form';
import { checkStep, parseDraftStep } from '../../domain/completeness';
import { useFormDrafts } from '../../components/form/use-form-drafts';
import { returnsToReview } from './review-return';
import { WizardContext } from '../../machine/wizard.context';
import { selectPlace } from '../../machine/wizard.selectors';
import { stepChanged, stepSubmitted, type StepId } from '../../machine/wizard.types';
import type { StepData } from '../../schemas/project.schema';

type FormValues<S extends StepId> = StepData<S> & FieldValues;

// A step's data is its form's default values; said once per step so each keeps its type.
const asDefaults: { [S in StepId]: (data: StepData<S>) => DefaultValues<FormValues<S>> } = {
  partners: (data) => data,
  motivations: (data) => data,
  framework: (data) => data,
  followUp: (data) => data,
  impacts: (data) => data,
};

/**
 * The step's complete schema as a react-hook-form resolver, through the domain's
 * `checkStep`: the data it accepts is remembered as complete, so the machine's guard and
 * the stepper do not validate the submission again. Issues become nested field errors
 * (first message per field), as @hookform/resolvers/zod does.
 */
function stepResolver<S extends StepId>(step: S): Resolver<FormValues<S>, unknown, FormValues<S>> {
  return async (values, _context, options) => {
    const checked = checkStep(step, values);
    if (checked.success) return { values: checked.data, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of checked.issues) {
      const path = issue.path.map(String).join('.');
      flat[path] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}

/**
 * The react-hook-form form of one step: validated by the step's complete zod schema on
 * submit, and autosaved as a draft (through the machine) while the user types.
 */
export function useStepForm<S extends StepId>(step: S) {
  const actor = WizardContext.useActorRef();
  // Read once: the form owns the values from here on, and the machine hears of them.
  const [initial] = useState(() => actor.getSnapshot().context.project[step]);
  const [submitCount, setSubmitCount] = useState(0);
  // Opened from the review to fill a gap: saving goes back there (see review-return.ts).
  const [toReview] = useState(() => returnsToReview(step));
  const form = useForm<FormValues<S>, unknown, FormValues<S>>({
    resolver: stepResolver(step),
    defaultValues: asDefaults[step](initial),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  // Typed values reach the wizard (and its autosave) as a draft, checked by the draft schema.
  const dropDraft = useFormDrafts(form, (values) => {
    const data = parseDraftStep(step, values);
    if (data) actor.send(stepChanged(step, data));
  });

  // What leaves the step: when it did, the step's DOM goes in this click's render, and the
  // button pressed lets go of the focus first (the new step's heading takes it). Removed while
  // focused, it made the browser lay the page out once for the removal, then again for the
  // heading's focus. A field keeps the focus (Enter in a field): its blur runs form handlers.
  const leave = (send: () => void) => {
    const from = selectPlace(actor.getSnapshot());
    send();
    if (selectPlace(actor.getSnapshot()) !== from && document.activeElement instanceof HTMLButtonElement) {
      document.activeElement.blur();
    }
  };

  const submit = form.handleSubmit(
    (data) => {
      dropDraft();
      leave(() => {
        actor.send(stepSubmitted(step, data));
        if (toReview) actor.send({ type: 'step.goto', target: 'review' });
      });
    },
    () => setSubmitCount((n) => n + 1),
  );

  const back = () => leave(() => actor.send({ type: 'step.back' }));

  return { form, submit, back, failedSubmits: submitCount };
}
