import type { Locale, MessageKey, Translate } from '../i18n/i18n';
import { typeset } from './typography';
import type { DraftProject } from '../schemas/project.schema';
import { HEALTH_QUESTION_IDS, type Amendment, type Review } from '../schemas/record.schema';
import { shortFingerprint } from '../domain/fingerprint';
import type { AmendmentParty } from '../domain/record-amendments';
import { signatureStates } from '../domain/signatures';
import { healthDiscussion } from '../domain/record-health';
import { indicatorHistory, riskHistory } from '../domain/record-history';
import type { Article, Block, CharterModel, DocumentMeta, FieldItem, RiskItem, SignatureSlot } from './document-model';
import { auditTrailArticle, type AuditSignatureCheck } from './audit-trail-model';
import { fields, joinNames, label, modelContext, nonEmpty, type ModelContext } from './model-helpers';
import { riskMatrix } from './risk-model';
import { draftRiskLevel, riskLevel, riskScore } from '../domain/risk-rating';

/**
 * Documents of the partnership record (issue 13): a review report, an amendment and a
 * closing report. They use the charter's block types, so the PDF renderer (and later the
 * web page) lays them out the same way. Every text is in the document language.
 */
export type RecordDocumentKind = 'review' | 'amendment' | 'closing';

export interface RecordSection {
  heading: string;
  blocks: Block[];
}

export interface RecordDocumentModel {
  kind: RecordDocumentKind;
  meta: DocumentMeta;
  partnershipTitle: string;
  documentTitle: string;
  versionDate: string;
  /** Printed in the footers: the charter version in force, or the amendment's own. */
  fingerprint: string;
  summary: FieldItem[];
  sections: RecordSection[];
  /** An amendment is co-signed on its own; the reports are not signed. */
  signatures: CharterModel['signatures'] | null;
  /** A signed amendment's audit trail (its signatures and their checks), on a page of its own. */
  audit?: Article;
}

interface Base {
  ctx: ModelContext;
  t: Translate;
  partnershipTitle: string;
}

function base(project: DraftProject, t: Translate, locale: Locale): Base {
  const ctx = modelContext(project, t, locale);
  return { ctx, t, partnershipTitle: project.partners.title.trim() || t('doc.charterTitle') };
}

function meta(b: Base, locale: Locale, title: string): DocumentMeta {
  const names = b.ctx.project.partners.partners.map((p) => p.name);
  return {
    locale,
    title: `${b.partnershipTitle} — ${title}`,
    subject: title,
    author: joinNames(names, locale),
    keywords: b.t('record.doc.keywords'),
  };
}

const text = (s: string): Block[] => (nonEmpty(s) ? [{ type: 'paragraph', text: s.trim() }] : []);

/** A section, or nothing when it has no content. */
function section(heading: string, blocks: Block[]): RecordSection[] {
  return blocks.length > 0 ? [{ heading, blocks }] : [];
}

const none = (t: Translate) => t('record.doc.none');

function riskItemsAt(b: Base, states: Map<string, { likelihood: number; severity: number }>): RiskItem[] {
  const { ctx, t } = b;
  return ctx.project.impacts.risks.map((r, i) => {
    const s = states.get(r.id) ?? r;
    const level = draftRiskLevel(s);
    return {
      number: i + 1,
      title: r.title,
      category: label(t, 'riskCategory', r.category),
      description: r.description,
      likelihood: s.likelihood === '' ? null : s.likelihood,
      severity: s.severity === '' ? null : s.severity,
      likelihoodLabel: label(t, 'riskScale', s.likelihood),
      severityLabel: label(t, 'riskScale', s.severity),
      level,
      levelLabel: level === null ? '' : label(t, 'riskLevel', level),
      response: label(t, 'riskResponse', r.response),
      mitigation: r.mitigation,
      owner: ctx.partnerName(r.ownerId),
      reviewDate: ctx.date(r.reviewDate),
      reviewDateShort: ctx.shortDate(r.reviewDate),
      status: label(t, 'riskStatus', r.status),
    };
  });
}

const rating = (t: Translate, l: number, s: number) =>
  t('record.doc.rating', {
    level: label(t, 'riskLevel', riskLevel({ likelihood: l, severity: s })),
    score: riskScore({ likelihood: l, severity: s }),
  });

/**
 * The report of review N. `project` is the text in force at the review (the consolidated
 * project); `fingerprint` its content fingerprint.
 */
