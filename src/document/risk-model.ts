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
  return {
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
    versionDate: ctx.date(project.updatedAt),
    fingerprint,
    intro: tt('doc.risks.checklistIntro'),
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
  };
}
