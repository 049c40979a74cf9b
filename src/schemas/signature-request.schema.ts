import { z } from '../lib/zod';
import { id, text } from './fields';
import { draftProjectSchema } from './project.schema';
import { signatureSchema } from './signature.schema';

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Signing by link (issue 14): what the coordinator sends one signatory. It carries the exact
 * version to sign (the whole project, so the signatory can read the charter) and its
 * fingerprint; the signatory's app refuses it if the two disagree.
 */
// Built at their first parse (z.lazy), when a request or a return is read.
export const signatureRequestSchema = z.lazy(() =>
  z.object({
    format: z.literal('cocharte-signature-request'),
    version: z.literal(1),
    partnerId: id,
    fingerprint: z.string().regex(HEX64),
    askedAt: z.iso.datetime({ offset: true }),
    project: draftProjectSchema,
  }),
);

export type SignatureRequest = z.output<typeof signatureRequestSchema>;

/** What the signatory sends back: a sealed signature, or a refusal with its reason. */
export const signatureReturnSchema = z.lazy(() =>
  z.object({
    format: z.literal('cocharte-signature-return'),
    version: z.literal(1),
    partnerId: id,
    /** The version the request asked to sign. */
    fingerprint: z.string().regex(HEX64),
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
