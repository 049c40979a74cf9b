import '../i18n/deferred-fr';
import '../project.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { DraftProject } from '../schemas/project.schema';
import { CHANGE_GROUPS, isContentGroup, type Change, type ChangeGroup } from './change';
import { markedTexts, type MarkedTexts } from './text-diff';
import { diffProjects } from './diff-projects';
import { diffRecords } from './diff-record';
import { formatContextFor, formatSide, type FormatContext } from './format-change';
import { mergeProjectsDetailed } from './merge-projects';
import { RecordChanges } from './record-changes';
import { MarkedText } from './marked-text';

interface CompareViewProps {
  local: DraftProject;
  incoming: DraftProject;
  onApply: (merged: DraftProject) => void;
  onCancel: () => void;
}

/**
 * What differs between the local project and a received copy, step by step, for the
 * receiving partner to choose from. Nothing is taken by default: accepting another
 * partner's wording is a decision, and an unnoticed ticked box would make it silently.
 */
export function CompareView({ local, incoming, onApply, onCancel }: CompareViewProps) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // The view replaces the screen: move focus to its title, as the wizard does for a step.
  useEffect(() => heading.current?.focus(), []);
  const changes = useMemo(() => diffProjects(local, incoming, t), [local, incoming, t]);
  // The records are not chosen from (they only grow) but listed: a copy that differs only
  // by its record (a partner's health check) still has something to apply.
  const recordDifferences = useMemo(() => diffRecords(local.record, incoming.record), [local, incoming]);
  const ctx = useMemo(() => formatContextFor(local, incoming, locale, t), [local, incoming, locale, t]);
  const [taken, setTaken] = useState<ReadonlySet<string>>(() => new Set());
  // Computed while choosing, so the consequences (voided signatures, rows that do not fit)
  // are said before applying rather than discovered after.
  const preview = useMemo(() => mergeProjectsDetailed(local, incoming, taken), [local, incoming, taken]);
  const marked = useMemo(() => new Map(changes.map((c) => [c.id, markedTexts(c)])), [changes]);
  const groups = CHANGE_GROUPS.map((g) => [g, changes.filter((c) => c.step === g)] as const).filter(
    ([, list]) => list.length > 0,
  );

  const toggle = (id: string, on: boolean) =>
    setTaken((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section className="compare" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1} ref={heading}>
        {t('collab.merge.title')}
      </h2>
      {changes.length === 0 && recordDifferences.length === 0 ? (
        <>
          <p>{t('collab.merge.none')}</p>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('collab.merge.close')}
          </button>
        </>
      ) : (
        <>
          {changes.length > 0 && <p className="step__intro">{t('collab.merge.intro')}</p>}
          {[...marked.values()].some(Boolean) && <p className="field__hint">{t('collab.merge.marksLegend')}</p>}
          <div className="compare__bulk" hidden={changes.length === 0}>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setTaken(new Set(changes.map((c) => c.id)))}
            >
              {t('collab.merge.takeAll')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setTaken(new Set())}>
              {t('collab.merge.leaveAll')}
            </button>
            <p className="compare__count" aria-live="polite">
              {t('collab.merge.count', { chosen: taken.size, total: changes.length })}
            </p>
          </div>
          {groups.map(([group, list]) => (
            <ChangeGroupSection
              key={group}
              group={group}
              changes={list}
              marked={marked}
              taken={taken}
              onToggle={toggle}
              ctx={ctx}
            />
          ))}
          <RecordChanges differences={recordDifferences} partnerName={ctx.partnerName} />
          <div aria-live="polite">
            {preview.signaturesVoided && <p className="panel panel--warning">{t('collab.merge.voidsSignatures')}</p>}
            {preview.skipped.length > 0 && (
              <p className="panel panel--warning">{t('collab.merge.skipped', { count: preview.skipped.length })}</p>
            )}
          </div>
          <div className="step__nav">
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('collab.merge.cancel')}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => onApply(mergeProjectsDetailed(local, incoming, taken).project)}
            >
              {t('collab.merge.apply')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}

interface GroupProps {
  group: ChangeGroup;
  changes: Change[];
  /** Per change id, a text's two versions with what differs marked (`null`: shown whole). */
  marked: ReadonlyMap<string, MarkedTexts | null>;
  taken: ReadonlySet<string>;
  onToggle: (id: string, on: boolean) => void;
  ctx: FormatContext;
}

function ChangeGroupSection({ group, changes, marked, taken, onToggle, ctx }: GroupProps) {
  const { t } = ctx;
  const headingId = useId();
  const title = isContentGroup(group) ? t(`step.${group}`) : t(`collab.merge.group.${group}`);
  return (
    <section className="compare__group" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {group === 'signatures' && <p className="field__hint">{t('collab.merge.signaturesNote')}</p>}
      <ul className="compare__list">
        {changes.map((c) => {
          const texts = marked.get(c.id);
          return (
            <li key={c.id} className={`compare__change compare__change--${c.kind}`}>
              <p className="compare__label">
                <strong>{c.label}</strong> <span className="compare__kind">({t(`collab.merge.kind.${c.kind}`)})</span>
              </p>
              <dl className="compare__values">
                <div>
                  <dt>{t('collab.merge.local')}</dt>
                  <dd>
                    {texts ? (
                      <MarkedText parts={texts.local} mark="removed" />
                    ) : (
                      <Lines lines={formatSide(c, 'local', ctx)} />
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t('collab.merge.incoming')}</dt>
                  <dd>
                    {texts ? (
                      <MarkedText parts={texts.incoming} mark="added" />
                    ) : (
                      <Lines lines={formatSide(c, 'incoming', ctx)} />
                    )}
                  </dd>
                </div>
              </dl>
              <label className="choice compare__take">
                <input
                  type="checkbox"
                  checked={taken.has(c.id)}
                  onChange={(e) => onToggle(c.id, e.currentTarget.checked)}
                />
                <span>
                  {t('collab.merge.take')}
                  {/* Every box has the same visible text; the hidden part tells them apart for screen readers. */}
                  <span className="visually-hidden">{t('collab.merge.takeWhat', { label: c.label })}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 1) return <span className="compare__text">{lines[0]}</span>;
  return (
    <ul className="compare__row">
      {lines.map((l, i) => (
        <li key={i} className="compare__text">
          {l}
        </li>
      ))}
    </ul>
  );
}
