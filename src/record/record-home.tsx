import { useI18n } from '../i18n/i18n-provider';
import { formatDate, type MessageKey } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { shortFingerprint } from '../domain/fingerprint';
import { canDraftAmendment, versionInForce, type ChainCheck } from '../domain/record-amendments';
import type { Amendment } from '../schemas/record.schema';
import type { RecordDocumentRequest } from '../domain/record-documents';
import { dueItems, type DueItem } from '../domain/record-schedule';
import { newReviewDraft } from '../domain/record-drafts';
import { isPartnershipClosed, nextReviewNumber } from '../domain/record-new';
import { HealthTrendChart } from './health-check';

export interface RecordHomeProps {
  /** The project as stored: its content is the original signed text. */
  project: DraftProject;
  chain: ChainCheck | null;
  /** Today's date (YYYY-MM-DD), from the app's clock. */
  today: string;
  onNewReview: () => void;
  onOpenReview: (reviewId: string) => void;
  onOpenAmendment: (amendmentId: string) => void;
  /** The amendment being drafted (nobody signed it yet), if any. */
  draft?: Amendment | null;
  /** Starts a new draft amendment; absent where the text cannot be edited. */
  onDraftAmendment?: () => void;
  onEditDraft?: (amendmentId: string) => void;
  onClosing: () => void;
  /** Opens the consolidated text in force. */
  onReadInForce?: () => void;
  onDownload: (request: RecordDocumentRequest) => void;
}

/**
 * The home of a signed charter: the signed version (read-only, with its fingerprint), the
 * version in force, what is due and overdue today, and the history of reviews,
 * amendments and the closing.
 */
