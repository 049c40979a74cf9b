import { createTranslator, formatDate, type Locale, type MessageKey, type Translate } from '../i18n/i18n';
import { versionDate } from '../domain/version-date';
import { typeset } from './typography';
import { OTHER_LOCALE, joinBilingual } from './bilingual';
import type { DraftProject } from '../schemas/project.schema';
import type { Article, ArticleId, Block, CharterModel, SignatureSlot } from './document-model';
import { fields, joinNames, label, modelContext, nonEmpty, type ModelContext } from './model-helpers';
import { riskItems, riskMatrix, unratedNote } from './risk-model';
import { buildTimeline } from './timeline-model';
import { groupedFingerprint, shortFingerprint } from '../domain/fingerprint';
import { signatureImageFits } from '../lib/png-size';
import { isCoSigned, partnerSignatures, signedCount as countSigned } from '../domain/signatures';
import { missingForSignature } from './draft-status';
import { auditTrailArticle, type AuditSignatureCheck } from './audit-trail-model';
import {
  annexesArticle,
  commitmentsClause,
  communicationClause,
  confidentialityArticle,
  contributionsArticle,
  disputesArticle,
  forceMajeureArticle,
  governanceClause,
  intellectualPropertyArticle,
  languageArticle,
  liabilityArticle,
  madeAtParagraph,
  objectClause,
  personalDataArticle,
  termArticle,
} from './agreement-articles';
import { partiesBlock, preambleContent } from './parties-block';
import { exampleSourcesKey } from './example-sources';

export interface CharterModelOptions {
  /** Content fingerprint of this version; signatures given on another one are flagged. */
  fingerprint?: string;
  /** The signatures with their cryptographic check: given, the audit trail page follows the signatures. */
  signatureChecks?: AuditSignatureCheck[];
  /**
   * The text in force of a partnership record: the signed charter with its co-signed
   * amendments applied (how many, and the day the latest took effect). Its cover says so,
   * and it offers nothing to sign: its signatures are the charter's and each amendment's,
   * on their own texts.
   */
  inForce?: { amendments: number; since?: string };
}

type ArticleBody = Block[];

/**
 * The charter as plain data, articles in the guide's order. Articles with nothing to say
 * are left out and the others numbered in sequence, so a draft still reads as a charter.
 */
