import { useLayoutEffect, useMemo, useRef, type ComponentType, type ReactNode } from 'react';
import './record.css';
import { useI18n } from '../i18n/i18n-provider';
import { newId } from '../lib/ids';
import { RecordContext } from '../machine/record.context';
import type { RecordDownload } from '../domain/record-documents';
import {
  amendmentParties,
  draftAmendment,
  draftInProgress,
  isAmendmentLocked,
  redraftAmendmentNow,
} from '../domain/record-amendments';
import type { FieldChange } from '../schemas/record.schema';
import { emptyHealthAnswer } from '../domain/record-health';
import { newClosing } from '../domain/record-new';
import { closingDraft, hasReviewDraft, healthDraft, newReviewDraft, reviewToEdit } from '../domain/record-drafts';
import { DiscardDraft, type AmendmentEditorProps } from './amendment-draft';
import { AmendmentScreen } from './amendment-screen';
import { ClosingForm } from './closing-form';
import { HealthCheckForm, HealthComparison } from './health-check';
import { RecordHome } from './record-home';
import { ReviewForm } from './review-form';
import { TextInForce } from './text-in-force';
import { useChain } from './use-chain';

/**
 * The record's screens, driven by the record machine (RecordContext must be provided by
 * the app with the signed project). `today` comes from the app's clock.
 */
export interface RecordScreenProps {
  today: string;
  onDownload: (request: RecordDownload) => void;
  /**
   * How the partners edit a draft amendment's text: the app gives the wizard's steps on
   * a working copy (src/app/amendment-editor.tsx). Without it, drafting is not offered.
   */
  amendmentEditor?: ComponentType<AmendmentEditorProps>;
}

