import { clauseDefinition, type ClauseId } from '../content/clauses';
import { formatDate, type Locale, type MessageKey, type Translate } from '../i18n/i18n';
import { contributionValue, formatMoney, fundingPlan, timeBasis } from '../domain/agreement-funding';
import { partnershipEnd } from '../domain/schedule';
import { isCoSigned, partnerSignatures } from '../domain/signatures';
import type { Block } from './document-model';
import { counted, inBoth, periodText } from './agreement-text';
import { fields, label, nonEmpty, type ModelContext } from './model-helpers';
import { shortNameOf } from './parties-block';

// The clauses of the convention. Default wordings are Cocharte's suggestions (see
// content/clauses.ts); a clause the partners rewrote prints their text, an optional clause
// they left out prints nothing — no heading, no gap in the numbering.

function agreementOf(ctx: ModelContext) {
  return ctx.project.framework.agreement;
}

/** Clause wordings presuppose parties: an empty draft prints none of them. */
function hasParties(ctx: ModelContext): boolean {
  return ctx.project.partners.partners.some((p) => nonEmpty(p.name));
}

/** Paragraphs from a text, one per blank-line-separated part. */
function paragraphs(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((s) => s.trim())
    .filter(nonEmpty)
    .map((s) => ({ type: 'paragraph', text: s }));
}

/**
 * The clause as the partners chose it: Cocharte's wording (built in each document
 * language), their own text, or nothing for an optional clause left out.
 */
export function clauseBlocks(
  ctx: ModelContext,
  id: ClauseId,
  wording: (t: Translate, locale: Locale) => string,
): Block[] {
  if (!hasParties(ctx)) return [];
  const choice = agreementOf(ctx).clauses[id];
  if (choice.mode === 'omit' && clauseDefinition(id).optional) return [];
  if (choice.mode === 'custom') return paragraphs(choice.text);
  return paragraphs(inBoth(ctx, wording));
}

/** Cocharte's wording of a clause in one language, from the project's choices. */
export function suggestedWording(ctx: ModelContext, id: ClauseId, t: Translate): string {
  const a = agreementOf(ctx);
  switch (id) {
    case 'object':
      return t('clause.object.text', { title: ctx.project.partners.title.trim() || '…' });
    case 'term':
      return [t(`clause.term.text.${a.entryIntoForce}`), t(`clause.term.text.${a.renewal}`)].join(' ');
    case 'commitments':
    case 'contributions':
    case 'communication':
    case 'liability':
    case 'forceMajeure':
    case 'amendment':
      return t(`clause.${id}.text`);
    case 'governance':
      return t(`clause.governance.text.${a.decisionRule}`);
    case 'confidentiality':
      return a.confidentialityYears > 0
        ? t('clause.confidentiality.text', { years: counted(t, 'years', a.confidentialityYears) })
        : t('clause.confidentiality.textUntilEnd');
    case 'personalData':
      return [
        t(`clause.personalData.text.${a.dataController}`),
        t(a.dataTransfersOutsideEu ? 'clause.personalData.text.transfers' : 'clause.personalData.text.noTransfers'),
      ].join(' ');
    case 'intellectualProperty':
      return [
        t('clause.intellectualProperty.text.background'),
        t(`clause.intellectualProperty.text.${a.ipForeground}`),
      ].join(' ');
    case 'termination':
      return t('clause.termination.text', { days: counted(t, 'days', a.noticeDays) });
    case 'disputes': {
      const law = a.governingLaw.trim();
      const venue = a.venue.trim();
      const forum = a.forum === 'court' ? 'court' : 'arbitration';
      return [
        t('clause.disputes.text.amicable'),
        a.mediation ? t('clause.disputes.text.mediation') : '',
        law ? t('clause.disputes.text.law', { law }) : t('clause.disputes.text.frenchLaw'),
        venue ? t(`clause.disputes.text.${forum}At` as MessageKey, { venue }) : t(`clause.disputes.text.${forum}`),
      ]
        .filter(nonEmpty)
        .join(' ');
    }
    case 'language': {
      const prevailing = a.prevailingLanguage || ctx.locale;
      return t('clause.language.text', { language: t(`clause.language.name.${prevailing}`) });
    }
  }
}

function clause(ctx: ModelContext, id: ClauseId): Block[] {
  return clauseBlocks(ctx, id, (t) => suggestedWording(ctx, id, t));
}