export function buildCharterModel(
  project: DraftProject,
  t: Translate,
  locale: Locale,
  { fingerprint = '', signatureChecks = [], inForce }: CharterModelOptions = {},
): CharterModel {
  const ctx = modelContext(project, t, locale);
  const since = inForce?.since ?? '';
  // From here `tt` gives fixed texts in one or both languages; `t` stays single-language
  // for the metadata.
  const tt = ctx.t;
  const purposeBody = purpose(ctx);
  const governanceBody = governance(ctx);
  const communicationBody = communication(ctx);
  const bodies: Array<[ArticleId, ArticleBody]> = [
    ['parties', partiesBlock(ctx)],
    ['purpose', purposeBody.length > 0 ? [...objectClause(ctx), ...purposeBody] : []],
    ['motivations', motivations(ctx)],
    ['roles', commitmentsClause(ctx, roles(ctx))],
    ['contributions', contributionsArticle(ctx)],
    ['governance', governanceBody.length > 0 ? [...governanceClause(ctx), ...governanceBody] : []],
    ['communication', communicationBody.length > 0 ? [...communicationBody, ...communicationClause(ctx)] : []],
    ['followUp', followUp(ctx)],
    ['impacts', impacts(ctx)],
    ['risks', risks(ctx)],
    ['confidentiality', confidentialityArticle(ctx)],
    ['personalData', personalDataArticle(ctx)],
    ['intellectualProperty', intellectualPropertyArticle(ctx)],
    ['liability', liabilityArticle(ctx)],
    ['forceMajeure', forceMajeureArticle(ctx)],
    ['term', termArticle(ctx)],
    ['disputes', disputesArticle(ctx)],
    ['language', languageArticle(ctx)],
    ['annexes', annexesArticle(ctx)],
  ];
  const articles: Article[] = [];
  for (const [id, blocks] of bodies) {
    if (blocks.length > 0) articles.push(article(ctx, id, articles.length + 1, blocks));
  }
  // An incomplete charter is a draft: its last article lists what is missing instead of
  // offering signature boxes. Otherwise the article has no body of its own beyond its
  // intro: renderers draw the signature slots.
  const missing = missingForSignature(project, tt);
  const draft = missing.length > 0 ? { banner: tt('doc.draft.banner'), missing } : null;
  articles.push(
    article(
      ctx,
      'signatures',
      articles.length + 1,
      inForce
        ? [{ type: 'paragraph', text: tt('doc.signatures.inForce') }]
        : draft
          ? [
              { type: 'paragraph', text: tt('doc.draft.intro') },
              { type: 'list', items: missing },
            ]
          : [...madeAtParagraph(ctx), { type: 'paragraph', text: tt('doc.signatures.intro') }],
    ),
  );
  const audit = auditTrailArticle(ctx, signatureChecks, articles.length + 1, tt('doc.audit.ofCharter'));
  if (audit) articles.push(audit);

  const slots = signatureSlots(ctx);
  const signedCount = countSigned(project);
  const partnerCount = slots.length;
  const coSigned = isCoSigned(project);
  const sourcesKey = exampleSourcesKey(project.illustrativeExample);
  const tone = inForce || (!draft && coSigned) ? 'signed' : draft ? 'draft' : 'pending';
  const partnershipTitle = project.partners.title.trim() || tt('doc.charterTitle');
  const documentTitle = tt('doc.charterTitle');
  const partnerNames = project.partners.partners.map((p) => p.name);

  return typeset({
    meta: {
      locale,
      title: `${t('doc.charterTitle')} — ${project.partners.title.trim() || t('doc.charterTitle')}`,
      subject: t('doc.subject'),
      author: joinNames(partnerNames, locale),
      keywords: t('doc.keywords'),
    },
    partnershipTitle,
    documentTitle,
    versionDate: ctx.date(since || versionDate(project)),
    footerVersion: since
      ? t('doc.footer.inForceSince', { date: ctx.date(since) })
      : t('doc.footer.version', { date: ctx.date(versionDate(project)) }),
    fingerprint,
    cover: {
      between: tt('doc.cover.between'),
      partners: project.partners.partners.map((p) => ({
        name: p.name.trim(),
        kind: label(tt, 'partnerKind', p.kind),
        place: [p.city, p.country]
          .filter(nonEmpty)
          .map((s) => s.trim())
          .join(', '),
      })),
      version: since
        ? versionLine(ctx, 'doc.cover.inForceSince', since)
        : versionLine(ctx, 'doc.cover.version', versionDate(project)),
      status: inForce
        ? tt('doc.cover.inForce', { count: inForce.amendments })
        : draft
          ? draft.banner
          : coSigned
            ? tt('doc.cover.statusSigned', { total: partnerCount })
            : signedCount === 0
              ? tt('doc.cover.statusDraft')
              : tt('doc.cover.statusPartial', { signed: signedCount, total: partnerCount }),
      tone,
      signedCount,
      partnerCount,
      preamble: tt('doc.cover.preamble'),
      fingerprintLine: fingerprint ? tt('doc.cover.fingerprint', { fingerprint: shortFingerprint(fingerprint) }) : '',
      ...(project.illustrativeExample ? { illustrativeNote: tt('guide.examples.illustrative') } : {}),
      ...(sourcesKey
        ? { illustrativeSources: { title: tt('guideUi.example.sourcesTitle'), text: tt(sourcesKey) } }
        : {}),
    },
    articles,
    draft,
    signable: !draft && !inForce,
    signatures: {
      intro: tt('doc.signatures.intro'),
      fingerprintLabel: tt('doc.signatures.fingerprint'),
      slots,
      labels: {
        name: tt('doc.signatures.name'),
        title: tt('doc.signatures.title'),
        place: tt('doc.signatures.place'),
        date: tt('doc.signatures.date'),
        signature: tt('doc.signatures.signature'),
        typed: tt('doc.signatures.typed'),
        drawn: tt('doc.signatures.drawn'),
      },
    },
  });
}

function article(ctx: ModelContext, id: ArticleId, number: number, blocks: Block[]): Article {
  const title = ctx.t(`doc.article.${id}` as MessageKey);
  // The heading template is the same in both languages: fill it once, with the title in one
  // or both languages ("Article 2 — Objet du partenariat / Purpose of the partnership").
  return { id, number, title, heading: ctx.mono('doc.article.heading', { number, title }), blocks };
}

/** "Version du 2 mars 2026", then "Version of 2 March 2026" in bilingual documents. */
function versionLine(ctx: ModelContext, key: 'doc.cover.version' | 'doc.cover.inForceSince', iso: string): string {
  const main = ctx.mono(key, { date: ctx.date(iso) });
  if (!ctx.bilingual) return main;
  const other = OTHER_LOCALE[ctx.locale];
  return joinBilingual(main, createTranslator(other)(key, { date: formatDate(other, iso) }));
}

function paragraph(text: string): Block[] {
  return nonEmpty(text) ? [{ type: 'paragraph', text: text.trim() }] : [];
}

