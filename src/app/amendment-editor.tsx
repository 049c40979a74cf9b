import { Suspense, use, useEffect, useRef, useState, type ComponentType } from 'react';
import { Stepper } from '../components/ui/stepper';
import { amendmentWorkingCopy } from '../domain/record-amendments';
import { isStep, placeTitleKey, type StepId } from '../domain/flow';
import { createTranslator, isLocaleLoaded, loadLocale } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-provider';
import { canonicalJson } from '../lib/canonical-json';
import { flushDrafts } from '../lib/flush-drafts';
import { WizardContext } from '../machine/wizard.context';
import { selectPlace, selectStepper, stepperEquals } from '../machine/wizard.selectors';
import { isContentGroup } from '../merge/change';
import { diffProjects } from '../merge/diff-projects';
import { formatContextFor, formatSide } from '../merge/format-change';
import type { AmendmentEditorProps } from '../record/amendment-draft';
import type { DraftProject } from '../schemas/project.schema';
import type { FieldChange } from '../schemas/record.schema';
import { toFieldChanges } from '../record/amendment-changes';
import { FollowUpStep } from '../steps/follow-up/follow-up-step';
import { FrameworkStep } from '../steps/framework/framework-step';
import { ImpactsStep } from '../steps/impacts/impacts-step';
import { MotivationsStep } from '../steps/motivations/motivations-step';
import { PartnersStep } from '../steps/partners/partners-step';

const STEPS: Record<StepId, ComponentType> = {
  partners: PartnersStep,
  motivations: MotivationsStep,
  framework: FrameworkStep,
  followUp: FollowUpStep,
  impacts: ImpactsStep,
};

/**
 * The changes an amendment makes: the comparison of the text in force with the edited
 * copy, content only (the five steps), each side written as partners read it, in the
 * charter's language (whatever the interface's), so the amendment carries the words its
 * signatories approve, in the language of the text it amends.
 */
export function amendmentChanges(current: DraftProject, edited: DraftProject) {
  const locale = current.documentLanguage;
  const t = createTranslator(locale);
  const changes = diffProjects(current, edited, t).filter((c) => isContentGroup(c.step));
  const byId = new Map(changes.map((c) => [c.id, c]));
  const ctx = formatContextFor(current, edited, locale, t);
  return toFieldChanges(changes, (c, side) => {
    const change = byId.get(c.id);
    return change ? formatSide(change, side, ctx).join('\n') : '';
  });
}

/**
 * Amending mode: the wizard's own step forms, on a working copy of the text in force
 * (its own wizard actor, so the signed project is never edited). Every draft the forms
 * send becomes the amendment's changes, stored in the project at once, so a reload
 * loses nothing; the signed charter, its signatures and earlier amendments stay as
 * they are.
 */
export function AmendmentEditor(props: AmendmentEditorProps) {
  const { t } = useI18n();
  return (
    <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
      <EditorInLanguage {...props} />
    </Suspense>
  );
}

let english: Promise<void> | null = null;

function EditorInLanguage(props: AmendmentEditorProps) {
  // The English messages stay in their own file (as for the language switch): asked for
  // when a charter in English is amended, since its changes are written in English.
  if (props.current.documentLanguage === 'en' && !isLocaleLoaded('en')) use((english ??= loadLocale('en')));
  // The copy is made once per draft: from then on the forms own its values.
  const [input] = useState(() => ({
    project: amendmentWorkingCopy(props.current, props.amendment),
    resumeAt: 'partners' as const,
  }));
  return (
    <WizardContext.Provider options={{ input }}>
      <AmendingSteps {...props} />
    </WizardContext.Provider>
  );
}

function AmendingSteps({ amendment, current, onChanges, onReview, onBack }: AmendmentEditorProps) {
  const { t, locale } = useI18n();
  const actor = WizardContext.useActorRef();
  const place = WizardContext.useSelector(selectPlace);
  const stepper = WizardContext.useSelector(selectStepper, stepperEquals);
  const [count, setCount] = useState(amendment.changes.length);
  const last = useRef(canonicalJson(amendment.changes));
  const pending = useRef<Promise<void>>(Promise.resolve());
  // The text in force does not change while a draft is edited; its latest object is kept
  // for the comparison without restarting the subscription.
  const inForce = useRef(current);
  inForce.current = current;
  const store = useRef(onChanges);
  store.current = onChanges;

  useEffect(() => {
    let previous: DraftProject | null = null;
    const subscription = actor.subscribe((s) => {
      const edited = s.context.project;
      if (edited === previous) return;
      previous = edited;
      const changes: FieldChange[] = amendmentChanges(inForce.current, edited);
      const key = canonicalJson(changes);
      if (key === last.current) return;
      last.current = key;
      setCount(changes.length);
      pending.current = store.current(changes).catch(() => undefined);
    });
    return () => subscription.unsubscribe();
  }, [actor, t, locale]);

  // Moving to another step puts focus on its heading, as in the wizard; not on arrival
  // (the record screen focuses the amendment's heading).
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById('step-heading')?.focus({ preventScroll: true });
  }, [place]);

  /** The forms send what they still hold, and its save is done, before leaving. */
  const leave = async (then: () => void) => {
    flushDrafts();
    await pending.current;
    then();
  };

  const Screen = isStep(place) ? STEPS[place] : null;
  return (
    <section className="record-amending" aria-labelledby="amending-title">
      <div className="panel">
        <h2 id="amending-title">{t('record.ui.draftingTitle', { n: amendment.number })}</h2>
        <p>{t('record.ui.draftingIntro')}</p>
        <p role="status" id="amending-changes">
          {t('record.ui.draftChanges', { count })}
        </p>
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => void leave(onReview)}>
            {t('record.ui.reviewDraft')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => void leave(onBack)}>
            {t('record.ui.back')}
          </button>
        </div>
      </div>
      <div className="wizard">
        <Stepper
          entries={stepper
            .filter((s) => isStep(s.place))
            .map((s) => ({
              id: s.place,
              label: t(placeTitleKey(s.place)),
              status: s.status,
              reachable: s.reachable,
              lockedReason: t('stepper.lockedStep'),
            }))}
          onSelect={(id) => {
            const target = stepper.find((s) => s.place === id)?.place;
            if (target) actor.send({ type: 'step.goto', target });
          }}
        />
        <div className="wizard__main">
          {Screen ? (
            <Screen key={place} />
          ) : (
            <div className="panel">
              <p>{t('record.ui.stepsDone')}</p>
              <button type="button" className="button button--primary" onClick={() => void leave(onReview)}>
                {t('record.ui.reviewDraft')}
              </button>
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
