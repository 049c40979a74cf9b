import { STEP_IDS, type StepId } from '../content/catalogues';
import { canonicalJson } from '../lib/canonical-json';
import { cleanText } from '../lib/clean-text';
import { emptyAgreement, emptyLegalIdentity } from '../schemas/empty-values';
import type { DraftProject } from '../schemas/project.schema';

/**
 * The part of a project that partners sign: every step's content. Bookkeeping (ids of the
 * file, dates of saving, steps visited, the document language) and the signatures
 * themselves are left out, so signing or re-saving does not change what was signed.
 */
export function signedContent(project: DraftProject): Pick<DraftProject, StepId> {
  const { partners, motivations, framework, followUp, impacts } = project;
  return { partners, motivations, framework, followUp, impacts };
}

/** The steps in the order canonical JSON sorts the keys, so the text can be built per step. */
const SORTED_STEPS = [...STEP_IDS].sort();

/** Every string cleaned as the documents print it (lib/clean-text.ts). */
function cleaned(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleaned);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleaned(v)]));
  return value;
}

// A project is immutable once in the machine: a step's data and the project are replaced,
// never mutated. So the canonical text of a step and the fingerprint of a project are
// computed once per object, however many screens ask.
const stepTexts = new WeakMap<object, string>();

/**
 * Fields added after the first release, with their defaults: while a field holds its default
 * it is left out of the signed text, so a charter co-signed before it existed keeps its
 * fingerprint and its signatures still count once a newer release has read the file. A field
 * added later takes one line here.
 */
const ADDED_PARTNER_FIELDS: Record<string, string> = {
  legal: canonicalJson(emptyLegalIdentity()),
  // The contact's phone came with the e-mail-or-phone choice.
  contactPhone: canonicalJson(''),
};
const ADDED_FRAMEWORK_FIELDS: Record<string, string> = { agreement: canonicalJson(emptyAgreement()) };

function withoutDefaults(row: object, added: Record<string, string>): object {
  return Object.fromEntries(
    Object.entries(row).filter(([key, value]) => added[key] === undefined || canonicalJson(value) !== added[key]),
  );
}

function withoutUntouchedNewFields(step: StepId, data: object): object {
  if (step === 'framework') return withoutDefaults(data, ADDED_FRAMEWORK_FIELDS);
  if (step === 'partners' && 'partners' in data && Array.isArray(data.partners)) {
    const partners = data.partners.map((p: unknown) =>
      p !== null && typeof p === 'object' ? withoutDefaults(p, ADDED_PARTNER_FIELDS) : p,
    );
    return { ...data, partners };
  }
  return data;
}

function stepText(step: StepId, data: object): string {
  let text = stepTexts.get(data);
  if (text === undefined) {
    text = canonicalJson(cleaned(withoutUntouchedNewFields(step, data)));
    stepTexts.set(data, text);
  }
  return text;
}

/**
 * The one canonical text of what partners sign: canonical JSON (keys sorted) of the five
 * steps, every string cleaned. It is exactly `canonicalJson(signedContent(p))` of a
 * project whose texts went through the schemas, which is what the documents print.
 */
export function canonicalContent(project: DraftProject): string {
  return `{${SORTED_STEPS.map((s) => `${JSON.stringify(s)}:${stepText(s, project[s])}`).join(',')}}`;
}

/** Same signed text, i.e. the same fingerprint: the one equality every caller uses. */
export function sameContent(a: DraftProject, b: DraftProject): boolean {
  return a === b || STEP_IDS.every((s) => a[s] === b[s] || stepText(s, a[s]) === stepText(s, b[s]));
}

/**
 * The fingerprint for callers that can wait (the home screen's example reader, the CLI,
 * the PDF actor): SHA-256 of the canonical content by WebCrypto, so the first screen does
 * not carry a hash function. The same value as `fingerprintOf` (content-hash.ts), which
 * the wizard needs synchronously; a test holds them equal.
 */
export async function contentFingerprint(project: DraftProject): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalContent(project));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The full form on the signature page: four groups of 16, so two copies can be compared aloud. */
export function groupedFingerprint(fingerprint: string): string {
  return fingerprint.replace(/(.{16})(?=.)/g, '$1 ');
}

/** The form printed in page footers: 4 groups of 4 hex digits. */
export function shortFingerprint(fingerprint: string): string {
  return fingerprint.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 ');
}