function fieldsBlock(items: ReturnType<typeof fields>): Block[] {
  return items.length > 0 ? [{ type: 'fields', items }] : [];
}

function list(items: string[]): Block[] {
  const kept = items.filter(nonEmpty);
  return kept.length > 0 ? [{ type: 'list', items: kept }] : [];
}

/** A sub-heading followed by its content, or nothing when the content is empty. */
function section(title: string, content: Block[]): Block[] {
  return content.length > 0 ? [{ type: 'subheading', text: title }, ...content] : [];
}

function purpose({ project, t }: ModelContext): Block[] {
  const step = project.partners;
  const kinds = step.partnershipKinds.map((k) => label(t, 'partnershipKind', k));
  if (nonEmpty(step.otherPartnershipKind)) kinds.push(step.otherPartnershipKind.trim());
  return [
    ...paragraph(project.framework.purpose),
    ...section(t('doc.label.partnershipKinds'), list(kinds)),
    ...section(
      t('doc.label.partnershipSubtypes'),
      list(step.partnershipSubtypes.map((k) => label(t, 'rameauSubtype', k))),
    ),
    ...section(t('doc.label.directions'), list(step.directions.map((d) => label(t, 'direction', d)))),
    ...section(
      t('doc.label.zone'),
      fieldsBlock(
        fields(
          [t('doc.label.country'), step.zone.countries],
          [t('doc.label.region'), step.zone.region],
          [t('doc.label.setting'), label(t, 'setting', step.zone.setting)],
          [t('doc.label.infrastructure'), step.zone.infrastructure],
        ),
      ),
    ),
    ...section(t('doc.label.expertiseNeeded'), paragraph(step.expertiseNeeded)),
  ];
}

function motivations(ctx: ModelContext): Block[] {
  const { project, t } = ctx;
  const step = project.motivations;
  // The recitals set out the motivations and the common ethic: the article points to them.
  const recited = preambleContent(project);
  const inPreamble = new Set(recited.motivations.map((m) => m.partnerId));
  const blocks: Block[] = [
    ...(inPreamble.size > 0 || recited.statement
      ? [{ type: 'paragraph', text: t('doc.motivations.inPreamble') } satisfies Block]
      : []),
    ...section(t('doc.label.sharedValues'), list(step.sharedValues.map((v) => label(t, 'value', v)))),
  ];
  for (const m of step.byPartner) {
    blocks.push(
      ...section(
        ctx.partnerName(m.partnerId),
        fieldsBlock(
          fields(
            [t('doc.label.motivations'), inPreamble.has(m.partnerId) ? '' : m.motivations],
            [t('doc.label.expectations'), m.expectations],
            [t('doc.label.returnOnInvestment'), m.returnOnInvestment],
            [t('doc.label.timeHorizon'), label(t, 'timeHorizon', m.timeHorizon)],
            [t('doc.label.skills'), m.skills],
            [t('doc.label.sharedValues'), m.values.map((v) => label(t, 'value', v)).join(', ')],
            [t('doc.label.contactsHere'), m.contactsHere],
            [t('doc.label.contactsThere'), m.contactsThere],
          ),
        ),
      ),
    );
  }
  return blocks;
}

function roles(ctx: ModelContext): Block[] {
  const { project, t } = ctx;
  return project.framework.roles.flatMap((r) =>
    section(
      ctx.partnerName(r.partnerId),
      fieldsBlock(
        fields(
          [t('doc.label.role'), r.role],
          [t('doc.label.commitments'), r.commitments],
          [t('doc.label.money'), r.money],
          [t('doc.label.staffTime'), r.staffTime],
          [t('doc.label.goods'), r.goods],
          [t('doc.label.expertise'), r.expertise],
        ),
      ),
    ),
  );
}

function governance({ project, t }: ModelContext): Block[] {
  const f = project.framework;
  return [...paragraph(f.governance), ...section(t('doc.label.steeringCommittee'), paragraph(f.steeringCommittee))];
}

function communication(ctx: ModelContext): Block[] {
  const { project, t } = ctx;
  const f = project.framework;
  const validations = f.roles
    .filter((r) => nonEmpty(r.validatedBy) || nonEmpty(r.validationDate))
    .map((r) => [ctx.partnerName(r.partnerId), r.validatedBy.trim(), ctx.date(r.validationDate)]);
  return [
    ...(validations.length > 0
      ? [
          {
            type: 'table',
            head: [
              ctx.tHead('doc.label.partner'),
              ctx.tHead('doc.label.validatedBy'),
              ctx.tHead('doc.label.validationDate'),
            ],
            rows: validations,
            widths: [2, 2, 1],
          } satisfies Block,
        ]
      : []),
    ...section(t('doc.label.communication'), paragraph(f.communication)),
    ...section(t('doc.label.logoUse'), paragraph(label(t, 'logoUse', f.logoUse))),
  ];
}

