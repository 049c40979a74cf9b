import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { once } from '../lib/once';
import { z } from '../lib/zod';
import { TextField } from '../components/form/controls';
import { ErrorSummary } from '../components/form/error-summary';
import { fieldId } from '../components/form/field-ids';
import { useI18n } from '../i18n/i18n-provider';
import { formatDate, type MessageKey } from '../i18n/i18n';
import {
  HEALTH_QUESTION_IDS,
  draftHealthAnswerSchema,
  makeHealthAnswerSchema,
  type HealthAnswer,
  type HealthQuestionId,
  type Review,
} from '../schemas/record.schema';
import { HEALTH_QUESTIONS, healthDiscussion, healthGaps, healthTrend } from '../domain/record-health';
import { DraftControls, type DraftFormProps, useDraftAutosave } from './use-draft-autosave';

const SCORES = [1, 2, 3, 4, 5] as const;

// Radio buttons hold strings: the form keeps '1'–'5' (or '' unanswered) and the schema
// reads them back as the 1–5 numbers the record stores.
const makeFormScore = () =>
  z.preprocess(
    (v) => (v === '' || v === null || v === undefined ? undefined : Number(v)),
    z.number({ error: 'errors.choose' }).int().min(1, { error: 'errors.choose' }).max(5, { error: 'errors.choose' }),
  );
// Built when the form first shows (lib/once.ts), not when a project opens.
const healthFormSchema = once(() => {
  const formScore = makeFormScore();
  return makeHealthAnswerSchema('complete').extend({
    scores: z.object(
      Object.fromEntries(HEALTH_QUESTION_IDS.map((q) => [q, formScore])) as Record<
        HealthQuestionId,
        ReturnType<typeof makeFormScore>
      >,
    ),
  });
});
// The form's values as the schema reads them (scores as the radio strings).
type HealthFormValues = z.input<ReturnType<typeof healthFormSchema>>;

function toFormValues(answer: HealthAnswer): HealthFormValues {
  return {
    ...answer,
    scores: Object.fromEntries(
      HEALTH_QUESTION_IDS.map((q) => [q, answer.scores[q] === null ? '' : String(answer.scores[q])]),
    ) as Record<HealthQuestionId, string>,
  };
}
/** The form's values as the record keeps a draft: unanswered questions are null. */
function toDraftAnswer(values: unknown): HealthAnswer | null {
  const v = values as Partial<HealthFormValues> | null;
  const scores = (v?.scores ?? {}) as Record<string, unknown>;
  const parsed = draftHealthAnswerSchema.safeParse({
    ...v,
    scores: Object.fromEntries(
      HEALTH_QUESTION_IDS.map((q) => {
        const s = scores[q];
        return [q, s === '' || s === null || s === undefined ? null : Number(s)];
      }),
    ),
  });
  return parsed.success ? parsed.data : null;
}
const question = (q: HealthQuestionId) => `record.health.q.${q}` as MessageKey;

/**
 * One partner answers the health check on its own (on its own device if it likes), before
 * the meeting; the answers are put side by side at the review.
 */
export function HealthCheckForm({
  partnerName,
  initial,
  onSubmit,
  onDraft,
  fromDraft = false,
  onDiscard,
  onCancel,
  cancelLabel,
}: DraftFormProps<HealthAnswer> & {
  partnerName: string;
  /** Where `onCancel` goes, as its button says it (the record's home by default). */
  cancelLabel?: string;
}) {
  const { t, te, locale } = useI18n();
  // « inspirée des freins … et de l’étape 4 … »: each source carries its own « de ».
  const sourceList = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const form = useForm<HealthFormValues, unknown, HealthAnswer>({
    resolver: zodResolver(healthFormSchema()),
    defaultValues: toFormValues(initial),
  });
  const draft = useDraftAutosave(form, toDraftAnswer, onDraft, fromDraft);
  const errors = form.formState.errors;
  // Failed submits: the error summary shows from the first one, as in the wizard's steps.
  const [failedSubmits, setFailedSubmits] = useState(0);
  return (
    <form
      className="record-form"
      noValidate
      aria-labelledby="health-title"
      onSubmit={form.handleSubmit(
        (data) => {
          draft.held();
          onSubmit(data);
        },
        () => setFailedSubmits((n) => n + 1),
      )}
    >
      <h2 id="health-title">{t('record.ui.healthFor', { name: partnerName })}</h2>
      <p className="field__hint">{t('record.health.source')}</p>
      <ErrorSummary errors={errors} failedSubmits={failedSubmits} />
      {HEALTH_QUESTION_IDS.map((q) => {
        const error = errors.scores?.[q]?.message;
        const errorId = `health-${q}-error`;
        return (
          <fieldset
            key={q}
            id={fieldId(`scores.${q}`)}
            className={`choices record-scale${error ? ' field--invalid' : ''}`}
            aria-describedby={error ? errorId : undefined}
            aria-invalid={error ? true : undefined}
          >
            <legend>{t(question(q))}</legend>
            <div className="choices__options record-scale__options">
              {SCORES.map((n) => (
                <label key={n} className="record-scale__option">
                  <input type="radio" value={n} {...form.register(`scores.${q}`)} />
                  <span>{t(`record.ui.scale.${n}` as MessageKey)}</span>
                </label>
              ))}
            </div>
            <p className="field__hint">
              {t('record.ui.drawsOn', {
                sources: sourceList.format(
                  HEALTH_QUESTIONS[q].drawsOn.map((s) =>
                    t('record.ui.drawsOnSource', { source: t(`record.drawsOn.${s}` as MessageKey) }),
                  ),
                ),
              })}
            </p>
            {error && (
              <p id={errorId} className="field__error">
                {te(error)}
              </p>
            )}
          </fieldset>
        );
      })}
      <TextField
        name="health-comment"
        label={t('record.ui.healthComment')}
        multiline
        registration={form.register('comment')}
      />
      <DraftControls draft={draft} onDiscard={onDiscard} />
      <div className="actions">
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {cancelLabel ?? t('record.ui.back')}
          </button>
        )}
        <button type="submit" className="button button--primary">
          {t('record.ui.healthSubmit')}
        </button>
      </div>
    </form>
  );
}

