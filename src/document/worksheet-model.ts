// Blank worksheets for workshops on paper: per step, the guide's purpose and key questions
// with room to answer, then an empty grid with the charter's own field labels. Each text of
// the guide carries its source line, in the app's words, so paper never passes Cocharte's
// own suggestions off as the guide's.
import { STEP_IDS, type StepId } from '../content/catalogues';
import { GUIDANCE } from '../content/guidance';
import { sourceOf } from '../content/guide-sources';
import { COCHARTE } from '../content/sources';
import type { Locale, MessageKey, Translate } from '../i18n/i18n';
import type { DocumentKey } from '../i18n/messages/document.fr';
import type { GuideKey } from '../i18n/messages/guide.fr';
import type { DocumentMeta } from './document-model';
import { describeSource } from './source-text';

export type WorksheetStep = StepId | 'all';

export interface WorksheetGrid {
  title: string;
  /** Said under the title when the grid asks for ratings: its scales are Cocharte's, not the guide's. */
  scaleNote?: string;
  head: string[];
  /** Relative column widths. */
  widths: number[];
  rows: number;
}

/** A text of the guidance with where it comes from ("Source : le guide, « … »"). */
export interface SourcedLine {
  text: string;
  source: string;
}

export interface WorksheetSection {
  step: StepId;
  /** "Étape 2 sur 5" */
  stepLabel: string;
  title: string;
  purpose: SourcedLine;
  questionsTitle: string;
  questions: SourcedLine[];
  grid: WorksheetGrid;
}

export interface WorksheetModel {
  meta: DocumentMeta;
  title: string;
  blanks: string[];
  sections: WorksheetSection[];
  footer: string;
}

type GridSpec = { labels: Array<DocumentKey | { scale: DocumentKey }>; widths: number[]; rows: number };

/** The fields each step asks for in the app, as columns to fill by hand. */
const GRIDS: Record<StepId, GridSpec> = {
  partners: {
    labels: ['doc.label.partner', 'doc.label.kind', 'doc.label.country', 'doc.label.contact', 'doc.label.contribution'],
    widths: [3, 2, 2, 3, 4],
    rows: 4,
  },
  motivations: {
    labels: [
      'doc.label.partner',
      'doc.label.motivations',
      'doc.label.expectations',
      'doc.label.timeHorizon',
      'doc.label.sharedValues',
    ],
    widths: [2.5, 3.5, 3.5, 2, 2.5],
    rows: 3,
  },
  framework: {
    labels: [
      'doc.label.partner',
      'doc.label.role',
      'doc.label.commitments',
      'doc.label.money',
      'doc.label.staffTime',
      'doc.label.validatedBy',
    ],
    widths: [2.5, 3, 3.5, 2, 2, 2.5],
    rows: 3,
  },
  followUp: {
    labels: [
      'doc.label.date',
      'doc.label.milestone',
      'doc.label.responsible',
      'doc.label.indicator',
      'doc.label.target',
    ],
    widths: [2, 4, 2.5, 3, 2],
    rows: 6,
  },
  impacts: {
    labels: [
      'doc.risks.risk',
      { scale: 'doc.risks.likelihood' },
      { scale: 'doc.risks.severity' },
      'doc.risks.mitigation',
      'doc.risks.owner',
      'doc.risks.reviewDate',
    ],
    widths: [4, 1.8, 1.8, 4, 2.2, 2],
    rows: 5,
  },
};

export function worksheetSteps(step: WorksheetStep): StepId[] {
  return step === 'all' ? [...STEP_IDS] : [step];
}

export function buildWorksheetModel(step: WorksheetStep, t: Translate, locale: Locale): WorksheetModel {
  const sourced = (key: GuideKey): SourcedLine => ({ text: t(key), source: describeSource(t, sourceOf(key)) });
  const sections = worksheetSteps(step).map((id): WorksheetSection => {
    const guidance = GUIDANCE[id];
    const spec = GRIDS[id];
    return {
      step: id,
      stepLabel: t('doc.worksheet.step', { number: STEP_IDS.indexOf(id) + 1 }),
      title: t(`step.${id}` as MessageKey),
      purpose: sourced(guidance.purposeKey),
      questionsTitle: t('doc.worksheet.questions'),
      questions: guidance.questionKeys.map(sourced),
      grid: {
        title: t('doc.worksheet.grid'),
        ...(spec.labels.some((l) => typeof l !== 'string')
          ? { scaleNote: t('doc.worksheet.scaleNote', { source: describeSource(t, COCHARTE) }) }
          : {}),
        head: spec.labels.map((l) => (typeof l === 'string' ? t(l) : t('doc.worksheet.scale', { label: t(l.scale) }))),
        widths: spec.widths,
        rows: spec.rows,
      },
    };
  });
  const title = step === 'all' ? t('doc.worksheet.allSteps') : sections[0]!.title;
  return {
    meta: {
      locale,
      title: `${t('doc.worksheet.title')} — ${title}`,
      subject: t('doc.worksheet.subject'),
      author: 'Cocharte',
      keywords: t('doc.keywords'),
    },
    title: t('doc.worksheet.title'),
    // French puts a no-break space before the colon.
    blanks: [t('doc.worksheet.partnership'), t('doc.worksheet.date'), t('doc.worksheet.participants')].map((l) =>
      locale === 'fr' ? `${l}\u00a0:` : `${l}:`,
    ),
    sections,
    footer: t('doc.worksheet.footer'),
  };
}