function RecordScreenBody({ today, onDownload, amendmentEditor: Editor }: RecordScreenProps) {
  const { t } = useI18n();
  const actor = RecordContext.useActorRef();
  const screen = RecordContext.useSelector((s) => s.value);
  const project = RecordContext.useSelector((s) => s.context.project);
  const reviewId = RecordContext.useSelector((s) => s.context.reviewId);
  const partnerId = RecordContext.useSelector((s) => s.context.partnerId);
  const amendmentId = RecordContext.useSelector((s) => s.context.amendmentId);
  const chain = useChain(project);
  // A new review gets its id when the review screen opens, so the form keeps its state.
  const draftId = useMemo(() => (screen === 'review' ? newId() : ''), [screen]);
  const home = () => actor.send({ type: 'record.home' });
  // Forms work on the text in force: the original with the co-signed amendments.
  const current = chain?.current ?? project;
  const partnerName = (id: string) => current.partners.partners.find((p) => p.id === id)?.name || id;
  // A draft's changes are stored at once, hashed synchronously, on the project as it is
  // now: when the tab closes, the forms send their last keystrokes during `pagehide` and
  // the autosave writes what reached the project by the end of that event (a WebCrypto
  // hash would resolve after the page is gone).
  const saveChanges = (amendmentId: string, changes: FieldChange[]) => {
    const stored = actor.getSnapshot().context.project;
    const draft = stored.record.amendments.find((a) => a.id === amendmentId);
    if (draft && !isAmendmentLocked(draft))
      actor.send({ type: 'amendment.saved', amendment: redraftAmendmentNow(stored, draft, changes) });
    return Promise.resolve();
  };
  const startDraft = async () => {
    const stored = actor.getSnapshot().context.project;
    const amendment = await draftAmendment(stored, { id: newId(), date: today, title: '', reason: '', changes: [] });
    actor.send({ type: 'amendment.drafted', amendment });
  };
  const discard = (amendmentId: string) => actor.send({ type: 'amendment.discarded', amendmentId });

  // The forms start from the text in force, known once the chain is checked.
  if (!chain) return <p role="status">{t('record.ui.checking')}</p>;
  if (screen === 'review') {
    const existing = project.record.reviews.find((r) => r.id === reviewId);
    // What was typed and not saved yet comes back: the review's draft, if any.
    const review = reviewToEdit(project, current, reviewId, { id: draftId || newId(), date: today });
    const fromDraft = existing ? hasReviewDraft(project, existing.id) : newReviewDraft(project) !== null;
    return (
      <>
        <ReviewForm
          key={review.id}
          project={current}
          initial={review}
          fromDraft={fromDraft}
          onSubmit={(r) => actor.send({ type: 'review.saved', review: r })}
          onDraft={(r) => actor.send({ type: 'review.drafted', review: r })}
          onDiscard={() =>
            actor.send({ type: 'draft.discarded', draft: { kind: 'review', reviewId: existing?.id ?? review.id } })
          }
          onCancel={home}
        />
        {!existing && (
          // Answered over a saved review: say so where the user looks for it.
          <section className="record-section" aria-labelledby="record-health-title">
            <h3 id="record-health-title">{t('record.health.title')}</h3>
            <p className="field__hint">{t('record.ui.healthAfterSave')}</p>
          </section>
        )}
        {existing && (
          <section className="record-section" aria-labelledby="record-health-title">
            <h3 id="record-health-title">{t('record.health.title')}</h3>
            <p className="field__hint">{t('record.ui.healthIntro')}</p>
            <ul className="record-history">
              {current.partners.partners.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    className="button button--secondary"
                    data-health-partner={p.id}
                    onClick={() => actor.send({ type: 'health.open', reviewId: existing.id, partnerId: p.id })}
                  >
                    {existing.health.some((h) => h.partnerId === p.id)
                      ? t('record.ui.healthEdit', { name: p.name })
                      : t('record.ui.healthAnswer', { name: p.name })}
                  </button>
                </li>
              ))}
            </ul>
            <HealthComparison review={existing} partnerName={partnerName} />
          </section>
        )}
      </>
    );
  }
  if (screen === 'health' && reviewId && partnerId) {
    const review = project.record.reviews.find((r) => r.id === reviewId);
    const draft = healthDraft(project, reviewId, partnerId);
    const answer =
      draft ?? review?.health.find((h) => h.partnerId === partnerId) ?? emptyHealthAnswer(partnerId, today);
    return (
      <HealthCheckForm
        key={`${reviewId}-${partnerId}`}
        partnerName={partnerName(partnerId)}
        initial={answer}
        fromDraft={draft !== null}
        onSubmit={(a) => actor.send({ type: 'health.answered', reviewId, answer: a })}
        onDraft={(a) => actor.send({ type: 'health.drafted', reviewId, answer: a })}
        onDiscard={() => actor.send({ type: 'draft.discarded', draft: { kind: 'health', reviewId, partnerId } })}
        onCancel={() => actor.send({ type: 'health.close' })}
        cancelLabel={review ? t('record.ui.backToReview', { n: review.number }) : undefined}
      />
    );
  }
  if (screen === 'amendment') {
    const amendment = project.record.amendments.find((a) => a.id === amendmentId);
    if (!amendment)
      return (
        <section className="record-form">
          <p>{t('record.ui.amendmentHow')}</p>
          <button type="button" className="button button--secondary" onClick={home}>
            {t('record.ui.back')}
          </button>
        </section>
      );
    const editable = Editor && !isAmendmentLocked(amendment);
    // The partners who sign, as the amendment's documents list them (the domain's answer).
    const parties = amendmentParties(project, amendment, chain);
    return (
      <>
        <AmendmentScreen
          key={amendment.id}
          project={current}
          record={project}
          amendment={amendment}
          chain={chain}
          today={today}
          parties={parties}
          onSave={(a) => actor.send({ type: 'amendment.saved', amendment: a })}
          onEdit={editable ? () => actor.send({ type: 'amendment.edit', amendmentId: amendment.id }) : undefined}
          onCancel={home}
        />
        <DiscardDraft amendment={amendment} onDiscard={() => discard(amendment.id)} />
      </>
    );
  }
  if (screen === 'drafting') {
    const amendment = project.record.amendments.find((a) => a.id === amendmentId);
    if (amendment && Editor)
      return (
        <>
          <Editor
            key={amendment.id}
            amendment={amendment}
            current={current}
            onChanges={(changes) => saveChanges(amendment.id, changes)}
            onReview={() => actor.send({ type: 'amendment.open', amendmentId: amendment.id })}
            onBack={home}
          />
          <DiscardDraft amendment={amendment} onDiscard={() => discard(amendment.id)} />
        </>
      );
  }
  if (screen === 'inForce')
    return (
      <TextInForce project={project} chain={chain} onBack={home} onDownload={() => onDownload({ kind: 'inForce' })} />
    );
  if (screen === 'closing') {
    const draft = closingDraft(project);
    return (
      <ClosingForm
        project={current}
        initial={draft ?? project.record.closing ?? newClosing(current, today)}
        fromDraft={draft !== null}
        onSubmit={(c) => actor.send({ type: 'closing.saved', closing: c })}
        onDraft={(c) => actor.send({ type: 'closing.drafted', closing: c })}
        onDiscard={() => actor.send({ type: 'draft.discarded', draft: { kind: 'closing' } })}
        onCancel={home}
      />
    );
  }
  return (
    <RecordHome
      project={project}
      chain={chain}
      today={today}
      onNewReview={() => actor.send({ type: 'review.open', reviewId: null })}
      onOpenReview={(id) => actor.send({ type: 'review.open', reviewId: id })}
      onOpenAmendment={(id) => actor.send({ type: 'amendment.open', amendmentId: id })}
      draft={draftInProgress(chain)}
      onDraftAmendment={Editor ? () => void startDraft() : undefined}
      onEditDraft={Editor ? (id) => actor.send({ type: 'amendment.edit', amendmentId: id }) : undefined}
      onClosing={() => actor.send({ type: 'closing.open' })}
      onReadInForce={() => actor.send({ type: 'inForce.open' })}
      onDownload={onDownload}
    />
  );
}

