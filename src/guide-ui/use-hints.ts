import { useCallback, useState } from 'react';
import type { SnapshotFrom } from 'xstate';
import type { StepId } from '../content/catalogues';
import { hintsFor, type Hint } from '../domain/hints';
import { WizardContext } from '../machine/wizard.context';
import type { wizardMachine } from '../machine/wizard.machine';

/** Today as `YYYY-MM-DD` in the user's time zone: review dates are calendar days. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function sameVars(a: Hint['vars'], b: Hint['vars']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/**
 * hintsFor builds a new array on every machine update (each autosave); comparing the
 * content keeps components from re-rendering while the hints stay the same.
 */
export function sameHints(a: readonly Hint[], b: readonly Hint[]): boolean {
  return (
    a.length === b.length &&
    a.every((h, i) => {
      const o = b[i];
      return (
        o !== undefined &&
        h.id === o.id &&
        h.severity === o.severity &&
        h.messageKey === o.messageKey &&
        sameVars(h.vars, o.vars)
      );
    })
  );
}

// The hints of one version of the project, for one day: every component and every
// render asking for them gets the same array (projects are replaced, never mutated).
const cache = new WeakMap<object, { today: string; hints: Hint[] }>();

function hintsOf(project: SnapshotFrom<typeof wizardMachine>['context']['project'], today: string): Hint[] {
  const known = cache.get(project);
  if (known && known.today === today) return known.hints;
  const hints = hintsFor(project, { today });
  cache.set(project, { today, hints });
  return hints;
}

export interface HintFilter {
  step?: StepId;
  severity?: Hint['severity'];
}

/**
 * The hints for the project in the machine, live: the step forms autosave into the
 * machine while the user types, so the hints follow within the autosave delay.
 */
export function useHints({ step, severity }: HintFilter = {}): Hint[] {
  // Fixed for the life of the screen: a hint should not appear at midnight mid-sentence.
  const [today] = useState(todayIso);
  const select = useCallback(
    (s: SnapshotFrom<typeof wizardMachine>) =>
      hintsOf(s.context.project, today).filter(
        (h) => (step === undefined || h.step === step) && (severity === undefined || h.severity === severity),
      ),
    [today, step, severity],
  );
  return WizardContext.useSelector(select, sameHints);
}
