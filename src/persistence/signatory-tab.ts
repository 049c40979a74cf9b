import { signatureReturnSchema } from '../schemas/signature-request.schema';
import {
  type SignatoryAnswer,
  type SignatoryDraft,
  type SignatoryTab,
  signatoryTabSchema,
} from '../schemas/signatory-draft.schema';
import type { DraftSaver, RequestIdentity, SignatoryTabStore } from '../signing/signatory-tab-store';
import { createAutosave } from './autosave';
import { readTabValue, removeTabValue, writeTabValue } from './tab-storage';

/**
 * The sessionStorage key of one request's draft or answer (the one key of Cocharte's not in
 * storage.STORAGE_KEYS: that module is on the first screen, and this one only on a signing
 * link's page). Another link, another partner, another version of the text or a request
 * asked again has its own: a draft never fills a form it was not typed in.
 */
export function signatoryTabKey(request: RequestIdentity): string {
  const { partnerId, amendmentId, fingerprint, askedAt } = request;
  return `cocharte.signatory.${partnerId}.${amendmentId ?? 'charter'}.${fingerprint}.${askedAt}`;
}

/**
 * What this tab kept for this request, if anything reads as such. An answer is kept only if
 * its file is a return for this very request, with the outcome it claims: the page offers
 * that file again, and must never offer one that answers something else. Anything else —
 * damaged, hostile, another shape — is nothing (the page starts as if new), never a throw.
 */
export function readSignatoryTab(request: RequestIdentity): SignatoryTab | null {
  const read = readTabValue(signatoryTabKey(request), signatoryTabSchema);
  return read && (read.kind === 'draft' || answers(request, read)) ? read : null;
}

function answers(request: RequestIdentity, answer: SignatoryAnswer): boolean {
  let text: unknown;
  try {
    text = JSON.parse(answer.text);
  } catch {
    return false;
  }
  const ret = signatureReturnSchema.safeParse(text);
  return (
    ret.success &&
    ret.data.partnerId === request.partnerId &&
    ret.data.fingerprint === request.fingerprint &&
    ret.data.amendmentId === request.amendmentId &&
    ret.data.outcome.status === answer.outcome
  );
}

/** Keeps it for the tab's life; false when the storage refuses (full, disabled): the page goes on. */
export function writeSignatoryTab(request: RequestIdentity, value: SignatoryTab): boolean {
  return writeTabValue(signatoryTabKey(request), value);
}

/** Forgets this request's draft (the user asked to clear it). */
export function clearSignatoryTab(request: RequestIdentity): void {
  removeTabValue(signatoryTabKey(request));
}

/**
 * Saves the draft as the signatory types, as a project is saved (autosave.ts): the last
 * keystroke is written at most a second after it; `flush()` writes it now (the page going
 * away), `cancel()` drops it (the answer replaces the draft). Each write says whether it was kept.
 */
export function signatoryDraftAutosave(request: RequestIdentity, onWrite: (kept: boolean) => void): DraftSaver {
  const autosave = createAutosave<SignatoryDraft, null>({
    save: async (draft) => onWrite(writeSignatoryTab(request, draft)),
  });
  return {
    push: (draft) => autosave.push(draft, null),
    flush: () => void autosave.flush(),
    cancel: () => autosave.cancel(),
  };
}

/** The tab's store, as the signatory's page is given it (app/signatory-screen.tsx). */
export const signatoryTab: SignatoryTabStore = {
  read: readSignatoryTab,
  write: writeSignatoryTab,
  clear: clearSignatoryTab,
  draftSaver: signatoryDraftAutosave,
};