export function buildReviewReportModel(
  project: DraftProject,
  reviewNumber: number,
  t: Translate,
  locale: Locale,
  { fingerprint }: { fingerprint: string },
): RecordDocumentModel {
  const b = base(project, t, locale);
  const { ctx } = b;
  const reviews = [...project.record.reviews].sort((x, y) => x.number - y.number);
  const review = reviews.find((r) => r.number === reviewNumber);
  if (!review) throw new RangeError(`No review number ${reviewNumber}`);
  const upTo = reviews.filter((r) => r.number <= reviewNumber);
  const title = t('record.doc.reviewTitle', { n: review.number });
  const partnerList = (ids: string[]) => joinNames(ids.map(ctx.partnerName), locale);

  const milestones: Block[] =
    project.followUp.milestones.length === 0
      ? []
      : [
          {
            type: 'table',
            head: [
              t('record.doc.milestone'),
              t('record.doc.due'),
              t('doc.risks.owner'),
              t('record.doc.progress'),
              t('record.doc.comment'),
            ],
            rows: project.followUp.milestones.map((m) => {
              const p = review.milestones.find((x) => x.milestoneId === m.id);
              return [
                m.title,
                ctx.shortDate(m.date),
                ctx.partnerName(m.partnerId) || t('record.doc.everyone'),
                p?.status ? t(`record.progress.${p.status}` as MessageKey) : '',
                p?.comment ?? '',
              ];
            }),
            widths: [28, 13, 18, 17, 28],
          },
        ];

  const histories = indicatorHistory(project, upTo);
  const indicators: Block[] =
    histories.length === 0
      ? []
      : [
          {
            type: 'table',
            head: [
              t('record.doc.indicator'),
              t('record.doc.baseline'),
              t('record.doc.previous'),
              t('record.doc.actual'),
              t('record.doc.target'),
              t('record.doc.comment'),
            ],
            rows: histories.map((h) => {
              const now = h.points.find((p) => p.reviewNumber === review.number);
              const before = h.points.filter((p) => p.reviewNumber < review.number).at(-1);
              const reading = review.indicators.find((x) => x.indicatorId === h.indicatorId);
              return [
                h.name,
                reading?.baseline || h.baseline,
                before ? before.actual : '',
                now?.actual ?? '',
                h.target,
                reading?.comment ?? '',
              ];
            }),
            widths: [24, 16, 16, 16, 16, 24],
          },
        ];

  // The matrix before and after the review: the previous review's scores (or the signed
  // charter's) then this review's, so partners see each risk move.
  const history = riskHistory(project, upTo);
  const at = (n: 'before' | 'now') =>
    new Map(
      history.map((h) => {
        const pts = h.points.filter((p) =>
          n === 'now' ? p.reviewNumber <= review.number : p.reviewNumber < review.number,
        );
        const p = pts.at(-1)!;
        return [h.riskId, { likelihood: p.likelihood, severity: p.severity }];
      }),
    );
  const before = at('before');
  const now = at('now');
  const risks: Block[] =
    project.impacts.risks.length === 0
      ? []
      : [
          { ...riskMatrix(riskItemsAt(b, before), t), title: t('record.doc.matrixBefore') },
          { ...riskMatrix(riskItemsAt(b, now), t), title: t('record.doc.matrixNow') },
          {
            type: 'table',
            head: [
              t('doc.risks.number'),
              t('doc.risks.risk'),
              t('record.doc.ratingBefore'),
              t('record.doc.ratingNow'),
              t('doc.risks.status'),
              t('record.doc.nextReview'),
              t('record.doc.comment'),
            ],
            rows: project.impacts.risks.map((r, i) => {
              const x = review.risks.find((rr) => rr.riskId === r.id);
              const pb = before.get(r.id)!;
              const pn = now.get(r.id)!;
              return [
                String(i + 1),
                r.title,
                rating(t, pb.likelihood, pb.severity),
                rating(t, pn.likelihood, pn.severity),
                label(t, 'riskStatus', x?.status ?? r.status),
                x?.nextReviewDate ? ctx.shortDate(x.nextReviewDate) : '',
                x?.comment ?? '',
              ];
            }),
            widths: [6, 24, 16, 16, 12, 12, 22],
          },
        ];

  const views: Block[] = review.views.flatMap((v) => {
    const items = fields(
      [t('record.wentWell'), v.wentWell],
      [t('record.difficulties'), v.difficulties],
      [t('record.proposals'), v.proposals],
    );
    if (items.length === 0) return [];
    return [{ type: 'subheading', text: ctx.partnerName(v.partnerId) } as Block, { type: 'fields', items } as Block];
  });

  const health = healthBlocks(b, review);

  const actions: Block[] =
    review.actions.length === 0
      ? []
      : [
          {
            type: 'table',
            head: [t('record.doc.action'), t('doc.risks.owner'), t('record.doc.due'), t('doc.risks.status')],
            rows: review.actions.map((a) => [
              a.text,
              ctx.partnerName(a.ownerId) || t('record.doc.everyone'),
              ctx.shortDate(a.dueDate),
              a.done ? t('record.doc.actionDone') : t('record.doc.actionOpen'),
            ]),
            widths: [46, 20, 16, 14],
          },
        ];

  return typeset({
    kind: 'review',
    meta: meta(b, locale, title),
    partnershipTitle: b.partnershipTitle,
    documentTitle: title,
    versionDate: ctx.date(review.date),
    fingerprint,
    summary: fields(
      [t('record.doc.date'), ctx.date(review.date)],
      [t('record.doc.partnersPresent'), partnerList(review.partnerIds)],
      [t('record.participants'), review.participants],
      [t('record.doc.versionInForce'), shortFingerprint(fingerprint)],
    ),
    sections: [
      ...section(t('record.doc.milestones'), milestones),
      ...section(t('record.doc.indicators'), indicators),
      ...section(t('record.doc.risks'), risks),
      ...section(t('record.doc.views'), views),
      ...section(t('record.wentWell'), text(review.wentWell)),
      ...section(t('record.difficulties'), text(review.difficulties)),
      ...section(t('record.decisions'), text(review.decisions)),
      ...section(t('record.doc.actions'), actions),
      ...section(t('record.health.title'), health),
    ],
    signatures: null,
  });
}