/**
 * The partners' answers side by side: each question's scores, the gaps between partners
 * highlighted and turned into questions for the meeting.
 */
export function HealthComparison({ review, partnerName }: { review: Review; partnerName: (id: string) => string }) {
  const { t, locale } = useI18n();
  if (review.health.length === 0) return <p>{t('record.ui.healthNone')}</p>;
  const gapOf = new Map(healthGaps(review.health).map((g) => [g.question, g]));
  const discuss = healthDiscussion(review.health, review.partnerIds, { t, locale, partnerName });
  const comments = review.health.filter((h) => h.comment.trim() !== '');
  return (
    <section aria-labelledby="health-compare-title" className="record-section">
      <h3 id="health-compare-title">{t('record.ui.healthCompare')}</h3>
      <div className="record-table-wrap">
        <table className="record-table">
          <caption className="visually-hidden">{t('record.ui.healthCompareCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('record.doc.question')}</th>
              {review.health.map((h) => (
                <th key={h.partnerId} scope="col">
                  {partnerName(h.partnerId)}
                </th>
              ))}
              <th scope="col">{t('record.ui.gap')}</th>
            </tr>
          </thead>
          <tbody>
            {HEALTH_QUESTION_IDS.map((q) => {
              const gap = gapOf.get(q);
              return (
                <tr key={q} className={gap ? 'record-gap' : undefined}>
                  <th scope="row">{t(question(q))}</th>
                  {review.health.map((h) => (
                    <td key={h.partnerId}>{h.scores[q] ?? '—'}</td>
                  ))}
                  <td>{gap ? t('record.ui.gapOf', { gap: gap.gap }) : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {comments.length > 0 && (
        <>
          <h4 id="health-comments-title">{t('record.health.comments')}</h4>
          <ul aria-labelledby="health-comments-title" className="record-health-comments">
            {comments.map((h) => (
              <li key={h.partnerId}>
                {t('record.health.commentBy', { name: partnerName(h.partnerId), comment: h.comment.trim() })}
              </li>
            ))}
          </ul>
        </>
      )}
      {discuss.length > 0 && (
        <>
          <h4>{t('record.health.toDiscuss')}</h4>
          <ul>
            {discuss.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const W = 320;
const H = 140;
const PAD = { left: 28, right: 30, top: 10, bottom: 26 };

/** The mean health score review after review, as a small chart with a text alternative. */
export function HealthTrendChart({ reviews }: { reviews: readonly Review[] }) {
  const { t, locale } = useI18n();
  const titleId = useId();
  const descId = useId();
  const points = healthTrend(reviews);
  if (points.length === 0) return null;
  const fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const x = (i: number) =>
    points.length === 1
      ? (PAD.left + W - PAD.right) / 2
      : PAD.left + (i * (W - PAD.left - PAD.right)) / (points.length - 1);
  const y = (v: number) => PAD.top + ((5 - v) * (H - PAD.top - PAD.bottom)) / 4;
  const desc = points
    .map((p) =>
      t('record.ui.trendPoint', { n: p.reviewNumber, date: formatDate(locale, p.date), mean: fmt.format(p.mean) }),
    )
    .join(t('record.ui.trendSeparator'));
  return (
    <figure className="record-trend">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        className="record-trend__svg"
      >
        <title id={titleId}>{t('record.ui.trendTitle')}</title>
        <desc id={descId}>{desc}</desc>
        {SCORES.map((s) => (
          <g key={s}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} stroke="#d0d7de" strokeWidth="1" />
            <text x={PAD.left - 6} y={y(s) + 4} textAnchor="end" fontSize="10" fill="#57606a">
              {s}
            </text>
          </g>
        ))}
        <polyline
          fill="none"
          stroke="#1f5a8a"
          strokeWidth="2"
          points={points.map((p, i) => `${x(i)},${y(p.mean)}`).join(' ')}
        />
        {points.map((p, i) => (
          <g key={p.reviewNumber}>
            <circle cx={x(i)} cy={y(p.mean)} r="4" fill="#1f5a8a" />
            <text x={x(i)} y={H - 8} textAnchor="middle" fontSize="10" fill="#57606a">
              {t('record.ui.trendAxis', { n: p.reviewNumber })}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{desc}</figcaption>
    </figure>
  );
}
