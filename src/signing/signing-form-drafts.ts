import type { Signature } from '../schemas/signature.schema';

/** What a signing form on this device keeps across a reload: never the approval, the drawing or the date. */
export type SigningFormDraft = Partial<Pick<Signature, 'signatoryName' | 'signatoryTitle' | 'place' | 'method'>>;

/** Where a partner's signing form keeps what was typed; answers, never throws. */
export interface SigningFormDrafts {
  read(projectId: string, partnerId: string): SigningFormDraft;
  /** `null` forgets it (the partner signed). */
  write(projectId: string, partnerId: string, draft: SigningFormDraft | null): void;
}

// Until the composition root plugs in the tab's storage, nothing is kept.
let drafts: SigningFormDrafts = { read: () => ({}), write: () => {} };

/**
 * As for the request statuses (./request-status-store.ts): the composition root (src/app)
 * plugs in the tab's sessionStorage (src/persistence/signing-form-drafts.ts); steps and
 * signing stay free of storage.
 */
export function provideSigningFormDrafts(store: SigningFormDrafts): void {
  drafts = store;
}

export function signingFormDrafts(): SigningFormDrafts {
  return drafts;
}
