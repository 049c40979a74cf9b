import type { DraftProject } from '../schemas/project.schema';
import type { Signature } from '../schemas/signature.schema';
import { verifySignature } from './verify-signature';

/** A signature left out of a received project, as the notice names it. */
export interface SetAsideSignature {
  partnerId: string;
  signatoryName: string;
  /** The amendment it was on; null for the charter itself. */
  amendment: number | null;
}

/**
 * The project's signatures that `pick` selects, the charter's then each amendment's, named
 * as the notices name them (who, and on which text).
 */
export function namedSignatures(project: DraftProject, pick: (signature: Signature) => boolean): SetAsideSignature[] {
  const named = (s: Signature, amendment: number | null) => ({
    partnerId: s.partnerId,
    signatoryName: s.signatoryName,
    amendment,
  });
  return [
    ...project.signatures.filter(pick).map((s) => named(s, null)),
    ...project.record.amendments.flatMap((a) => a.signatures.filter(pick).map((s) => named(s, a.number))),
  ];
}

/** Whether a record's seal fails, whatever content it claims (an unsealed record has none to fail). */
async function sealBroken(signature: Signature): Promise<boolean> {
  return (await verifySignature(signature, signature.fingerprint)).status === 'invalid';
}

async function split(signatures: readonly Signature[]): Promise<{ kept: Signature[]; broken: Signature[] }> {
  const verdicts = await Promise.all(signatures.map(sealBroken));
  return {
    kept: signatures.filter((_, i) => !verdicts[i]),
    broken: signatures.filter((_, i) => verdicts[i]),
  };
}

/**
 * A project as it may enter this device (a file, a link, a partner's copy): a signature
 * whose seal no longer holds was changed after it was given (a name, a date, the content it
 * claims), so it is left out before anything counts it — the signature rule
 * (domain/signatures.ts) is synchronous and trusts the records it is given. The caller
 * tells the user which ones. An intact project comes back as the same object.
 */
export async function withoutBrokenSeals(
  project: DraftProject,
): Promise<{ project: DraftProject; setAside: SetAsideSignature[] }> {
  const own = await split(project.signatures);
  const amendments = await Promise.all(project.record.amendments.map((a) => split(a.signatures)));
  const broken = new Set([...own.broken, ...amendments.flatMap((a) => a.broken)]);
  const setAside = namedSignatures(project, (s) => broken.has(s));
  if (setAside.length === 0) return { project, setAside };
  return {
    project: {
      ...project,
      signatures: own.kept,
      record: {
        ...project.record,
        amendments: project.record.amendments.map((a, i) => ({ ...a, signatures: amendments[i]?.kept ?? [] })),
      },
    },
    setAside,
  };
}
