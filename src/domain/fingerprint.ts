import type { DraftProject } from '../schemas/project.schema';
import { canonicalJson } from '../lib/canonical-json';

/**
 * The part of a project that partners sign: every step's content. Bookkeeping (ids of the
 * file, dates of saving, steps visited, the document language) and the signatures
 * themselves are left out, so signing or re-saving does not change what was signed.
 */
export function signedContent(project: DraftProject): unknown {
  const { partners, motivations, framework, followUp, impacts } = project;
  return { partners, motivations, framework, followUp, impacts };
}

export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of the canonical JSON of the signed content, as 64 hex digits. */
export function contentFingerprint(project: DraftProject): Promise<string> {
  return sha256Hex(canonicalJson(signedContent(project)));
}

/** The form printed in page footers: 4 groups of 4 hex digits. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 ');
}