function followUp(ctx: ModelContext): Block[] {
  const { project, t } = ctx;
  const f = project.followUp;
  const milestones = f.milestones.map((m, i) => [
    String(i + 1),
    ctx.date(m.date),
    m.title.trim(),
    m.partnerId ? ctx.partnerName(m.partnerId) : t('doc.label.allPartners'),
  ]);
  const indicators = f.indicators.map((i) => [i.name.trim(), i.target.trim()]);
  const timeline = buildTimeline(ctx);
  return [
    ...fieldsBlock(
      fields(
        [t('doc.label.startDate'), ctx.date(f.startDate)],
        [t('doc.label.reviewFrequency'), label(t, 'reviewFrequency', f.reviewFrequency)],
      ),
    ),
    ...(timeline ? [timeline] : []),
    ...section(
      t('doc.label.milestones'),
      milestones.length > 0
        ? [
            {
              type: 'table',
              head: [
                ctx.tHead('doc.risks.number'),
                ctx.tHead('doc.label.date'),
                ctx.tHead('doc.label.milestone'),
                ctx.tHead('doc.label.responsible'),
              ],
              rows: milestones,
              widths: [0.5, 1.4, 3, 1.8],
            },
          ]
        : [],
    ),
    ...section(
      t('doc.label.indicators'),
      indicators.length > 0
        ? [
            {
              type: 'table',
              head: [ctx.tHead('doc.label.indicator'), ctx.tHead('doc.label.target')],
              rows: indicators,
              widths: [1, 1],
            },
          ]
        : [],
    ),
    ...section(t('doc.label.difficultyProcess'), paragraph(f.difficultyProcess)),
  ];
}

function impacts(ctx: ModelContext): Block[] {
  const { project, t } = ctx;
  const step = project.impacts;
  const blocks: Block[] = [];
  for (const e of step.byPartner) {
    blocks.push(
      ...section(ctx.partnerName(e.partnerId), [
        ...list(e.effects.map((x) => label(t, 'effect', x))),
        ...paragraph(e.other),
      ]),
    );
  }
  blocks.push(
    ...section(t('doc.label.southImpacts'), [
      ...list(step.southImpacts.map((x) => label(t, 'southImpact', x))),
      ...paragraph(step.otherSouthImpacts),
    ]),
  );
  return blocks;
}

const unratedParagraph = (note: string | null): Block[] => (note === null ? [] : [{ type: 'paragraph', text: note }]);

function risks(ctx: ModelContext): Block[] {
  const { t } = ctx;
  const items = riskItems(ctx);
  if (items.length === 0) return [];
  return [
    { type: 'paragraph', text: t('doc.risks.intro', { count: items.length }) },
    riskMatrix(items, t),
    ...unratedParagraph(unratedNote(items, t, ctx.locale)),
    {
      type: 'table',
      head: [
        ctx.tHead('doc.risks.number'),
        ctx.tHead('doc.risks.risk'),
        ctx.tHead('doc.risks.category'),
        ctx.tHead('doc.risks.level'),
        ctx.tHead('doc.risks.owner'),
      ],
      rows: items.map((r) => [String(r.number), r.title, r.category, r.levelLabel, r.owner]),
      widths: [0.5, 3, 2, 1, 1.8],
    },
  ];
}

function signatureSlots(ctx: ModelContext): SignatureSlot[] {
  const { project, t } = ctx;
  // The signature rule (domain/signatures.ts) says which record to show and whether it
  // counts; one that does not is printed with the version it was given on.
  const statuses = partnerSignatures(project);
  return project.partners.partners.map((p, i) => {
    const status = statuses[i];
    const s = status?.signature;
    return {
      partnerName: p.name.trim(),
      partnerKind: label(t, 'partnerKind', p.kind),
      signed: s
        ? {
            name: s.signatoryName.trim(),
            title: s.signatoryTitle.trim(),
            place: s.place.trim(),
            date: ctx.date(s.date),
            method: s.method,
            // An image too large to decode safely is left out, and the slot says why.
            ...(s.method === 'drawn' && s.image
              ? signatureImageFits(s.image)
                ? { image: s.image }
                : { imageNote: t('doc.signatures.imageTooLarge') }
              : {}),
            ...(status?.state !== 'signed'
              ? {
                  // The whole fingerprint, in groups of 16: the reader compares it with
                  // the version they were sent, so a shortened one would prove nothing.
                  otherVersionNote: t('doc.signatures.otherVersion', {
                    fingerprint: groupedFingerprint(s.fingerprint),
                  }),
                }
              : {}),
          }
        : null,
    };
  });
}
