import { assertEvent, assign, fromPromise, not, setup } from 'xstate';
import { canBeSigned, isProjectComplete, isStepComplete } from '../domain/completeness';
import { exampleLeftovers } from '../domain/example-leftovers';
import { addSignature, applyStep, markVisited, removeSignature, setDocumentSettings, stamped } from '../domain/edits';
import { isStep } from '../domain/flow';
import { canVisit } from '../domain/progress';
import { reconcilePartners } from '../domain/reconcile';
import { canAddSignature } from '../domain/signatures';
import { withIllustrativeFactsReplaced } from '../domain/hints';
import { editPolicySync } from '../domain/record-amendments';
import { downloadBlob } from '../lib/download-file';
import {
  FLOW_STATES,
  STEP_IDS,
  editOf,
  type FlowState,
  type PdfRequest,
  type PdfResult,
  type StepChanged,
  type StepId,
  type StepSubmitted,
  type WizardContext,
  type WizardEvent,
  type WizardInput,
} from './wizard.types';

const CHANGED = STEP_IDS.map((s): StepChanged['type'] => `${s}.changed`);
const SUBMITTED = STEP_IDS.map((s): StepSubmitted['type'] => `${s}.submitted`);

/**
 * One of the guide's five steps: its own complete submission moves on, anything else
 * is still kept as a draft; going back never loses what was typed.
 */
