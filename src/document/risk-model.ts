import { draftRiskLevel, type DraftScale } from '../domain/risk-rating';
import { versionDate } from '../domain/version-date';
import { typeset } from './typography';
import { riskLevel } from '../domain/risk-rating';
import type { Locale, Translate } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import type { RiskChecklistModel, RiskItem, RiskLevel, RiskMatrixBlock } from './document-model';
import { joinNames, label, modelContext, type ModelContext } from './model-helpers';

const LEVELS: RiskLevel[] = ['low', 'medium', 'high', 'critical'];

export function riskItems(ctx: ModelContext): RiskItem[] {
  const { t } = ctx;
  // A draft's risk added by hand may have no category, rating or response yet: the
  // documents say so rather than print a value nobody chose.
  const toChoose = t('doc.risks.toChoose');
  const chosen = (prefix: string, id: string | number) => (id === '' ? toChoose : label(t, prefix, id));
  const scale = (v: DraftScale) => (v === '' ? null : v);
  return ctx.project.impacts.risks.map((r, i) => {
    const level = draftRiskLevel(r);
    return {
      number: i + 1,
      title: r.title.trim(),
      category: chosen('riskCategory', r.category),
      description: r.description.trim(),
      likelihood: scale(r.likelihood),
      severity: scale(r.severity),
      likelihoodLabel: chosen('riskScale', r.likelihood),
      severityLabel: chosen('riskScale', r.severity),
      level,
      levelLabel: level === null ? toChoose : label(t, 'riskLevel', level),
      response: chosen('riskResponse', r.response),
      mitigation: r.mitigation.trim(),
      owner: ctx.partnerName(r.ownerId),
      reviewDate: ctx.date(r.reviewDate),
      reviewDateShort: ctx.shortDate(r.reviewDate),
      status: label(t, 'riskStatus', r.status),
    };
  });
}

export function riskMatrix(items: RiskItem[], t: Translate): RiskMatrixBlock {
  const cells: RiskMatrixBlock['cells'] = [];
  for (let likelihood = 1; likelihood <= 4; likelihood++) {
    for (let severity = 1; severity <= 4; severity++) {
      cells.push({
        likelihood,
        severity,
        level: riskLevel({ likelihood, severity }),
        riskNumbers: items.filter((r) => r.likelihood === likelihood && r.severity === severity).map((r) => r.number),
      });
    }
  }
  return {
    type: 'riskMatrix',
    title: t('doc.risks.matrix'),
    likelihoodLabel: t('doc.risks.likelihood'),
    severityLabel: t('doc.risks.severity'),
    scaleLabels: [
      label(t, 'riskScale', 1),
      label(t, 'riskScale', 2),
      label(t, 'riskScale', 3),
      label(t, 'riskScale', 4),
    ],
    cells,
    levelLabels: Object.fromEntries(LEVELS.map((l) => [l, label(t, 'riskLevel', l)])) as Record<RiskLevel, string>,
  };
}

/**
 * The sentence that says which risks the matrix leaves out because their likelihood or
 * severity is still to choose (a draft), or null when every risk is in it.
 */
export function unratedNote(items: RiskItem[], t: Translate, locale: Locale): string | null {
  const numbers = items.filter((r) => r.level === null).map((r) => String(r.number));
  if (numbers.length === 0) return null;
  return t('doc.risks.unrated', { count: numbers.length, list: joinNames(numbers, locale) });
}

export interface ChecklistOptions {
  fingerprint: string;
}

export function buildRiskChecklistModel(
  project: DraftProject,
  t: Translate,
  locale: Locale,
  { fingerprint }: ChecklistOptions,
): RiskChecklistModel {
  const ctx = modelContext(project, t, locale);
  const risks = riskItems(ctx);
  // `t` stays single-language for the metadata; `tt` and `head` follow bilingualDocuments.
  const { t: tt, tHead: head } = ctx;
  const partnershipTitle = project.partners.title.trim() || tt('doc.charterTitle');
  const documentTitle = tt('doc.riskChecklistTitle');
  return typeset({
    meta: {
      locale,
      title: `${t('doc.riskChecklistTitle')} — ${project.partners.title.trim() || t('doc.charterTitle')}`,
      subject: t('doc.subject'),
      author: joinNames(
        project.partners.partners.map((p) => p.name),
        locale,
      ),
      keywords: t('doc.keywords'),
    },
    partnershipTitle,
    documentTitle,
    versionDate: ctx.date(versionDate(project)),
    fingerprint,
    // Said before the matrix, which it concerns: the checklist's matrix follows its intro.
    intro: [tt('doc.risks.checklistIntro'), unratedNote(risks, tt, locale)].filter((s) => s !== null).join(' '),
    ...(project.illustrativeExample ? { illustrativeNote: tt('guide.examples.illustrative') } : {}),
    ...(risks.length === 0 ? { noRisks: tt('doc.risks.none') } : {}),
    matrix: riskMatrix(risks, tt),
    risks,
    labels: {
      number: head('doc.risks.number'),
      risk: head('doc.risks.risk'),
      category: head('doc.risks.category'),
      description: head('doc.risks.description'),
      likelihood: head('doc.risks.likelihood'),
      severity: head('doc.risks.severity'),
      level: head('doc.risks.level'),
      rating: head('doc.risks.rating'),
      mitigation: head('doc.risks.mitigation'),
      owner: head('doc.risks.owner'),
      reviewDate: head('doc.risks.reviewDate'),
      status: head('doc.risks.status'),
      response: head('doc.risks.response'),
      done: head('doc.risks.done'),
      note: head('doc.risks.note'),
    },
  });
}
