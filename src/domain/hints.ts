import type { GuideKey } from '../i18n/messages/guide.fr';
import type { MessageVars } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import type { StepId } from '../content/catalogues';
import { HORIZON_GAP, horizonGap } from './compare-partners';
import { openDateIssues } from './agreement-checks';
import { isRated, riskLevel } from './risk-rating';

/**
 * A piece of advice, triggered by what the partners have (or have not yet) written. Hints
 * never block: the schemas decide what is required, hints point at what the method would
 * make the partners think about. Each message's source (the guide, or Cocharte's own
 * suggestion) is in content/guide-sources.ts and shown beside it.
 */
export interface Hint {
  /** Stable within a project: the hint kind, then `:` and the row it is about, if any. */
  id: string;
  step: StepId;
  severity: 'info' | 'warning';
  messageKey: GuideKey;
  vars?: MessageVars;
  /**
   * Also a point to settle before signing (the review lists it as missing): the review's
   * « points d’attention », which do not prevent signing, leave it out.
   */
  blocksSigning?: true;
}

export interface HintOptions {
  /** Today as `YYYY-MM-DD`; enables the overdue-review hint. Passed in to keep the function pure. */
  today?: string;
}

const SPONSORSHIP_KINDS = new Set(['financial-sponsorship', 'skills-sponsorship', 'in-kind-donation']);

/** The catalogue risk that covers the French actors' withdrawal (content/risk-catalogue.ts). */
const WITHDRAWAL_RISK_ID = 'ecosystem-withdrawal';

function isFrance(country: string): boolean {
  return /^\s*france\s*$/i.test(country);
}

/** A chosen date (`YYYY-MM-DD`) whose year no partnership charter means: before 1900 or after 2199. */
export function hasUnlikelyYear(isoDate: string): boolean {
  const year = Number(isoDate.slice(0, 4));
  return /^\d{4}-/.test(isoDate) && (year < 1900 || year > 2199);
}

