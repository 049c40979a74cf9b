import { useId, useState } from 'react';
import {
  AnswerImport,
  RequestLinkField,
  RequestStatusText,
  statusVersion,
} from '../components/ui/signature-request-parts';
import type { MessageKey } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-provider';
import { signAmendment } from '../domain/record-amendments';
import type { DraftProject } from '../schemas/project.schema';
import type { Amendment } from '../schemas/record.schema';
import type { ReturnProblem } from '../signing/signature-request';
import { amendmentStatusKey, useRequestStatuses } from '../signing/use-request-statuses';

// Loaded when a link is asked for or an answer imported: the record opens without it (and
// its link compression), as the charter's signing step loads it with itself.
const signing = () => import('../signing/signature-request');

/**
 * Signing an amendment by link, the coordinator's side (the charter's machinery, issue 14,
 * pointed at one amendment): a link per party who has not signed, carrying the amendment's
 * id and own fingerprint; who was asked and who declined kept beside the charter's; and
 * the import of an answer, attached to this amendment only when it answers a request about
 * it, for one of its parties, sealed on its own fingerprint — else refused, with why.
 */
export function AmendmentLinks({
  record,
  amendment,
  fingerprint,
  parties,
  signedBy,
  canAsk,
  onSigned,
}: {
  /** The stored project: the signed charter and its record, as the chain checks them. */
  record: DraftProject;
  amendment: Amendment;
  /** The amendment's own fingerprint; null while it is computed. */
  fingerprint: string | null;
  parties: { id: string; name: string }[];
  signedBy: ReadonlySet<string>;
  /** Whether the amendment may be signed yet (a subject, and changes). */
  canAsk: boolean;
  onSigned: (amendment: Amendment) => void;
}) {
  const { t } = useI18n();
  const [statuses, setStatuses] = useRequestStatuses(record.id);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const id = useId();
  const nameOf = (id: string) => parties.find((p) => p.id === id)?.name.trim() || id;
  const key = (partnerId: string) => amendmentStatusKey(amendment.number, partnerId);

  const ask = async (partnerId: string) => {
    if (!fingerprint) return;
    const { createAmendmentSignatureRequest, signatureRequestLink } = await signing();
    const request = await createAmendmentSignatureRequest(record, amendment, partnerId);
    const link = signatureRequestLink(request, location.href);
    setStatuses((s) => ({ ...s, [key(partnerId)]: { kind: 'asked', fingerprint, link, at: request.askedAt } }));
  };

  const receive = async (file: File) => {
    const { checkAmendmentReturn, checkReturnFile } = await signing();
    const checked = await checkReturnFile(file, (raw) => checkAmendmentReturn(record, amendment, raw));
    if (!checked.ok) {
      const problem: MessageKey = `amendmentLink.refused.${checked.problem satisfies ReturnProblem}`;
      setMessage({
        text: `${t(problem, { name: nameOf(checked.partnerId ?? '') })} ${t('remote.unchanged')}`,
        error: true,
      });
      return;
    }
    const name = nameOf(checked.partnerId);
    if (checked.status === 'declined') {
      const { partnerId, fingerprint: declined, at, declinedBy: by, reason } = checked;
      setStatuses((s) => ({ ...s, [key(partnerId)]: { kind: 'declined', fingerprint: declined, at, by, reason } }));
      setMessage({ text: t('remote.declinedReceived', { name }), error: false });
      return;
    }
    const value = checked.signature.proof?.value;
    if (value && amendment.signatures.some((s) => s.proof?.value === value)) {
      setMessage({ text: t('remote.alreadyAdded', { name }), error: false });
      return;
    }
    // The signature is already sealed on this amendment's fingerprint (checked above): the
    // domain's rule stores it, in place of any earlier one of the same partner.
    const { signature } = checked;
    onSigned(await signAmendment(amendment, signature, async () => signature));
    setMessage({ text: t('record.link.added', { name }), error: false });
  };

  return (
    <section className="panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('record.link.title')}</h3>
      <p>{t('record.link.intro')}</p>
      <ul className="record-signatures">
        {parties.map((p) => {
          const signed = signedBy.has(p.id);
          const status = statuses[key(p.id)];
          // As for the charter: a status about an earlier wording of the draft stays shown
          // as such, and its link is no longer offered.
          const { earlier, current } = statusVersion(status, fingerprint);
          const fieldId = `${id}-link-${p.id}`;
          return (
            <li key={p.id}>
              <strong>{p.name}</strong> <RequestStatusText signed={signed} status={status} earlier={earlier} />
              {!signed && (
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={!canAsk || !fingerprint}
                  onClick={() => void ask(p.id)}
                >
                  {t('record.link.ask', { name: p.name })}
                </button>
              )}
              {!signed && current && status?.kind === 'asked' && (
                <RequestLinkField id={fieldId} label={t('remote.link', { name: p.name })} link={status.link} />
              )}
            </li>
          );
        })}
      </ul>
      <AnswerImport onFile={(file) => void receive(file)} message={message} />
    </section>
  );
}
