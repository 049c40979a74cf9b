import { riskLevel } from '../schemas/impacts.schema';
import type { Locale, Translate } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import type { RiskChecklistModel, RiskItem, RiskLevel, RiskMatrixBlock } from './document-model';
import { joinNames, label, modelContext, type ModelContext } from './model-helpers';

const LEVELS: RiskLevel[] = ['low', 'medium', 'high', 'critical'];

export function riskItems(ctx: ModelContext): RiskItem[] {
  const { t } = ctx;
  return ctx.project.impacts.risks.map((r, i) => {
    const level = riskLevel(r);
    return {
      number: i + 1,
      title: r.title.trim(),
      category: label(t, 'riskCategory', r.category),
      description: r.description.trim(),
      likelihood: r.likelihood,
      severity: r.severity,
      likelihoodLabel: label(t, 'riskScale', r.likelihood),
      severityLabel: label(t, 'riskScale', r.severity),
      level,
      levelLabel: label(t, 'riskLevel', level),
      response: label(t, 'riskResponse', r.response),
      mitigation: r.mitigation.trim(),
      owner: ctx.partnerName(r.ownerId),
      reviewDate: ctx.date(r.reviewDate),
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
    scaleLabels: [label(t, 'riskScale', 1), label(t, 'riskScale', 2), label(t, 'riskScale', 3), label(t, 'riskScale', 4)],
    cells,
    levelLabels: Object.fromEntries(LEVELS.map((l) => [l, label(t, 'riskLevel', l)])) as Record<RiskLevel, string>,
  };
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
  const partnershipTitle = project.partners.title.trim() || t('doc.charterTitle');
  const documentTitle = t('doc.riskChecklistTitle');
  return {
    meta: {
      locale,
      title: `${documentTitle} — ${partnershipTitle}`,
      subject: t('doc.subject'),
      author: joinNames(project.partners.partners.map((p) => p.name), locale),
      keywords: t('doc.keywords'),
    },
    partnershipTitle,
    documentTitle,
    versionDate: ctx.date(project.updatedAt),
    fingerprint,
    intro: t('doc.risks.checklistIntro'),
    matrix: riskMatrix(risks, t),
    risks,
    labels: {
      number: t('doc.risks.number'),
      risk: t('doc.risks.risk'),
      category: t('doc.risks.category'),
      description: t('doc.risks.description'),
      likelihood: t('doc.risks.likelihood'),
      severity: t('doc.risks.severity'),
      level: t('doc.risks.level'),
      mitigation: t('doc.risks.mitigation'),
      owner: t('doc.risks.owner'),
      reviewDate: t('doc.risks.reviewDate'),
      status: t('doc.risks.status'),
      response: t('doc.risks.response'),
      done: t('doc.risks.done'),
      note: t('doc.risks.note'),
    },
  };
}
