import { FLOW_STATES, STEP_IDS, type FlowState, type StepId } from '../domain/flow';
import type { Locale } from '../i18n/i18n';
import type { DraftProject, StepData } from '../schemas/project.schema';
import type { Signature } from '../schemas/signature.schema';

/** The two PDFs, and the charter as an editable Word file. */
export type PdfKind = 'charter' | 'risks' | 'docx';

export interface WizardInput {
  project: DraftProject;
  /** Where the user was when the project was last saved. */
  resumeAt?: FlowState;
}

export interface WizardContext {
  project: DraftProject;
  resumeAt: FlowState;
  /** Set when an edit voided signatures, so the UI can say so until dismissed. */
  signaturesVoided: boolean;
  pdfError: string | null;
}

type StepEvent<T extends string> = { [S in StepId]: { type: T; step: S; data: StepData<S> } }[StepId];

export type WizardEvent =
  | StepEvent<'step.changed'>
  | StepEvent<'step.submitted'>
  | { type: 'step.back' }
  | { type: 'step.goto'; target: FlowState }
  | { type: 'signature.added'; signature: Signature }
  | { type: 'signature.removed'; partnerId: string }
  | { type: 'notice.dismissed' }
  | { type: 'documentSettings.changed'; language?: Locale; bilingual?: boolean }
  | { type: 'pdf.requested'; kind: PdfKind; locale?: Locale };

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
