// What `npm run verify` checks and prints, as plain functions (verify.ts is the entry).
import { contentFingerprint, shortFingerprint } from '../domain/fingerprint';
import { amendmentFingerprint } from '../domain/record-amendments';
import { describeImportError, parseProjectFile } from '../persistence/project-file';
import { createTranslator } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import type { Signature } from '../schemas/signature.schema';
import { verifyPdf, type SealProblem } from '../pdf/verify-pdf';
import {
  type InvalidReason,
  type SignatureCheck,
  type SignatureVerdict,
  verifyProjectSignatures,
  verifySignature,
} from '../signing/verify-signature';

/**
 * Exit codes: 0 every signature valid; 1 something invalid, signed a different version, or
 * a PDF that is not (or no longer) sealed; 2 the file cannot be read; 3 nothing invalid,
 * but some signatures predate sealing and cannot be verified.
 */
export const EXIT = { ok: 0, invalid: 1, unreadable: 2, unverified: 3 } as const;

export interface VerifyOutcome {
  lines: string[];
  code: number;
}

const REASONS: Record<InvalidReason, string> = {
  badSignature: 'the record was changed after signing, or was signed with another key than the one it names',
  malformedKey: 'the public key in the record is not a P-256 key',
  unknownPartner: 'it names a partner this project does not have',
};

const SEAL_PROBLEMS: Record<SealProblem, string> = {
  digestMismatch: 'digest mismatch: the file was changed after it was sealed',
  badSignature: 'the seal’s signature does not verify with its certificate',
  malformed: 'the seal cannot be read',
};

function describe(verdict: SignatureVerdict): { mark: string; text: string } {
  switch (verdict.status) {
    case 'valid':
      return { mark: 'VALID', text: `signed this version, key ${shortFingerprint(verdict.keyFingerprint)}` };
    case 'otherVersion':
      return {
        mark: 'OTHER VERSION',
        text: `intact, but signed a different version (content ${shortFingerprint(verdict.signedFingerprint)}), key ${shortFingerprint(verdict.keyFingerprint)}`,
      };
    case 'invalid':
      return { mark: 'INVALID', text: REASONS[verdict.reason] };
    case 'unsealed':
      return { mark: 'UNVERIFIED', text: 'made before signatures were sealed: nothing proves it' };
  }
}

type Partners = ReadonlyArray<{ id: string; name: string }>;

function who(signature: Signature, partners: Partners): string {
  const partner = partners.find((p) => p.id === signature.partnerId);
  return `${signature.signatoryName} (${partner?.name.trim() || signature.partnerId})`;
}

function summarise(checks: SignatureCheck[], partners: Partners): VerifyOutcome {
  const lines = checks.map(({ signature, verdict }, i) => {
    const { mark, text } = describe(verdict);
    return `  Signature ${i + 1}, ${who(signature, partners)}: ${mark} — ${text}`;
  });
  if (checks.length === 0) lines.push('  No signature.');
  const statuses = checks.map((c) => c.verdict.status);
  const code = statuses.some((s) => s === 'invalid' || s === 'otherVersion')
    ? EXIT.invalid
    : statuses.includes('unsealed')
      ? EXIT.unverified
      : EXIT.ok;
  return { lines, code };
}

/** A project file's content, or the reason it cannot be read (in English). */
export function readProjectText(text: string): { ok: true; project: DraftProject } | { ok: false; error: string } {
  const parsed = parseProjectFile(text);
  if (parsed.ok) return parsed;
  // The same words as `render` and the app's import: a damaged file names what it cannot read.
  return { ok: false, error: describeImportError(parsed, createTranslator('en')) };
}

/** A .cocharte.json project: every signature against the project's current content. */
export async function verifyProjectText(text: string): Promise<VerifyOutcome> {
  const parsed = readProjectText(text);
  if (!parsed.ok) return { lines: [parsed.error], code: EXIT.unreadable };
  const report = await verifyProjectSignatures(parsed.project);
  const outcome = summarise(report.checks, parsed.project.partners.partners);
  return {
    lines: [
      `Content fingerprint: ${report.fingerprint}`,
      ...outcome.lines,
      report.checks.length === 0 ? 'Result: nothing to verify.' : verdictLine(outcome.code),
    ],
    code: outcome.code,
  };
}

/**
 * A charter PDF: its PAdES seal(s) over the bytes, then the signature records it carries,
 * each against the content fingerprint embedded with them.
 */
export async function verifyPdfBytes(bytes: Uint8Array, project?: DraftProject): Promise<VerifyOutcome> {
  const report = await verifyPdf(bytes);
  const lines: string[] = [];
  let code: number = EXIT.ok;
  if (report.seals.length === 0) {
    lines.push('PDF seal: NONE — this PDF is not sealed (only signed charters are).');
    code = EXIT.invalid;
  }
  for (const seal of report.seals) {
    const last = seal.index === report.seals.length;
    if (seal.status === 'invalid') {
      lines.push(
        `PDF seal ${seal.index} (${seal.signer || 'unknown signer'}): INVALID — ${SEAL_PROBLEMS[seal.problem!]}`,
      );
      code = EXIT.invalid;
    } else if (last && !seal.coversWholeFile) {
      lines.push(`PDF seal ${seal.index} (${seal.signer}): INVALID — bytes were added after the last seal`);
      code = EXIT.invalid;
    } else {
      lines.push(
        `PDF seal ${seal.index} (${seal.signer}): VALID — ${seal.coversWholeFile ? 'covers the whole file' : 'covers an earlier revision'} (self-issued certificate: proves integrity, not identity)`,
      );
    }
  }
  const evidence = report.evidence;
  if (!evidence) {
    if (report.seals.length > 0) lines.push('Signature records: none attached.');
  } else {
    lines.push(`Content fingerprint embedded: ${evidence.fingerprint}`);
    const checks = await Promise.all(
      evidence.signatures.map(async (signature) => ({
        signature,
        verdict: await verifySignature(signature, evidence.fingerprint),
      })),
    );
    const outcome = summarise(checks, evidence.partners ?? []);
    lines.push(...outcome.lines);
    code = worst(code, outcome.code);
  }
  if (project) {
    // The PDF matches a project file only if both carry the same signed content: the
    // charter's, or for an amendment's PDF that amendment's own.
    const amendment = evidence?.amendment
      ? project.record.amendments.find((a) => a.number === evidence.amendment)
      : undefined;
    const expected = amendment ? await amendmentFingerprint(amendment) : await contentFingerprint(project);
    if (evidence?.fingerprint === expected) lines.push('Project file: same content as this PDF.');
    else {
      lines.push(
        `Project file: DIFFERENT content (project ${shortFingerprint(expected)}): not the version in this PDF.`,
      );
      code = EXIT.invalid;
    }
  }
  lines.push(verdictLine(code));
  return { lines, code };
}

/** invalid > unreadable > unverified > ok, as a single exit code. */
function worst(a: number, b: number): number {
  const order: number[] = [EXIT.ok, EXIT.unverified, EXIT.unreadable, EXIT.invalid];
  const rank = (c: number) => order.indexOf(c);
  return rank(a) >= rank(b) ? a : b;
}

function verdictLine(code: number): string {
  if (code === EXIT.ok) return 'Result: everything verifies.';
  if (code === EXIT.unverified) return 'Result: nothing invalid, but some signatures cannot be verified.';
  return 'Result: NOT VALID.';
}