function section(title: string, content: Block[]): Block[] {
  return content.length > 0 ? [{ type: 'subheading', text: title }, ...content] : [];
}

/** Opens the purpose article. */
export function objectClause(ctx: ModelContext): Block[] {
  return clause(ctx, 'object');
}

/** Opens the roles article, when there are roles to introduce. */
export function commitmentsClause(ctx: ModelContext, roles: Block[]): Block[] {
  return roles.length > 0 ? [...clause(ctx, 'commitments'), ...roles] : [];
}

/** Opens the governance article. */
export function governanceClause(ctx: ModelContext): Block[] {
  return clause(ctx, 'governance');
}

/** Closes the communication article: names and logos. */
export function communicationClause(ctx: ModelContext): Block[] {
  return clause(ctx, 'communication');
}

/** The partners' confidentiality text, then the clause with its duration. */
export function confidentialityArticle(ctx: ModelContext): Block[] {
  const own = paragraphs(ctx.project.framework.confidentiality);
  const wording = clause(ctx, 'confidentiality');
  return [...own, ...wording];
}

export function personalDataArticle(ctx: ModelContext): Block[] {
  return clause(ctx, 'personalData');
}

export function intellectualPropertyArticle(ctx: ModelContext): Block[] {
  return clause(ctx, 'intellectualProperty');
}

export function liabilityArticle(ctx: ModelContext): Block[] {
  return clause(ctx, 'liability');
}

export function forceMajeureArticle(ctx: ModelContext): Block[] {
  return clause(ctx, 'forceMajeure');
}

export function disputesArticle(ctx: ModelContext): Block[] {
  return clause(ctx, 'disputes');
}

/** Only a bilingual charter needs to say which version prevails. */
export function languageArticle(ctx: ModelContext): Block[] {
  return ctx.bilingual ? clause(ctx, 'language') : [];
}

/**
 * Entry into force, term and renewal, with the duration computed from the dates (never the
 * typed duration when both exist: contradictions are flagged on the review); then the
 * amendment and termination clauses after the partners' own texts.
 */
export function termArticle(ctx: ModelContext): Block[] {
  const { project, t } = ctx;
  const f = project.followUp;
  const end = partnershipEnd(f.startDate, f.endDate, f.durationMonths);
  // Computed from the dates; the typed duration only when there is no end date to compute from.
  const length = (tl: Translate) =>
    (f.endDate ? periodText(tl, f.startDate, f.endDate) : '') ||
    (f.durationMonths ? counted(tl, 'months', f.durationMonths) : '');
  const dates = fields(
    [t('doc.label.startDate'), ctx.date(f.startDate)],
    [t('doc.label.endDate'), ctx.date(end)],
    [t('doc.label.duration'), length(ctx.mono) ? inBoth(ctx, length) : ''],
  );
  const blocks: Block[] = [
    ...(dates.length > 0 ? [{ type: 'fields', items: dates } satisfies Block] : []),
    ...(dates.length > 0 || hasParties(ctx) ? clause(ctx, 'term') : []),
    ...section(t('doc.label.amendment'), [...paragraphs(project.framework.amendment), ...clause(ctx, 'amendment')]),
    ...section(t('doc.label.exit'), [...paragraphs(project.framework.exit), ...clause(ctx, 'termination')]),
  ];
  return blocks;
}

/**
 * Each partner's contributions as rows with a subtotal, the overall total, the funding
 * sought with its status, and whether the plan covers the project's cost.
 */
