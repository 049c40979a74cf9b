import { once } from '../lib/once';
import { z } from '../lib/zod';
import { LIMITS, id, isoDate, text } from './fields';

// A drawn signature is a small PNG; 400 KB of base64 leaves room for a detailed stroke
// while keeping project files (and share links) small.
const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/=]+$/;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** How the signature reached the project: given on this device, or returned through a link or file. */
export const SIGNATURE_CHANNELS = ['device', 'link'] as const;
export type SignatureChannel = (typeof SIGNATURE_CHANNELS)[number];

/**
 * The cryptographic seal of a signature (src/signing): an ECDSA P-256 signature, made with a
 * key that never leaves the signer's device, over the canonical JSON of the record (who,
 * what content, when, how). Optional so that files saved before sealing still import; such
 * signatures are shown as unverified, never as verified.
 */
export const signatureProofSchema = z.lazy(() =>
  z.object({
    version: z.literal(1),
    algorithm: z.literal('ECDSA-P256-SHA256'),
    channel: z.enum(SIGNATURE_CHANNELS),
    /** The signer's public key: SubjectPublicKeyInfo (DER) in base64 (91 bytes for P-256). */
    publicKey: z.string().max(400).regex(BASE64),
    /** The signature, IEEE P1363 (r‖s, 64 bytes) in base64, as WebCrypto gives it. */
    value: z.string().max(400).regex(BASE64),
  }),
);

export type SignatureProof = z.output<typeof signatureProofSchema>;

/**
 * Every schema here is built at its first use, not at import (z.lazy, lib/once.ts): the
 * project's code loads as one file, and building all its schemas at once slowed the first
 * screen of a project. The form schemas pick their fields from this object.
 */
export const signatureFieldsObject = once(() =>
  z.object({
    partnerId: id,
    signatoryName: text('complete', { required: true, max: LIMITS.short }),
    signatoryTitle: text('complete', { required: true, max: LIMITS.short }),
    place: text('complete', { required: true, max: LIMITS.short }),
    date: isoDate('complete', { required: true }),
    method: z.enum(['drawn', 'typed']),
    image: z.string().max(400_000).regex(PNG_DATA_URL, { error: 'errors.invalid' }).optional(),
    /** Content fingerprint of the charter at the moment of signing. */
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    /** The instant of signing; sealed signatures keep the signer's offset (2026-03-01T11:00:00+01:00). */
    signedAt: z.iso.datetime({ offset: true }),
    proof: signatureProofSchema.optional(),
  }),
);

export const signatureFieldsSchema = z.lazy(signatureFieldsObject);

export const signatureSchema = z.lazy(() =>
  signatureFieldsObject().refine((s) => s.method === 'typed' || s.image !== undefined, {
    error: 'errors.drawSignature',
    path: ['image'],
  }),
);

export type Signature = z.output<typeof signatureSchema>;
