import { sha256Hex } from '../lib/sha256';
import type { DraftProject } from '../schemas/project.schema';
import { canonicalContent } from './fingerprint';

// Kept apart from fingerprint.ts so the home screen, which only awaits a fingerprint,
// does not load the hash function the wizard needs synchronously.
const fingerprints = new WeakMap<object, string>();

/**
 * SHA-256 of the canonical content (fingerprint.ts), as 64 hex digits, at once: the
 * machine and the selectors must know whether a signature counts without waiting. Once
 * per project object (projects are replaced, never mutated).
 */
export function fingerprintOf(project: DraftProject): string {
  let fingerprint = fingerprints.get(project);
  if (fingerprint === undefined) {
    fingerprint = sha256Hex(canonicalContent(project));
    fingerprints.set(project, fingerprint);
  }
  return fingerprint;
}