export function contributionsArticle(ctx: ModelContext): Block[] {
  const { project, t, tHead } = ctx;
  const a = agreementOf(ctx);
  const partners = project.partners.partners.filter((p) => nonEmpty(p.name));
  const ids = partners.map((p) => p.id);
  const rows = a.contributions.filter((c) => ids.includes(c.partnerId));
  const sources = a.fundingSources.filter((s) => nonEmpty(s.name) || s.amount !== null);
  if (rows.length === 0 && sources.length === 0) return [];
  const money = (n: number | null) => (n === null ? '' : formatMoney(ctx.locale, a.currency, n));
  const plan = fundingPlan(a, ids);
  const blocks: Block[] = [...clause(ctx, 'contributions')];

  if (rows.length > 0) {
    const table: string[][] = [];
    const totals: number[] = [];
    for (const p of partners) {
      const own = rows.filter((c) => c.partnerId === p.id);
      if (own.length === 0) continue;
      for (const c of own) {
        const time = timeBasis(c);
        const basis = time ? counted(ctx.mono, 'daysTimes', time.days, { rate: money(time.dailyRate) }) : '';
        table.push([
          shortNameOf(p),
          label(t, 'contributionKind', c.kind),
          c.description.trim(),
          basis,
          money(contributionValue(c)),
        ]);
      }
      const total = plan.byPartner.find((x) => x.partnerId === p.id)?.total ?? 0;
      totals.push(table.length);
      table.push([ctx.mono('agr.table.totalOf', { name: shortNameOf(p) }), '', '', '', money(total)]);
    }
    totals.push(table.length);
    table.push([t('agr.table.total'), '', '', '', money(plan.contributions)]);
    blocks.push({
      type: 'table',
      head: [
        tHead('agr.table.partner'),
        tHead('agr.table.kind'),
        tHead('agr.table.description'),
        tHead('agr.table.basis'),
        tHead('agr.table.value'),
      ],
      rows: table,
      // Amounts in CFA francs run to 17 characters: the value column never wraps mid-amount.
      widths: [1.3, 1.2, 1.9, 1.8, 1.8],
      totals,
    });
  }

  if (sources.length > 0) {
    blocks.push(
      { type: 'subheading', text: t('agr.funding.title') },
      {
        type: 'table',
        head: [tHead('agr.table.source'), tHead('agr.table.amount'), tHead('agr.table.status')],
        rows: sources.map((s) => [s.name.trim(), money(s.amount), label(t, 'fundingStatus', s.status)]),
        widths: [3, 1.8, 1.2],
      },
    );
  }

  if (plan.costs !== null) {
    blocks.push({
      type: 'fields',
      items: fields(
        [t('agr.funding.costs'), money(plan.costs)],
        [t('agr.funding.resources'), money(plan.resources)],
        [t('agr.funding.gap'), plan.gap > 0 ? money(plan.gap) : ''],
      ),
    });
    if (plan.gap === 0) blocks.push({ type: 'paragraph', text: t('agr.funding.covered') });
  }
  return blocks;
}

/** Annex 1 is always the risk checklist, then the documents the partners attach. */
export function annexesArticle(ctx: ModelContext): Block[] {
  if (!hasParties(ctx)) return [];
  const { t } = ctx;
  const titles = [
    t('agr.annexes.riskChecklist'),
    ...agreementOf(ctx)
      .annexes.map((x) => x.title.trim())
      .filter(nonEmpty),
  ];
  return [
    { type: 'paragraph', text: t('agr.annexes.intro') },
    { type: 'list', items: titles.map((title, i) => ctx.mono('agr.annexes.item', { n: i + 1, title })) },
  ];
}

/**
 * "Fait à Nantes, le 2 mars 2026, en 3 exemplaires originaux." The date is the last
 * signature's once the charter is co-signed (the signature rule); until then it is left
 * blank to be filled in. With no place agreed, the place where every partner signed;
 * signed in several places (by link), each signature gives its own place and date.
 */
export function madeAtParagraph(ctx: ModelContext): Block[] {
  if (!hasParties(ctx)) return [];
  const { project } = ctx;
  const a = agreementOf(ctx);
  const signed = isCoSigned(project)
    ? partnerSignatures(project).flatMap((p) => (p.signature ? [p.signature] : []))
    : [];
  const lastDate =
    signed
      .map((s) => s.date)
      .sort()
      .at(-1) ?? '';
  const places = [...new Set(signed.map((s) => s.place.trim()))];
  const place = a.signingPlace.trim() || (places.length === 1 ? (places[0] ?? '') : '');
  const copies = a.copies ?? project.partners.partners.length;
  const text = inBoth(ctx, (t, locale) =>
    place === '' && places.length > 1
      ? t('agr.madeAtEach', { copies: counted(t, 'copies', copies) })
      : t('agr.madeAt', {
          place: place || t('agr.blank'),
          date: lastDate ? formatDate(locale, lastDate) : t('agr.blank'),
          copies: counted(t, 'copies', copies),
        }),
  );
  return [{ type: 'paragraph', text }];
}
