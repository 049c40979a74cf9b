import { z } from '../lib/zod';
import { id, text } from './fields';
import { draftProjectSchema } from './project.schema';
import { signatureSchema } from './signature.schema';

const HEX64 = /^[0-9a-f]{64}$/;

/** What both messages of signing by link open with: their format, for whom, on which version. */
const header = <F extends string>(format: F) => ({
  format: z.literal(format),
  version: z.literal(1),
  partnerId: id,
  /** The version to sign (in a return: the one the request asked to sign). */
  fingerprint: z.string().regex(HEX64),
  /**
   * Set when the text to sign is an amendment (avenant) of the charter, not the charter:
   * its id in the project's record; `fingerprint` is then the amendment's own. Absent on
   * the charter's messages, as before amendments could be signed by link.
   */
  amendmentId: id.optional(),
});

/**
 * Signing by link (issue 14): what the coordinator sends one signatory. It carries the exact
 * version to sign (the whole project, so the signatory can read the charter) and its
 * fingerprint; the signatory's app refuses it if the two disagree.
 */
// Built at their first parse (z.lazy), when a request or a return is read.
export const signatureRequestSchema = z.lazy(() =>
  z.object({
    ...header('cocharte-signature-request'),
    askedAt: z.iso.datetime({ offset: true }),
    project: draftProjectSchema,
  }),
);

export type SignatureRequest = z.output<typeof signatureRequestSchema>;

/** What the signatory sends back: a sealed signature, or a refusal with its reason. */
export const signatureReturnSchema = z.lazy(() =>
  z.object({
    ...header('cocharte-signature-return'),
    outcome: z.discriminatedUnion('status', [
      z.object({ status: z.literal('signed'), signature: signatureSchema }),
      z.object({
        status: z.literal('declined'),
        reason: text('draft', { max: 2000 }),
        declinedBy: text('draft', { max: 200 }),
        at: z.iso.datetime({ offset: true }),
      }),
    ]),
  }),
);

export type SignatureReturn = z.output<typeof signatureReturnSchema>;
