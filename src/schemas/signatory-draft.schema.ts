import { z } from '../lib/zod';
import { LIMITS } from './fields';
import { signatureFieldsObject } from './signature.schema';

// A field being typed may be empty or too long for a signature yet: only the form checks it.
// Bounded all the same, so a stored value can never be a flood.
const typing = () => z.string().max(LIMITS.text);

/**
 * What the signatory's page keeps in its tab (sessionStorage) for one signing request:
 * either the forms as they were being filled — the signature's fields with a drawing if
 * any, the refusal's, and which of the two was last typed in — or, once the partner
 * answered, the answer file exactly as it was handed over (its text, not rebuilt: a
 * signature counts only for the bytes it sealed). The consent box is not kept: it is ticked
 * again, knowingly, after a reload.
 */
// Built at the first read (z.lazy): only a signing link's page reads it.
export const signatoryTabSchema = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('draft'),
      form: z.enum(['sign', 'decline']),
      signature: z.object({
        signatoryName: typing(),
        signatoryTitle: typing(),
        place: typing(),
        date: z.string().max(40),
        method: signatureFieldsObject().shape.method,
        image: signatureFieldsObject().shape.image,
      }),
      decline: z.object({ declinedBy: typing(), reason: typing() }),
    }),
    z.object({
      kind: z.literal('answer'),
      outcome: z.enum(['signed', 'declined']),
      file: z.string().min(1).max(500),
      /** The return file's text, as downloaded (a drawn signature makes it up to ~0.5 MB). */
      text: z.string().max(1024 * 1024),
    }),
  ]),
);

export type SignatoryTab = z.output<typeof signatoryTabSchema>;
export type SignatoryDraft = Extract<SignatoryTab, { kind: 'draft' }>;
export type SignatoryAnswer = Extract<SignatoryTab, { kind: 'answer' }>;