function stepState<S extends StepId>(step: S, next: FlowState, previous?: StepId) {
  const submitted: StepSubmitted['type'] = `${step}.submitted`;
  return {
    tags: ['step'],
    entry: { type: 'markVisited', params: { place: step } },
    on: {
      [submitted]: [{ guard: 'isSubmittedStepComplete', target: next, actions: 'saveStep' }, { actions: 'saveStep' }],
      ...(previous ? { 'step.back': previous } : {}),
    },
  } as const;
}

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  actors: {
    generatePdf: fromPromise<PdfResult, PdfRequest>(async ({ input }) => {
      // Loaded on demand so the first screen never pays for jsPDF, docx and the fonts.
      if (input.kind === 'docx') return (await import('../docx/generate-docx')).generateDocx(input);
      const { generatePdf } = await import('../pdf/generate-pdf');
      return generatePdf({ ...input, kind: input.kind });
    }),
  },
  guards: {
    // The form's resolver already checked this data (domain/completeness remembers it).
    isSubmittedStepComplete: ({ event }) => {
      assertEvent(event, SUBMITTED);
      const edit = editOf(event);
      return isStepComplete(edit.step, edit.data);
    },
    isResumePlace: ({ context }, params: { place: FlowState }) => context.resumeAt === params.place,
    isGotoAllowed: ({ context, event }, params: { target: FlowState }) =>
      event.type === 'step.goto' && event.target === params.target && canVisit(context.project, params.target),
    // A facilitator moves the room to any step, reached or not; signing still needs a
    // complete charter (the signing state sends an incomplete one back to the review).
    isOpenedTarget: ({ event }, params: { target: FlowState }) =>
      event.type === 'step.opened' && event.target === params.target,
    isProjectComplete: ({ context }) => isProjectComplete(context.project),
    // The partners' word that the example's facts are replaced holds only once none is left.
    hasNoExampleLeftovers: ({ context }) => exampleLeftovers(context.project).length === 0,
    isSignatureAccepted: ({ context, event }) => {
      assertEvent(event, 'signature.added');
      return canBeSigned(context.project) && canAddSignature(context.project, event.signature);
    },
  },
  actions: {
    saveStep: assign(({ context, event }) => {
      assertEvent(event, [...CHANGED, ...SUBMITTED]);
      // Once every partner signed, the signed text is never edited again: a change goes
      // through an amendment in the record (issue 13). Before that, an edit voids the
      // signatures (applyStep).
      if (editPolicySync(context.project) === 'amend') return {};
      const { project, voided } = applyStep(context.project, editOf(event), context.clock());
      return { project, signaturesVoided: context.signaturesVoided || voided };
    }),
    markVisited: assign(({ context }, params: { place: FlowState }) => ({
      project: isStep(params.place) ? markVisited(context.project, params.place) : context.project,
      resumeAt: params.place,
    })),
    addSignature: assign(({ context, event }) => {
      assertEvent(event, 'signature.added');
      return { project: addSignature(context.project, event.signature, context.clock()), signaturesVoided: false };
    }),
    removeSignature: assign(({ context, event }) => {
      assertEvent(event, 'signature.removed');
      return { project: removeSignature(context.project, event.partnerId, context.clock()) };
    }),
    dismissNotice: assign({ signaturesVoided: false }),
    // Outside the signed content: clearing the example marker leaves signatures in place.
    clearIllustrative: assign(({ context }) => ({ project: withIllustrativeFactsReplaced(context.project) })),
    // Outside the signed content: the record after signing never touches signatures.
    setRecord: assign(({ context, event }) => {
      assertEvent(event, 'record.changed');
      if (event.record === context.project.record) return {};
      return { project: stamped({ ...context.project, record: event.record }, context.clock()) };
    }),
    setDocumentSettings: assign(({ context, event }) => {
      assertEvent(event, 'documentSettings.changed');
      return { project: setDocumentSettings(context.project, event, context.clock()) };
    }),
    deliverPdf: (_, params: PdfResult) => downloadBlob(params.blob, params.fileName),
    clearPdfError: assign({ pdfError: null }),
    reportPdfError: assign((_, params: { error: unknown }) => ({
      pdfError: params.error instanceof Error ? params.error.message : String(params.error),
    })),
  },
}).createMachine({
  id: 'wizard',
  type: 'parallel',
  context: ({ input }) => ({
    project: reconcilePartners(input.project),
    resumeAt: input.resumeAt ?? 'partners',
    signaturesVoided: false,
    pdfError: null,
    clock: input.clock ?? (() => new Date()),
  }),
  on: {
    // A draft of any step is kept wherever the user is (the form autosaves on leaving).
    ...Object.fromEntries(CHANGED.map((type) => [type, { actions: 'saveStep' as const }])),
    'notice.dismissed': { actions: 'dismissNotice' },
    'documentSettings.changed': { actions: 'setDocumentSettings' },
    'illustrative.cleared': { guard: 'hasNoExampleLeftovers', actions: 'clearIllustrative' },
    'record.changed': { actions: 'setRecord' },
  },
  states: {
    flow: {
      initial: 'resuming',
      on: {
        'step.goto': FLOW_STATES.map((target) => ({
          guard: { type: 'isGotoAllowed' as const, params: { target } },
          target: `.${target}`,
        })),
        'step.opened': FLOW_STATES.map((target) => ({
          guard: { type: 'isOpenedTarget' as const, params: { target } },
          target: `.${target}`,
        })),
      },
      states: {
        // Restores the place saved with the project; signing falls back to review if the
        // project is no longer complete (e.g. a file edited elsewhere).
        resuming: {
          always: [
            ...STEP_IDS.map((place) => ({
              guard: { type: 'isResumePlace' as const, params: { place } },
              target: place,
            })),
            { guard: { type: 'isResumePlace', params: { place: 'review' } }, target: 'review' },
            { guard: { type: 'isResumePlace', params: { place: 'signing' } }, target: 'signing' },
            { target: 'partners' },
          ],
        },
        partners: stepState('partners', 'motivations'),
        motivations: stepState('motivations', 'framework', 'partners'),
        framework: stepState('framework', 'followUp', 'motivations'),
        followUp: stepState('followUp', 'impacts', 'framework'),
        impacts: stepState('impacts', 'review', 'followUp'),
        review: {
          entry: { type: 'markVisited', params: { place: 'review' } },
          on: {
            'step.back': 'impacts',
          },
        },
        signing: {
          entry: { type: 'markVisited', params: { place: 'signing' } },
          always: { guard: not('isProjectComplete'), target: 'review' },
          on: {
            'step.back': 'review',
            'signature.added': { guard: 'isSignatureAccepted', actions: 'addSignature' },
            'signature.removed': { actions: 'removeSignature' },
          },
        },
      },
    },
    pdf: {
      initial: 'idle',
      states: {
        idle: {
          on: { 'pdf.requested': 'generating' },
        },
        generating: {
          tags: ['busy'],
          invoke: {
            src: 'generatePdf',
            input: ({ context, event }) => {
              assertEvent(event, 'pdf.requested');
              return {
                project: context.project,
                kind: event.kind,
                locale: event.locale ?? context.project.documentLanguage,
              };
            },
            onDone: {
              target: 'idle',
              actions: [{ type: 'deliverPdf', params: ({ event }) => event.output }, 'clearPdfError'],
            },
            onError: {
              target: 'idle',
              actions: { type: 'reportPdfError', params: ({ event }) => ({ error: event.error }) },
            },
          },
        },
      },
    },
  },
});
