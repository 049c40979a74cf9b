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
 * Never throws: a storage that refuses answers null or false, and the page goes on.
 */
export interface SignatoryTabStore {
  read(request: RequestIdentity): SignatoryTab | null;
  write(request: RequestIdentity, value: SignatoryTab): boolean;
  clear(request: RequestIdentity): void;
  /** A saver of this request's draft; `onWrite` hears whether each write was kept. */
  draftSaver(request: RequestIdentity, onWrite: (kept: boolean) => void): DraftSaver;
}

// Until the composition root plugs in the tab's store, what is typed lasts for the page.
const page = new Map<string, SignatoryTab>();
const name = (r: RequestIdentity) => JSON.stringify([r.partnerId, r.amendmentId, r.fingerprint, r.askedAt]);
let store: SignatoryTabStore = {
  read: (r) => page.get(name(r)) ?? null,
  write: (r, value) => Boolean(page.set(name(r), value)),
  clear: (r) => void page.delete(name(r)),
  draftSaver: (r, onWrite) => {
    let stopped = false;
    return {
      push: (draft) => {
        if (!stopped) onWrite(Boolean(page.set(name(r), draft)));
      },
      flush: () => undefined,
      cancel: () => {
        stopped = true;
      },
    };
  },
};

/**
 * Where the signatory's page keeps what is typed. As for the device key (./device-key.ts),
 * the composition root (src/app/signatory-screen.tsx) plugs in the tab's sessionStorage
 * (src/persistence/signatory-tab.ts); steps and signing stay free of storage.
 */
export function provideSignatoryTabStore(source: SignatoryTabStore): void {
  store = source;
}

export function signatoryTabStore(): SignatoryTabStore {
  return store;
}
