import { type ComponentType, memo, startTransition, useContext, useEffect, useState } from 'react';
import { isFieldRequested } from '../components/form/focus-request';
import { STEP_IDS, isStep, type FlowState, type StepId } from '../domain/flow';
import { GuidancePreferenceContext, type GuidancePreferenceStore } from '../guide-ui/guidance-preference';
import { WizardContext } from '../machine/wizard.context';
import { isOpenedFromReview } from '../steps/common/review-return';
import { DrawnAheadContext, ShownStepContext } from '../guide-ui/shown-step';

type Snapshot = ReturnType<ReturnType<typeof WizardContext.useActorRef>['getSnapshot']>;

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
function readOnMount(snapshot: Snapshot, step: StepId, guidance: GuidancePreferenceStore): readonly unknown[] {
  return [snapshot.context.project[step], guidance.read(), isFieldRequested(), isOpenedFromReview(step)];
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

/** Idle callbacks where the browser has them; null elsewhere (Safari, tests' DOM). */
function idleCallbacks() {
  return typeof requestIdleCallback === 'function' && typeof cancelIdleCallback === 'function'
    ? { request: requestIdleCallback.bind(globalThis), cancel: cancelIdleCallback.bind(globalThis) }
    : null;
}

/**
 * The screen of the current place and, once the browser is idle, the next step drawn ahead
 * out of sight (hidden, no height): « Enregistrer et continuer » then shows a step already
 * rendered and laid out instead of building its whole form while the user waits. Where the
 * browser has no idle callbacks, each step mounts when shown, as before. (Keeping the step
 * left mounted, hidden, to take it down later was tried: moving it after the shown one, for
 * ids to find the shown one first, cost more than unmounting it.)
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
      sameRead(ahead.read, readOnMount(actor.getSnapshot(), ahead.place, guidance));
    setShown({ place, key: reuse ? ahead.key : keys++ });
    setAhead(null);
  }

  const next = stepAfter(shown.place);
  useEffect(() => {
    const idle = idleCallbacks();
    if (!next || !idle) return;
    const id = idle.request(() =>
      startTransition(() =>
        setAhead({ place: next, key: keys++, read: readOnMount(actor.getSnapshot(), next, guidance) }),
      ),
    );
    return () => idle.cancel(id);
  }, [next, actor, guidance]);

  // The screen shown comes first in the page: ids (the step's heading, its fields) find it.
  // `aria-hidden` beside the style's `visibility: hidden`: out of reach even without the style.
  return [
    <div key={shown.key} className="wizard__screen">
      <DrawnAheadContext value={false}>
        <Screen place={shown.place} screen={screens[shown.place]} />
      </DrawnAheadContext>
    </div>,
    ahead && ahead.place !== shown.place && (
      <div key={ahead.key} className="wizard__screen" data-ahead="" aria-hidden="true">
        <DrawnAheadContext value={true}>
          <Screen place={ahead.place} screen={screens[ahead.place]} />
        </DrawnAheadContext>
      </div>
    ),
  ];
}
