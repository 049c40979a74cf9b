import { type ComponentType, memo, startTransition, useContext, useEffect, useState } from 'react';
import { isFieldRequested } from '../components/form/focus-request';
import { STEP_IDS, isStep, type FlowState, type StepId } from '../domain/flow';
import { GuidancePreferenceContext, type GuidancePreferenceStore } from '../guide-ui/guidance-preference';
import { whenIdle } from '../lib/when-idle';
import { WizardContext } from '../machine/wizard.context';
import type { DraftProject } from '../schemas/project.schema';
import { isOpenedFromReview } from '../steps/common/review-return';
import { DrawnAheadContext, ShownStepContext } from '../guide-ui/shown-step';

/** A screen drawn in the page: `key` names one mounted instance of it. */
interface Drawn {
  place: FlowState;
  key: number;
}
/** The next step drawn ahead, hidden, with what it read when it mounted. */
interface Ahead extends Drawn {
  place: StepId;
  read: readonly unknown[];
}

let keys = 0;

/** The step after `place` among the guide's five, or null: only forms are drawn ahead. */
function stepAfter(place: FlowState): StepId | null {
  const i = STEP_IDS.findIndex((s) => s === place);
  return (i >= 0 && STEP_IDS[i + 1]) || null;
}

/**
 * What a step reads once, when it mounts (its form's values, the guidance open or folded, a
 * field asked for, a return to the review): a step drawn ahead is shown only if a step
 * mounted now would read the same.
 */
function readOnMount(project: DraftProject, step: StepId, guidance: GuidancePreferenceStore): readonly unknown[] {
  return [project[step], guidance.read(), isFieldRequested(), isOpenedFromReview(step)];
}

const sameRead = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

const Screen = memo(function Screen({ place, screen: Shown }: { place: FlowState; screen: ComponentType }) {
  return (
    <ShownStepContext value={isStep(place) ? place : null}>
      <Shown />
    </ShownStepContext>
  );
});

/**
 * The screen of the current place and, once the browser is idle, the next step drawn ahead
 * out of sight (hidden, no height): « Enregistrer et continuer » then shows a step already
 * rendered and laid out instead of building its whole form while the user waits. Where the
 * browser has no idle callbacks, each step mounts when shown, as before. (Keeping the step
 * left mounted, hidden, to take it down when idle was tried three ways — `display: none`,
 * `visibility: hidden`, moved after the shown one — and each cost the click more than
 * unmounting it.)
 */
export function StepScreens({ place, screens }: { place: FlowState; screens: Record<FlowState, ComponentType> }) {
  const actor = WizardContext.useActorRef();
  const guidance = useContext(GuidancePreferenceContext);
  const [shown, setShown] = useState<Drawn>(() => ({ place, key: keys++ }));
  const [ahead, setAhead] = useState<Ahead | null>(null);
  if (shown.place !== place) {
    const reuse =
      ahead !== null &&
      ahead.place === place &&
      sameRead(ahead.read, readOnMount(actor.getSnapshot().context.project, ahead.place, guidance));
    setShown({ place, key: reuse ? ahead.key : keys++ });
    setAhead(null);
  }

  const next = stepAfter(shown.place);
  useEffect(() => {
    if (!next) return;
    // No timer stands in where idle callbacks are missing: drawn in a busy moment, the step
    // would slow what it is meant to speed up.
    const cancel = whenIdle(
      () =>
        startTransition(() =>
          setAhead({
            place: next,
            key: keys++,
            read: readOnMount(actor.getSnapshot().context.project, next, guidance),
          }),
        ),
      2000,
      null,
    );
    return cancel ?? undefined;
  }, [next, actor, guidance]);

  // The screen shown comes first in the page: ids (the step's heading, its fields) find it.
  // `aria-hidden` beside the style's `visibility: hidden`: out of reach even without the style.
  const drawn = ahead && ahead.place !== shown.place ? [shown, ahead] : [shown];
  return drawn.map((d) => {
    const out = d !== shown;
    return (
      <div key={d.key} className="wizard__screen" data-ahead={out ? '' : undefined} aria-hidden={out || undefined}>
        <DrawnAheadContext value={out}>
          <Screen place={d.place} screen={screens[d.place]} />
        </DrawnAheadContext>
      </div>
    );
  });
}
