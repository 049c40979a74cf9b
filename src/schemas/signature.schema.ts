import { z } from '../lib/zod';
import { LIMITS, id, isoDate, text } from './fields';

// A drawn signature is a small PNG; 400 KB of base64 leaves room for a detailed stroke
// while keeping project files (and share links) small.
const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/=]+$/;

export const signatureFieldsSchema = z.object({
  partnerId: id,
  signatoryName: text('complete', { required: true, max: LIMITS.short }),
  signatoryTitle: text('complete', { required: true, max: LIMITS.short }),
  place: text('complete', { required: true, max: LIMITS.short }),
  date: isoDate('complete', { required: true }),
  method: z.enum(['drawn', 'typed']),
  image: z.string().max(400_000).regex(PNG_DATA_URL, { error: 'errors.invalid' }).optional(),
  /** Content fingerprint of the charter at the moment of signing. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  signedAt: z.iso.datetime(),
});

export const signatureSchema = signatureFieldsSchema.refine((s) => s.method === 'typed' || s.image !== undefined, {
  error: 'errors.drawSignature',
  path: ['image'],
});

export type Signature = z.output<typeof signatureSchema>;
