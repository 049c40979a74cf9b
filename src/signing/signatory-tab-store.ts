import type { SignatoryDraft, SignatoryTab } from '../schemas/signatory-draft.schema';
import type { SignatureRequest } from '../schemas/signature-request.schema';

/** What names one signing request exactly: the partner asked, the text, its version, when asked. */
export type RequestIdentity = Pick<SignatureRequest, 'partnerId' | 'fingerprint' | 'amendmentId' | 'askedAt'>;

/** Keeps the draft as it is typed; `flush` writes what is pending now, `cancel` drops it. */
export interface DraftSaver {
  push(draft: SignatoryDraft): void;
  flush(): void;
  cancel(): void;
}

/**
 * Where the signatory's page keeps, per request, the forms being filled or the answer given.
 * Never throws: a storage that refuses answers null or false, and the page goes on. The
 * composition root (src/app/signatory-screen.tsx) hands the page the tab's sessionStorage
 * (src/persistence/signatory-tab.ts): steps and signing stay free of storage.
 */
export interface SignatoryTabStore {
  read(request: RequestIdentity): SignatoryTab | null;
  write(request: RequestIdentity, value: SignatoryTab): boolean;
  clear(request: RequestIdentity): void;
  /** A saver of this request's draft; `onWrite` hears whether each write was kept. */
  draftSaver(request: RequestIdentity, onWrite: (kept: boolean) => void): DraftSaver;
}