export function RecordHome({
  project,
  chain,
  today,
  onNewReview,
  onOpenReview,
  onOpenAmendment,
  draft = null,
  onDraftAmendment,
  onEditDraft,
  onClosing,
  onReadInForce,
  onDownload,
}: RecordHomeProps) {
  const { t, locale } = useI18n();
  const date = (iso: string) => formatDate(locale, iso);
  const partnerName = (id: string) => project.partners.partners.find((p) => p.id === id)?.name ?? '';
  // Items are computed on the text in force, with the record as stored now (the chain is
  // checked again after each save, and may still be the one before it).
  const due = dueItems({ ...(chain?.current ?? project), record: project.record }, today);
  const overdue = due.filter((d) => d.overdue);
  const soon = due.filter((d) => !d.overdue);
  const original = chain?.versions[0];
  const inForce = chain ? versionInForce(chain) : undefined;
  const record = project.record;
  // A new review typed and not saved yet: « Nouveau bilan » takes it up again, under the number it will have.
  const reviewDraft = newReviewDraft(project) ? nextReviewNumber(project) : null;
  const describe = (d: DueItem) => {
    const vars = { date: date(d.date), title: d.title, owner: partnerName(d.ownerId) || t('record.doc.everyone') };
    if (d.kind === 'review') return t('record.ui.due.review', { ...vars, n: Number(d.ref) });
    return t(`record.ui.due.${d.kind}` as MessageKey, vars);
  };

  return (
    <section className="record-home" aria-labelledby="record-title">
      <h2 id="record-title">{t('record.ui.title')}</h2>

      <section className="record-section" aria-labelledby="record-signed">
        <h3 id="record-signed">{t('record.ui.signedVersion')}</h3>
        {original && (
          <p>
            {/* « By all » only when the chain says every party signed it (the signature rule). */}
            {original.fullySigned
              ? t('record.ui.signedBy', { count: original.signedBy.length })
              : t('record.ui.signedPartly', { signed: original.signedBy.length, total: original.parties.length })}{' '}
            <span className="record-fingerprint">
              {t('record.ui.fingerprint')} <code>{shortFingerprint(original.fingerprint)}</code>
            </span>
          </p>
        )}
        {inForce && inForce.number > 0 && (
          <p>
            {t('record.ui.inForce', { n: inForce.number })} <code>{shortFingerprint(inForce.fingerprint)}</code>
          </p>
        )}
        {chain && onReadInForce && (
          <p>
            <button type="button" className="button button--link" onClick={onReadInForce}>
              {t('record.ui.readInForce')}
            </button>
          </p>
        )}
        {chain && (
          <p role="status" className={chain.ok ? 'record-ok' : 'record-problem'}>
            {chain.ok
              ? t('record.ui.chainOk')
              : chain.problems.length === 1
                ? t('record.ui.chainBrokenOne')
                : t('record.ui.chainBrokenOther', { count: chain.problems.length })}
          </p>
        )}
      </section>

      <section className="record-section" aria-labelledby="record-due">
        <h3 id="record-due">{t('record.ui.dueTitle')}</h3>
        {overdue.length > 0 && (
          <>
            <h4>{t('record.ui.overdue')}</h4>
            <ul aria-label={t('record.ui.overdue')} className="record-overdue">
              {overdue.map((d) => (
                <li key={`${d.kind}-${d.ref}`}>{describe(d)}</li>
              ))}
            </ul>
          </>
        )}
        {soon.length > 0 && (
          <>
            <h4>{t('record.ui.soon')}</h4>
            <ul aria-label={t('record.ui.soon')}>
              {soon.map((d) => (
                <li key={`${d.kind}-${d.ref}`}>{describe(d)}</li>
              ))}
            </ul>
          </>
        )}
        {due.length === 0 && <p>{t('record.ui.nothingDue')}</p>}
        {!isPartnershipClosed(project) && (
          <div className="actions">
            <button type="button" className="button button--primary" onClick={onNewReview}>
              {reviewDraft ? t('record.ui.continueReview', { n: reviewDraft }) : t('record.ui.newReview')}
            </button>
            {draft && onEditDraft ? (
              <button type="button" className="button button--secondary" onClick={() => onEditDraft(draft.id)}>
                {t('record.ui.continueDraft', { n: draft.number })}
              </button>
            ) : (
              // One amendment at a time: none while another waits for its signatures.
              onDraftAmendment &&
              chain &&
              canDraftAmendment(project, chain) && (
                <button type="button" className="button button--secondary" onClick={onDraftAmendment}>
                  {t('record.ui.draftAmendment')}
                </button>
              )
            )}
            <button type="button" className="button button--secondary" onClick={onClosing}>
              {t('record.ui.closing')}
            </button>
          </div>
        )}
      </section>

      <section className="record-section" aria-labelledby="record-history">
        <h3 id="record-history">{t('record.ui.history')}</h3>
        {record.reviews.length === 0 && record.amendments.length === 0 && !record.closing && (
          <p>{t('record.ui.noHistory')}</p>
        )}
        <ul className="record-history">
          {[...record.reviews]
            .sort((a, b) => a.number - b.number)
            .map((r) => {
              const name = t('record.doc.reviewTitle', { n: r.number });
              return (
                <li key={r.id}>
                  <span>
                    {name} — {date(r.date)}
                  </span>{' '}
                  <button type="button" className="button button--link" onClick={() => onOpenReview(r.id)}>
                    {t('record.ui.open', { name })}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => onDownload({ kind: 'review', number: r.number })}
                  >
                    {t('record.ui.pdf', { name })}
                  </button>
                </li>
              );
            })}
          {[...record.amendments]
            .sort((a, b) => a.number - b.number)
            .map((a) => {
              const name = t('record.doc.amendmentTitle', { n: a.number });
              const v = chain?.versions.find((x) => x.number === a.number);
              return (
                <li key={a.id}>
                  <span>
                    {/* A draft without a subject yet shows none (it read « Avenant n° 1 — — … »). */}
                    {[
                      name,
                      a.title.trim(),
                      v?.fullySigned ? t('record.ui.amendmentInForce') : t('record.ui.amendmentPending'),
                    ]
                      .filter(Boolean)
                      .join(' — ')}
                  </span>{' '}
                  <button type="button" className="button button--link" onClick={() => onOpenAmendment(a.id)}>
                    {t('record.ui.open', { name })}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => onDownload({ kind: 'amendment', number: a.number })}
                  >
                    {t('record.ui.pdf', { name })}
                  </button>
                </li>
              );
            })}
          {record.closing && (
            <li>
              <span>
                {t('record.doc.closingTitle')} — {date(record.closing.date)}
                {record.closing.decision && ` — ${t(`record.decision.${record.closing.decision}` as MessageKey)}`}
              </span>{' '}
              <button type="button" className="button button--link" onClick={onClosing}>
                {t('record.ui.open', { name: t('record.doc.closingTitle') })}
              </button>{' '}
              <button type="button" className="button button--link" onClick={() => onDownload({ kind: 'closing' })}>
                {t('record.ui.pdf', { name: t('record.doc.closingTitle') })}
              </button>
            </li>
          )}
        </ul>
        <HealthTrendChart reviews={record.reviews} />
      </section>
    </section>
  );
}
