import { and, assertEvent, assign, fromPromise, not, setup } from 'xstate';
import { canonicalJson } from '../lib/canonical-json';
import { signedContent } from '../domain/fingerprint';
import { canVisit, isProjectComplete } from '../domain/flow';
import { stepSchemas, type DraftProject } from '../schemas/project.schema';
import { reconcilePartners } from '../domain/reconcile';
import { downloadBlob } from '../lib/download-file';
import {
  FLOW_STATES,
  STEP_IDS,
  type FlowState,
  type PdfRequest,
  type PdfResult,
  type StepId,
  type WizardContext,
  type WizardEvent,
  type WizardInput,
} from './wizard.types';

export { canVisit, isProjectComplete };

function withStep(project: DraftProject, step: StepId, data: unknown): DraftProject {
  const next = { ...project, [step]: data } as DraftProject;
  return step === 'partners' ? reconcilePartners(next) : next;
}

/**
 * One of the guide's five steps: a complete submission moves on, an incomplete one is
 * still kept as a draft; going back never loses what was typed.
 */
function stepState(step: StepId, next: FlowState, previous?: StepId) {
  return {
    tags: ['step'],
    entry: { type: 'markVisited', params: { place: step } },
    on: {
      'step.submitted': [
        {
          guard: and([{ type: 'isSubmissionOf', params: { step } }, 'isSubmittedStepComplete']),
          target: next,
          actions: 'saveStep',
        },
        { actions: 'saveStep' },
      ],
      ...(previous ? { 'step.back': previous } : {}),
    },
  } as const;
}

/** Same signed text, i.e. the same content fingerprint (see lib/fingerprint). */
function sameContent(a: DraftProject, b: DraftProject): boolean {
  return canonicalJson(signedContent(a)) === canonicalJson(signedContent(b));
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
    isSubmissionOf: ({ event }, params: { step: StepId }) =>
      event.type === 'step.submitted' && event.step === params.step,
    isSubmittedStepComplete: ({ event }) => {
      assertEvent(event, 'step.submitted');
      return stepSchemas.complete[event.step].safeParse(event.data).success;
    },
    isResumePlace: ({ context }, params: { place: FlowState }) => context.resumeAt === params.place,
    isGotoAllowed: ({ context, event }, params: { target: FlowState }) =>
      event.type === 'step.goto' && event.target === params.target && canVisit(context.project, params.target),
    isProjectComplete: ({ context }) => isProjectComplete(context.project),
  },
  actions: {
    saveStep: assign(({ context, event }) => {
      assertEvent(event, ['step.changed', 'step.submitted']);
      const project = withStep(context.project, event.step, event.data);
      if (sameContent(context.project, project)) return {};
      // Co-signed means every partner signed the same text: any change voids them all.
      const voids = context.project.signatures.length > 0;
      return {
        project: { ...project, signatures: voids ? [] : project.signatures, updatedAt: new Date().toISOString() },
        signaturesVoided: context.signaturesVoided || voids,
      };
    }),
    markVisited: assign(({ context }, params: { place: FlowState }) => {
      const step = params.place as StepId;
      const visited =
        STEP_IDS.includes(step) && !context.project.visited.includes(step)
          ? { project: { ...context.project, visited: [...context.project.visited, step] } }
          : {};
      return { ...visited, resumeAt: params.place };
    }),
    addSignature: assign(({ context, event }) => {
      assertEvent(event, 'signature.added');
      const others = context.project.signatures.filter((s) => s.partnerId !== event.signature.partnerId);
      return {
        project: { ...context.project, signatures: [...others, event.signature], updatedAt: new Date().toISOString() },
        signaturesVoided: false,
      };
    }),
    removeSignature: assign(({ context, event }) => {
      assertEvent(event, 'signature.removed');
      return {
        project: {
          ...context.project,
          signatures: context.project.signatures.filter((s) => s.partnerId !== event.partnerId),
          updatedAt: new Date().toISOString(),
        },
      };
    }),
    dismissNotice: assign({ signaturesVoided: false }),
    // Document settings change how the charter is printed, not what partners agreed:
    // they leave signatures in place.
    setDocumentSettings: assign(({ context, event }) => {
      assertEvent(event, 'documentSettings.changed');
      const { documentLanguage, bilingualDocuments } = context.project;
      return {
        project: {
          ...context.project,
          documentLanguage: event.language ?? documentLanguage,
          bilingualDocuments: event.bilingual ?? bilingualDocuments,
        },
      };
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
  }),
  on: {
    'step.changed': { actions: 'saveStep' },
    'notice.dismissed': { actions: 'dismissNotice' },
    'documentSettings.changed': { actions: 'setDocumentSettings' },
  },
  states: {
    flow: {
      initial: 'resuming',
      on: {
        'step.goto': FLOW_STATES.map((target) => ({
          guard: { type: 'isGotoAllowed' as const, params: { target } },
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
            'step.submitted': { actions: 'saveStep' },
          },
        },
        signing: {
          entry: { type: 'markVisited', params: { place: 'signing' } },
          always: { guard: not('isProjectComplete'), target: 'review' },
          on: {
            'step.back': 'review',
            'signature.added': { guard: 'isProjectComplete', actions: 'addSignature' },
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
