import { useState } from 'react';
import {
  AnswerImport,
  RequestLinkField,
  RequestStatusText,
  statusVersion,
} from '../../components/ui/signature-request-parts';
import { useI18n } from '../../i18n/i18n-provider';
import type { MessageKey } from '../../i18n/i18n';
import { WizardContext } from '../../machine/wizard.context';
import { selectPartnerSignatures, selectProject } from '../../machine/wizard.selectors';
import {
  type CheckedReturn,
  checkSignatureReturn,
  checkReturnFile,
  createSignatureRequest,
  type ReturnProblem,
  signatureRequestLink,
} from '../../signing/signature-request';
import { useRequestStatuses } from '../../signing/use-request-statuses';

/**
 * Signing by link, the coordinator's side: one link per signatory carrying this exact
 * version, and the import of what comes back. A returned signature is attached to this
 * version with the same event as one given here — never offered as a change to merge — or
 * refused with its reason, leaving the project as it was.
 */
export function RemoteSigning({ fingerprint }: { fingerprint: string | null }) {
  const { t } = useI18n();
  const actor = WizardContext.useActorRef();
  const project = WizardContext.useSelector(selectProject);
  // The signature rule: a record on another text, or one of two for a partner, does not
  // sign it, so that partner is asked again like any other.
  const signatures = WizardContext.useSelector(selectPartnerSignatures);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const partners = project.partners.partners;
  const nameOf = (id: string) => partners.find((p) => p.id === id)?.name.trim() || id;
  const projectId = project.id;

  // Kept on the device beside the project, with its amendments' (read and written there).
  const [statuses, setStatuses] = useRequestStatuses(projectId);

  const ask = (partnerId: string) => {
    if (!fingerprint) return;
    const request = createSignatureRequest(project, partnerId, fingerprint);
    const link = signatureRequestLink(request, location.href);
    setStatuses((s) => ({ ...s, [partnerId]: { kind: 'asked', fingerprint, link, at: request.askedAt } }));
  };

  const receive = async (file: File) => {
    const checked: CheckedReturn = await checkReturnFile(file, (raw) => checkSignatureReturn(project, raw));
    if (!checked.ok) {
      const key: MessageKey = `remote.refused.${checked.problem satisfies ReturnProblem}`;
      setMessage({
        text: `${t(key, { name: nameOf(checked.partnerId ?? '') })} ${t('remote.unchanged')}`,
        error: true,
      });
      return;
    }
    if (checked.status === 'declined') {
      setStatuses((s) => ({
        ...s,
        [checked.partnerId]: {
          kind: 'declined',
          fingerprint: checked.fingerprint,
          at: checked.at,
          by: checked.declinedBy,
          reason: checked.reason,
        },
      }));
      setMessage({ text: t('remote.declinedReceived', { name: nameOf(checked.partnerId) }), error: false });
      return;
    }
    // The same sealed answer imported again: nothing to add.
    const value = checked.signature.proof?.value;
    if (value && project.signatures.some((s) => s.proof?.value === value)) {
      setMessage({ text: t('remote.alreadyAdded', { name: nameOf(checked.partnerId) }), error: false });
      return;
    }
    actor.send({ type: 'signature.added', signature: checked.signature });
    setMessage({ text: t('remote.added', { name: nameOf(checked.partnerId) }), error: false });
  };

  return (
    <section className="panel remote-signing" aria-labelledby="remote-signing-heading">
      <h3 id="remote-signing-heading">{t('remote.title')}</h3>
      <p>{t('remote.intro')}</p>
      <ul className="remote-signing__list">
        {partners.map((p, i) => {
          const name = p.name.trim() || t('partners.partnerN', { n: i + 1 });
          const signed = signatures[i]?.state === 'signed';
          const status = statuses[p.id];
          // A status about another version is kept and shown as such, not dropped: a refusal's
          // reason often explains the change. Its link is no longer offered: it asks to sign
          // content that is no longer this charter's. (While the fingerprint is being
          // computed, the status is shown but not its link.)
          const { earlier, current } = statusVersion(status, fingerprint);
          return (
            <li key={p.id}>
              <strong>{name}</strong> <RequestStatusText signed={signed} status={status} earlier={earlier} />
              {!signed && (
                <button type="button" className="button button--secondary" onClick={() => ask(p.id)}>
                  {t('remote.ask', { name })}
                </button>
              )}
              {!signed && current && status?.kind === 'asked' && (
                <RequestLinkField id={`remote-link-${p.id}`} label={t('remote.link', { name })} link={status.link} />
              )}
            </li>
          );
        })}
      </ul>
      <AnswerImport onFile={(file) => void receive(file)} message={message} />
    </section>
  );
}
