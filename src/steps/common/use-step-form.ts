import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import { FLUSH_DRAFTS_EVENT } from '../../machine/app.flush-drafts';
import { WizardContext } from '../../machine/wizard.context';
import type { StepId } from '../../machine/wizard.types';
import { stepSchemas, type StepData } from '../../schemas/project.schema';

/** How long typing may pause before the draft is saved; well under the one-second promise. */
const AUTOSAVE_DELAY_MS = 300;
/** Continuous typing still reaches the wizard (and the autosave) at least this often. */
const AUTOSAVE_MAX_WAIT_MS = 500;

/**
 * The react-hook-form form of one step: validated by the step's complete zod schema on
 * submit, and autosaved as a draft (through the machine) while the user types.
 */
export function useStepForm<S extends StepId>(step: S) {
  const actor = WizardContext.useActorRef();
  const initial = WizardContext.useSelector((s) => s.context.project[step]) as StepData<S>;
  const [submitCount, setSubmitCount] = useState(0);
  const form = useForm<StepData<S> & FieldValues, unknown, StepData<S> & FieldValues>({
    resolver: zodResolver(stepSchemas.complete[step] as never) as unknown as Resolver<
      StepData<S> & FieldValues,
      unknown,
      StepData<S> & FieldValues
    >,
    defaultValues: initial as never,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const pending = useRef<unknown>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstPendingAt: number | null = null;
    const flush = () => {
      clearTimeout(timer);
      firstPendingAt = null;
      if (pending.current === null) return;
      const parsed = stepSchemas.draft[step].safeParse(pending.current);
      pending.current = null;
      if (parsed.success) actor.send({ type: 'step.changed', step, data: parsed.data } as never);
    };
    const subscription = form.watch((values) => {
      pending.current = values;
      clearTimeout(timer);
      firstPendingAt ??= Date.now();
      const maxWait = firstPendingAt + AUTOSAVE_MAX_WAIT_MS - Date.now();
      timer = setTimeout(flush, Math.max(0, Math.min(AUTOSAVE_DELAY_MS, maxWait)));
    });
    window.addEventListener('pagehide', flush);
    window.addEventListener(FLUSH_DRAFTS_EVENT, flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener(FLUSH_DRAFTS_EVENT, flush);
      flush();
    };
  }, [actor, form, step]);

  const submit = form.handleSubmit(
    (data) => {
      pending.current = null;
      actor.send({ type: 'step.submitted', step, data } as never);
    },
    () => setSubmitCount((n) => n + 1),
  );

  const back = () => {
    actor.send({ type: 'step.back' });
  };

  return { form, submit, back, failedSubmits: submitCount };
}

export interface ErrorItem {
  name: string;
  message: string;
}

/** Flattens react-hook-form's nested errors into field paths and message keys. */
export function flattenErrors(errors: FieldErrors, prefix = ''): ErrorItem[] {
  const items: ErrorItem[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === 'ref') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const v = value as { message?: unknown; type?: unknown };
    if (typeof v.message === 'string' && typeof v.type === 'string') items.push({ name, message: v.message });
    if (typeof value === 'object') {
      const nested = Object.fromEntries(
        Object.entries(value).filter(([k]) => !['message', 'type', 'ref', 'types', 'root'].includes(k)),
      );
      items.push(...flattenErrors(nested as FieldErrors, name));
      const root = (value as { root?: { message?: string } }).root;
      if (root?.message) items.push({ name, message: root.message });
    }
  }
  return items;
}