function healthBlocks(b: Base, review: Review): Block[] {
  const { ctx, t } = b;
  if (review.health.length === 0) return [];
  const score = (n: number | null) => (n === null ? '—' : String(n));
  const blocks: Block[] = [
    { type: 'paragraph', text: t('record.health.source') },
    {
      type: 'table',
      head: [t('record.doc.question'), ...review.health.map((h) => ctx.partnerName(h.partnerId))],
      rows: HEALTH_QUESTION_IDS.map((q) => [
        t(`record.health.q.${q}` as MessageKey),
        ...review.health.map((h) => score(h.scores[q])),
      ]),
    },
  ];
  // Each partner's own words next to its scores: the comment is part of its answer.
  const comments = fields(...review.health.map((h): [string, string] => [ctx.partnerName(h.partnerId), h.comment]));
  if (comments.length > 0)
    blocks.push({ type: 'subheading', text: t('record.health.comments') }, { type: 'fields', items: comments });
  const points = healthDiscussion(review.health, review.partnerIds, {
    t,
    locale: ctx.locale,
    partnerName: ctx.partnerName,
  });
  if (points.length > 0)
    blocks.push({ type: 'subheading', text: t('record.health.toDiscuss') }, { type: 'list', items: points });
  return blocks;
}

/** Amendment N as the partners sign it: what changes, field by field, and its own signatures. */
export function buildAmendmentModel(
  project: DraftProject,
  amendment: Amendment,
  t: Translate,
  locale: Locale,
  {
    fingerprint,
    signatureChecks = [],
    parties = project.partners.partners,
  }: {
    fingerprint: string;
    signatureChecks?: AuditSignatureCheck[];
    /** Who signs it (domain/record-amendments.ts, amendmentParties); the text's partners by default. */
    parties?: readonly Pick<AmendmentParty, 'id' | 'name' | 'kind'>[];
  },
): RecordDocumentModel {
  const b = base(project, t, locale);
  const { ctx } = b;
  const title = t('record.doc.amendmentTitle', { n: amendment.number });
  const audit = auditTrailArticle(ctx, signatureChecks, 0, t('doc.audit.ofAmendment', { n: amendment.number }));
  // The signature rule on the amendment's own text says which record each box shows and
  // whether it counts; one that does not is printed with the version it was given on.
  const statuses = signatureStates(
    amendment.signatures,
    fingerprint,
    parties.map((p) => p.id),
  );
  const slots: SignatureSlot[] = parties.map((p, i) => {
    const status = statuses[i];
    const s = status?.signature;
    return {
      partnerName: p.name,
      partnerKind: p.kind ? label(t, 'partnerKind', p.kind) : '',
      signed: s
        ? {
            name: s.signatoryName,
            title: s.signatoryTitle,
            place: s.place,
            date: ctx.date(s.date),
            method: s.method,
            ...(s.image ? { image: s.image } : {}),
            ...(status?.state !== 'signed'
              ? { otherVersionNote: t('doc.signatures.otherVersion', { fingerprint: shortFingerprint(s.fingerprint) }) }
              : {}),
          }
        : null,
    };
  });
  return typeset({
    kind: 'amendment',
    meta: meta(b, locale, title),
    partnershipTitle: b.partnershipTitle,
    documentTitle: title,
    versionDate: ctx.date(amendment.date),
    fingerprint,
    summary: fields(
      [t('record.amendment.title'), amendment.title],
      [t('record.doc.date'), ctx.date(amendment.date)],
      [t('record.amendment.reason'), amendment.reason],
      [t('record.doc.amends'), amendment.amends.replace(/(.{16})(?=.)/g, '$1 ')],
      [t('record.doc.resulting'), amendment.resulting.replace(/(.{16})(?=.)/g, '$1 ')],
    ),
    sections: [
      {
        heading: t('record.doc.changes'),
        blocks:
          amendment.changes.length === 0
            ? [{ type: 'paragraph', text: none(t) }]
            : [
                {
                  type: 'table',
                  head: [t('doc.risks.number'), t('record.doc.item'), t('record.doc.before'), t('record.doc.after')],
                  rows: amendment.changes.map((c, i) => [
                    String(i + 1),
                    c.label,
                    c.beforeText || (c.kind === 'added' ? t('record.doc.added') : ''),
                    c.afterText || (c.kind === 'removed' ? t('record.doc.removed') : ''),
                  ]),
                  widths: [6, 30, 32, 32],
                },
                { type: 'paragraph', text: t('record.doc.unchanged') },
              ],
      },
    ],
    ...(audit ? { audit } : {}),
    signatures: {
      intro: t('record.doc.amendmentSignIntro', { n: amendment.number }),
      fingerprintLabel: t('record.doc.amendmentFingerprint'),
      slots,
      labels: {
        name: t('doc.signatures.name'),
        title: t('doc.signatures.title'),
        place: t('doc.signatures.place'),
        date: t('doc.signatures.date'),
        signature: t('doc.signatures.signature'),
        typed: t('doc.signatures.typed'),
        drawn: t('doc.signatures.drawn'),
      },
    },
  });
}

