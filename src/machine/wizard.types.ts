import type { StepEdit } from '../domain/edits';
import { FLOW_STATES, STEP_IDS, type FlowState, type StepId } from '../domain/flow';
import type { Locale } from '../i18n/i18n';
import type { DraftProject, StepData } from '../schemas/project.schema';
import type { PartnershipRecord } from '../schemas/record.schema';
import type { Signature } from '../schemas/signature.schema';

/** The two PDFs, and the charter as an editable Word file. */
export type PdfKind = 'charter' | 'risks' | 'docx';

/** The time of an edit; injected so tests can fix it. */
export type Clock = () => Date;

export interface WizardInput {
  project: DraftProject;
  /** Where the user was when the project was last saved. */
  resumeAt?: FlowState;
  clock?: Clock;
}

export interface WizardContext {
  project: DraftProject;
  resumeAt: FlowState;
  /** Set when an edit voided signatures, so the UI can say so until dismissed. */
  signaturesVoided: boolean;
  pdfError: string | null;
  clock: Clock;
}

/**
 * Each step has its own two events, typed by the step's data: `<step>.changed` (a draft
 * while typing, kept wherever the user is) and `<step>.submitted` (moves on when complete).
 */
export type StepChanged = { [S in StepId]: { type: `${S}.changed`; data: StepData<S> } }[StepId];
export type StepSubmitted = { [S in StepId]: { type: `${S}.submitted`; data: StepData<S> } }[StepId];

export type WizardEvent =
  | StepChanged
  | StepSubmitted
  | { type: 'step.back' }
  | { type: 'step.goto'; target: FlowState }
  /** The facilitator opens a step for the room, even one the pair has not reached. */
  | { type: 'step.opened'; target: FlowState }
  | { type: 'signature.added'; signature: Signature }
  | { type: 'signature.removed'; partnerId: string }
  | { type: 'notice.dismissed' }
  /** The partners say they replaced a worked example's invented facts (domain/hints.ts). */
  | { type: 'illustrative.cleared' }
  | { type: 'documentSettings.changed'; language?: Locale; bilingual?: boolean }
  /** The partnership record after signing changed (a review, a health check, an amendment, the closing). */
  | { type: 'record.changed'; record: PartnershipRecord }
  | { type: 'pdf.requested'; kind: PdfKind; locale?: Locale };

type EventMakers = {
  [S in StepId]: {
    changed: (data: StepData<S>) => StepChanged;
    submitted: (data: StepData<S>) => StepSubmitted;
  };
};

const makers: EventMakers = {
  partners: {
    changed: (data) => ({ type: 'partners.changed', data }),
    submitted: (data) => ({ type: 'partners.submitted', data }),
  },
  motivations: {
    changed: (data) => ({ type: 'motivations.changed', data }),
    submitted: (data) => ({ type: 'motivations.submitted', data }),
  },
  framework: {
    changed: (data) => ({ type: 'framework.changed', data }),
    submitted: (data) => ({ type: 'framework.submitted', data }),
  },
  followUp: {
    changed: (data) => ({ type: 'followUp.changed', data }),
    submitted: (data) => ({ type: 'followUp.submitted', data }),
  },
  impacts: {
    changed: (data) => ({ type: 'impacts.changed', data }),
    submitted: (data) => ({ type: 'impacts.submitted', data }),
  },
};

/** `<step>.changed` for a step known only by a type parameter (the shared form hook). */
export const stepChanged = <S extends StepId>(step: S, data: StepData<S>): StepChanged => makers[step].changed(data);
export const stepSubmitted = <S extends StepId>(step: S, data: StepData<S>): StepSubmitted =>
  makers[step].submitted(data);

/** The step and its data carried by a step event. */
export function editOf(event: StepChanged | StepSubmitted): StepEdit {
  switch (event.type) {
    case 'partners.changed':
    case 'partners.submitted':
      return { step: 'partners', data: event.data };
    case 'motivations.changed':
    case 'motivations.submitted':
      return { step: 'motivations', data: event.data };
    case 'framework.changed':
    case 'framework.submitted':
      return { step: 'framework', data: event.data };
    case 'followUp.changed':
    case 'followUp.submitted':
      return { step: 'followUp', data: event.data };
    case 'impacts.changed':
    case 'impacts.submitted':
      return { step: 'impacts', data: event.data };
  }
}

export interface PdfRequest {
  project: DraftProject;
  kind: PdfKind;
  locale: Locale;
}

export interface PdfResult {
  blob: Blob;
  fileName: string;
}

export { FLOW_STATES, STEP_IDS };
export type { FlowState, StepId };
