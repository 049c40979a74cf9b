import { signatureFieldsObject } from '../schemas/signature.schema';
import type { SigningFormDraft, SigningFormDrafts } from '../signing/signing-form-drafts';
import { readTabValue, removeTabValue, writeTabValue } from './tab-storage';

// Only the fields a draft may hold, each optional: a field emptied on purpose is simply not restored.
const keptFields = () =>
  signatureFieldsObject().pick({ signatoryName: true, signatoryTitle: true, place: true, method: true }).partial();

const key = (projectId: string, partnerId: string) => `cocharte.signForm.${projectId}.${partnerId}`;

/**
 * A signing form's draft on this device, kept in the tab (sessionStorage, as the signatory's
 * page keeps its own): read back through the signature's own schema, so a value hand-edited
 * or from another release is dropped; a storage that refuses keeps nothing and says nothing.
 */
export const tabSigningFormDrafts: SigningFormDrafts = {
  read: (projectId, partnerId) =>
    (readTabValue(key(projectId, partnerId), keptFields()) as SigningFormDraft | null) ?? {},
  write(projectId, partnerId, draft) {
    if (!draft) return removeTabValue(key(projectId, partnerId));
    const shape = keptFields().shape;
    writeTabValue(
      key(projectId, partnerId),
      Object.fromEntries(
        Object.entries(draft).filter(([k, v]) => shape[k as keyof typeof shape]?.safeParse(v).success),
      ),
    );
  },
};
