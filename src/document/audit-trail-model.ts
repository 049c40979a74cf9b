import { shortFingerprint } from '../domain/fingerprint';
import type { MessageKey } from '../i18n/i18n';
import type { Signature } from '../schemas/signature.schema';
import type { Article, Block } from './document-model';
import { fields, type ModelContext } from './model-helpers';

/**
 * One signature with the outcome of its cryptographic check (src/signing computes it; the
 * document layer only prints it). Structural, so the signing layer's verdicts fit as they are.
 */
export interface AuditSignatureCheck {
  signature: Signature;
  verdict: {
    status: 'valid' | 'otherVersion' | 'invalid' | 'unsealed';
    /** SHA-256 of the signer's public key, 64 hex digits; absent for unsealed signatures. */
    keyFingerprint?: string;
  };
}

/** The full 64 digits in four groups of 16, as on the signatures page. */
const grouped = (hex: string) => hex.replace(/(.{16})(?=.)/g, '$1 ');

/**
 * "1 mars 2026, 11:00 (UTC+01:00)": the date and clock time as the signer's device gave them,
 * with their offset, so the trail never converts a time into the reader's own zone.
 */
export function signedAtText(ctx: ModelContext, signedAt: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(signedAt);
  if (!match) return signedAt;
  const [, day, time, offset] = match;
  return ctx.mono('doc.audit.whenValue', {
    date: ctx.date(day!),
    time: time!,
    zone: offset === 'Z' ? 'UTC' : `UTC${offset}`,
  });
}

/**
 * The audit trail page: for each signature, who, when (with its time zone), how, the key's
 * fingerprint and the content fingerprint it signed, and what the check found. Built from
 * existing block types, so every renderer draws it without new code. Nothing when the
 * charter has no signature.
 */
export function auditTrailArticle(
  ctx: ModelContext,
  checks: AuditSignatureCheck[],
  number: number,
  /** Whose signatures: « de la charte », « de l’avenant n° 2 ». */
  of: string,
): Article | null {
  if (checks.length === 0) return null;
  const { t } = ctx;
  const blocks: Block[] = [
    { type: 'paragraph', text: t('doc.audit.intro', { of }) },
    { type: 'paragraph', text: t('doc.audit.verifyHint') },
  ];
  for (const { signature: s, verdict } of checks) {
    const organisation = ctx.partnerName(s.partnerId);
    const how = [
      t(`doc.audit.method.${s.method}` satisfies MessageKey),
      ...(s.proof ? [t(`doc.audit.channel.${s.proof.channel}` satisfies MessageKey)] : []),
    ].join(', ');
    blocks.push(
      { type: 'subheading', text: [s.signatoryName.trim(), organisation].filter(Boolean).join(' — ') },
      {
        type: 'fields',
        keepTogether: true,
        items: fields(
          [t('doc.audit.signatory'), [s.signatoryName.trim(), s.signatoryTitle.trim()].filter(Boolean).join(', ')],
          [t('doc.audit.organisation'), organisation],
          [t('doc.audit.when'), signedAtText(ctx, s.signedAt)],
          [t('doc.audit.how'), how],
          [
            t('doc.audit.key'),
            verdict.keyFingerprint ? shortFingerprint(verdict.keyFingerprint) : t('doc.audit.noKey'),
          ],
          [t('doc.audit.content'), grouped(s.fingerprint)],
          [t('doc.audit.status'), t(`doc.audit.status.${verdict.status}` satisfies MessageKey)],
        ),
      },
    );
  }
  const title = t('doc.audit.title');
  return { id: 'audit', number, title, heading: title, blocks };
}