export function hintsFor(project: DraftProject, { today }: HintOptions = {}): Hint[] {
  const hints: Hint[] = [];
  const partners = project.partners.partners;
  const byId = new Map(partners.map((p) => [p.id, p]));
  const nameOf = (id: string, fallback: string) => byId.get(id)?.name.trim() || fallback;

  // A project started from a worked example keeps its invented facts until replaced.
  if (project.illustrativeExample) {
    hints.push({
      id: 'illustrativeExample',
      step: 'partners',
      severity: 'info',
      messageKey: 'guide.hint.illustrativeExample',
    });
  }

  // Partners. A partner outside France counts as "southern" even if typed as a company
  // or public body: what matters to the guide is that the actors there are at the table.
  const hasSouthern = partners.some((p) => p.kind === 'southern' || (p.country.trim() !== '' && !isFrance(p.country)));
  if (!hasSouthern)
    hints.push({
      id: 'noSouthernPartner',
      step: 'partners',
      severity: 'warning',
      messageKey: 'guide.hint.noSouthernPartner',
    });

  const kinds = project.partners.partnershipKinds;
  if (kinds.length > 0 && kinds.every((k) => SPONSORSHIP_KINDS.has(k))) {
    hints.push({ id: 'sponsorshipOnly', step: 'partners', severity: 'info', messageKey: 'guide.hint.sponsorshipOnly' });
  }

  // Motivations.
  const motivations = project.motivations.byPartner;
  const horizonOf = (kind: string) =>
    motivations
      .filter((m) => byId.get(m.partnerId)?.kind === kind && m.timeHorizon !== '')
      .map((m) => ({ id: m.partnerId, horizon: m.timeHorizon }));
  for (const company of horizonOf('company')) {
    for (const association of horizonOf('association')) {
      // The gap the motivations step also shows (compare-partners.ts), here one way only:
      // the association looking further ahead than the company.
      if ((horizonGap(company.horizon, association.horizon) ?? 0) >= HORIZON_GAP) {
        hints.push({
          id: `timeHorizons:${company.id}:${association.id}`,
          step: 'motivations',
          severity: 'warning',
          messageKey: 'guide.hint.timeHorizons',
          vars: { company: nameOf(company.id, '?'), association: nameOf(association.id, '?') },
        });
      }
    }
  }

  if (project.motivations.sharedValues.length === 0) {
    hints.push({
      id: 'noSharedValues',
      step: 'motivations',
      severity: 'warning',
      messageKey: 'guide.hint.noSharedValues',
    });
  }
  // Only once the partners have started this step: an empty list is not yet a gap.
  if (motivations.length > 0 && motivations.every((m) => m.contactsThere.trim() === '')) {
    hints.push({
      id: 'noContactsThere',
      step: 'motivations',
      severity: 'info',
      messageKey: 'guide.hint.noContactsThere',
    });
  }

  // Follow-up.
  const followUp = project.followUp;
  if (followUp.reviewFrequency === '') {
    hints.push({
      id: 'noReviewFrequency',
      step: 'followUp',
      severity: 'info',
      messageKey: 'guide.hint.noReviewFrequency',
    });
  }
  if (followUp.milestones.length === 0) {
    hints.push({ id: 'noMilestones', step: 'followUp', severity: 'info', messageKey: 'guide.hint.noMilestones' });
  }
  if (followUp.indicators.length === 0) {
    hints.push({ id: 'noIndicators', step: 'followUp', severity: 'info', messageKey: 'guide.hint.noIndicators' });
  }
  // Dates that contradict each other are set at step 4 and confirmed, when meant, in the
  // term clause of step 3: each step says so, so neither reads « nothing to note ».
  const open = openDateIssues(followUp, project.framework.agreement.confirmedDateIssues);
  if (open.length > 0) {
    hints.push({
      id: 'datesToCorrect',
      step: 'followUp',
      severity: 'warning',
      messageKey: 'guide.hint.datesToCorrect',
      blocksSigning: true,
    });
    if (open.some((i) => i.confirmable))
      hints.push({
        id: 'datesToConfirm',
        step: 'framework',
        severity: 'warning',
        messageKey: 'guide.hint.datesToConfirm',
        blocksSigning: true,
      });
  }

  // A date whose year was typed short (« 15/03/20 » leaves 0020-03-15) or long prints as
  // it is in the charter the partners sign: one hint per date, among the points to talk
  // over before signing (a valid date, so it does not block).
  const dates: Array<[StepId, string, string]> = [
    ...project.framework.roles.map((r, i): [StepId, string, string] => ['framework', `role${i}`, r.validationDate]),
    ['followUp', 'start', followUp.startDate],
    ['followUp', 'end', followUp.endDate],
    ...followUp.milestones.map((m): [StepId, string, string] => ['followUp', m.id, m.date]),
    ...project.impacts.risks.map((r): [StepId, string, string] => ['impacts', r.id, r.reviewDate]),
  ];
  for (const [step, ref, date] of dates)
    if (hasUnlikelyYear(date))
      hints.push({
        id: `yearToCheck:${ref}`,
        step,
        severity: 'warning',
        messageKey: 'guide.hint.yearToCheck',
        vars: { date },
      });

  // Impacts and risks.
  const risks = project.impacts.risks;
  if (risks.length === 0) {
    hints.push({ id: 'noRisks', step: 'impacts', severity: 'info', messageKey: 'guide.hint.noRisks' });
  } else if (!risks.some((r) => r.catalogueId === WITHDRAWAL_RISK_ID)) {
    hints.push({
      id: 'withdrawalNotConsidered',
      step: 'impacts',
      severity: 'info',
      messageKey: 'guide.hint.withdrawalNotConsidered',
    });
  }
  risks.forEach((r, i) => {
    // Untitled rows are named by position so the message still points somewhere.
    const vars = { risk: r.title.trim() || `#${i + 1}` };
    if (!byId.has(r.ownerId)) {
      hints.push({
        id: `riskNoOwner:${r.id}`,
        step: 'impacts',
        severity: 'warning',
        messageKey: 'guide.hint.riskNoOwner',
        vars,
      });
    }
    if (r.reviewDate === '') {
      hints.push({
        id: `riskNoReviewDate:${r.id}`,
        step: 'impacts',
        severity: 'warning',
        messageKey: 'guide.hint.riskNoReviewDate',
        vars,
      });
    } else if (today && r.status !== 'closed' && r.reviewDate < today) {
      hints.push({
        id: `riskReviewOverdue:${r.id}`,
        step: 'impacts',
        severity: 'warning',
        messageKey: 'guide.hint.riskReviewOverdue',
        vars,
      });
    }
    if (r.ratingSuggested === true) {
      hints.push({
        id: `ratingToConfirm:${r.id}`,
        step: 'impacts',
        severity: 'info',
        messageKey: 'guide.hint.ratingToConfirm',
        vars,
      });
    }
    if (r.response === 'accept' && isRated(r) && riskLevel(r) === 'critical') {
      hints.push({
        id: `criticalAccepted:${r.id}`,
        step: 'impacts',
        severity: 'warning',
        messageKey: 'guide.hint.criticalAccepted',
        vars,
      });
    }
  });

  return hints;
}

/**
 * The project once the partners say they have replaced the example's illustrative facts:
 * the marker goes, and with it the hint and the documents' cover note.
 */
export function withIllustrativeFactsReplaced<P extends DraftProject>(project: P): P {
  const { illustrativeExample: _, ...rest } = project;
  return rest as P;
}