/** The closing report: results against expectations, lessons and the decision taken together. */
export function buildClosingReportModel(
  project: DraftProject,
  t: Translate,
  locale: Locale,
  { fingerprint }: { fingerprint: string },
): RecordDocumentModel {
  const b = base(project, t, locale);
  const { ctx } = b;
  const closing = project.record.closing;
  if (!closing) throw new RangeError('No closing recorded');
  const title = t('record.doc.closingTitle');
  const byPartner: Block[] = closing.byPartner.flatMap((e) => [
    { type: 'subheading', text: ctx.partnerName(e.partnerId) } as Block,
    {
      type: 'fields',
      items: fields(
        [t('record.closing.expected'), e.expected],
        [t('record.closing.results'), e.results || none(t)],
        [t('record.closing.impacts'), e.impacts],
      ),
    } as Block,
  ]);
  const histories = indicatorHistory(project, project.record.reviews);
  const indicators: Block[] =
    histories.length === 0
      ? []
      : [
          {
            type: 'table',
            head: [
              t('record.doc.indicator'),
              t('record.doc.baseline'),
              t('record.doc.lastValue'),
              t('record.doc.target'),
            ],
            rows: histories.map((h) => [h.name, h.baseline, h.points.at(-1)?.actual ?? '', h.target]),
          },
        ];
  const decision = closing.decision ? t(`record.decision.${closing.decision}` as MessageKey) : '';
  return typeset({
    kind: 'closing',
    meta: meta(b, locale, title),
    partnershipTitle: b.partnershipTitle,
    documentTitle: title,
    versionDate: ctx.date(closing.date),
    fingerprint,
    summary: fields(
      [t('record.doc.date'), ctx.date(closing.date)],
      [t('record.closing.decision'), decision],
      [t('record.closing.agreedBy'), joinNames(closing.agreedBy.map(ctx.partnerName), locale)],
      [t('record.doc.versionInForce'), shortFingerprint(fingerprint)],
      [t('record.doc.reviewsHeld'), String(project.record.reviews.length)],
    ),
    sections: [
      ...section(t('record.doc.byPartner'), byPartner),
      ...section(
        t('record.doc.south'),
        [
          {
            type: 'fields',
            items: fields(
              [t('record.closing.expected'), closing.southExpected],
              [t('record.closing.results'), closing.southResults],
            ),
          } as Block,
        ].filter((x) => x.type !== 'fields' || x.items.length > 0),
      ),
      ...section(t('record.doc.indicators'), indicators),
      ...section(t('record.closing.lessons'), text(closing.lessons)),
      ...section(t('record.closing.decision'), [
        {
          type: 'fields',
          // The decision itself heads the report (summary): here, what it means.
          items: fields(
            [t('record.closing.details'), closing.decisionDetails],
            [t('record.closing.replicateWhere'), closing.decision === 'replicate' ? closing.replicateWhere : ''],
          ),
        },
        { type: 'paragraph', text: t('record.closing.guideNote') },
      ]),
      ...section(
        t('record.doc.termination'),
        [
          {
            type: 'fields',
            items: fields(
              [t('record.doc.exitClause'), project.framework.exit],
              [t('record.closing.sharedResults'), closing.sharedResults],
              [t('record.closing.money'), closing.money],
              [t('record.closing.communication'), closing.communication],
            ),
          } as Block,
        ].filter((x) => x.type !== 'fields' || x.items.length > 0),
      ),
    ],
    signatures: null,
  });
}
