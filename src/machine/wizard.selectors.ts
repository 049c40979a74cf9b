import type { SnapshotFrom } from 'xstate';
import { missingItems } from '../domain/completeness';
import { fingerprintOf } from '../domain/content-hash';
import { isFlowState } from '../domain/flow';
import { canVisit, placeStatus, type PlaceStatus } from '../domain/progress';
import { editPolicySync } from '../domain/record-amendments';
import { isCoSigned, partnerSignatures, signedCount } from '../domain/signatures';
import type { wizardMachine } from './wizard.machine';
import { FLOW_STATES, type FlowState } from './wizard.types';

type Snapshot = SnapshotFrom<typeof wizardMachine>;

// The UI reads the machine through these: every answer about the project comes from
// the domain (memoised per project object), never re-derived in a component.

export const selectPlace = (s: Snapshot): FlowState => {
  const flow = typeof s.value === 'object' && 'flow' in s.value ? s.value.flow : undefined;
  return typeof flow === 'string' && isFlowState(flow) ? flow : 'partners';
};
export const selectProject = (s: Snapshot) => s.context.project;
/**
 * After the first full signature the steps are read-only and the partnership record is
 * the way forward (the domain's rule, domain/record-amendments.ts).
 */
export const selectAmendOnly = (s: Snapshot) => editPolicySync(s.context.project) === 'amend';
export const selectSignaturesVoided = (s: Snapshot) => s.context.signaturesVoided;
export const selectPdfBusy = (s: Snapshot) => s.hasTag('busy');
export const selectPdfError = (s: Snapshot) => s.context.pdfError;
export const selectDocumentLanguage = (s: Snapshot) => s.context.project.documentLanguage;
/** The content fingerprint, hashed once per version of the project. */
export const selectFingerprint = (s: Snapshot) => fingerprintOf(s.context.project);
export const selectMissingItems = (s: Snapshot) => missingItems(s.context.project);
/** Each partner with its signature and whether it counts (domain/signatures.ts). */
export const selectPartnerSignatures = (s: Snapshot) => partnerSignatures(s.context.project);
/** How many partners signed, and whether all of them did, under the same rule. */
export const selectSignedCount = (s: Snapshot) => signedCount(s.context.project);
export const selectCoSigned = (s: Snapshot) => isCoSigned(s.context.project);
/** Whether the machine would open signing now. */
export const selectCanSign = (s: Snapshot) => s.can({ type: 'step.goto', target: 'signing' });

export type StepStatus = 'current' | PlaceStatus;

export interface StepperItem {
  place: FlowState;
  status: StepStatus;
  reachable: boolean;
}

/** What the stepper shows: each place, whether it is done, and whether it can be opened. */
export function selectStepper(s: Snapshot): StepperItem[] {
  const place = selectPlace(s);
  const { project } = s.context;
  return FLOW_STATES.map((p) => ({
    place: p,
    status: p === place ? 'current' : placeStatus(project, p),
    reachable: p === place || canVisit(project, p),
  }));
}

/** Stable across renders as long as the stepper's content is the same. */
export const stepperEquals = (a: StepperItem[], b: StepperItem[]) =>
  a.length === b.length && a.every((x, i) => x.status === b[i]?.status && x.reachable === b[i]?.reachable);