/**
 * The record's screens with focus management: when the screen changes, focus moves to its
 * heading, so keyboard and screen-reader users land at the start of what they opened.
 */
export function RecordScreen(props: RecordScreenProps) {
  const actor = RecordContext.useActorRef();
  const screen = String(RecordContext.useSelector((s) => s.value));
  // Back from a health check lands where it was opened: its partner's button in the review.
  const targetAfter = (from: string, to: string) => {
    const partnerId = actor.getSnapshot().context.partnerId;
    return from === 'health' && to === 'review' && partnerId
      ? `[data-health-partner="${CSS.escape(partnerId)}"]`
      : null;
  };
  return (
    <FocusOnChange trigger={screen} targetAfter={targetAfter}>
      <RecordScreenBody {...props} />
    </FocusOnChange>
  );
}

/**
 * Moves focus when `trigger` changes: to what `targetAfter` names (a selector) for that
 * change, or else to the screen's heading.
 */
function FocusOnChange({
  trigger,
  targetAfter,
  children,
}: {
  trigger: string;
  targetAfter: (from: string, to: string) => string | null;
  children: ReactNode;
}) {
  const box = useRef<HTMLDivElement>(null);
  // The screen focus last moved for; the effect runs again only when it changes.
  const last = useRef<string | null>(null);
  // In the commit that draws the new screen: the focus never rests on the page meanwhile.
  useLayoutEffect(() => {
    const from = last.current;
    last.current = trigger;
    // Not on the first render: opening the record must not steal focus from the app.
    if (from === null || from === trigger) return;
    const selector = targetAfter(from, trigger);
    const target = selector ? box.current?.querySelector<HTMLElement>(selector) : null;
    if (target) {
      target.focus();
      return;
    }
    const heading = box.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [trigger]);
  return <div ref={box}>{children}</div>;
}
