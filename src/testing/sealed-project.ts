// A project signed by its three partners, each with their own device key (issue 14 tests).
import { contentFingerprint } from '../domain/fingerprint';
import { amendmentFingerprint, draftAmendment, signAmendment, withAmendment } from '../domain/record-amendments';
import type { DraftProject } from '../schemas/project.schema';
import { createDeviceKeyPair } from '../signing/device-key';
import { sealSignature } from '../signing/seal-signature';
import { baseProject } from './test-projects';

export interface SealedProject {
  project: DraftProject;
  fingerprint: string;
  /** The key of each partner's device, by partner id. */
  keys: Record<string, CryptoKeyPair>;
}

const SIGNERS = [
  { partnerId: 'asso', signatoryName: 'Élise Guérin', signatoryTitle: 'Présidente', place: 'Nantes', offset: '+01:00' },
  { partnerId: 'company', signatoryName: 'Marc Lefèvre', signatoryTitle: 'Gérant', place: 'Lyon', offset: '+01:00' },
  {
    partnerId: 'south',
    signatoryName: 'Nguyễn Thị Minh Khai',
    signatoryTitle: 'Directrice',
    place: 'Nha Trang',
    offset: '+07:00',
  },
] as const;

export async function sealedProject(
  project: DraftProject = baseProject(),
  { oneDevice = false }: { oneDevice?: boolean } = {},
): Promise<SealedProject> {
  const fingerprint = await contentFingerprint(project);
  const keys: Record<string, CryptoKeyPair> = {};
  const signatures = [];
  // One device for all (the partners signing in turn on one laptop), or one each.
  const shared = oneDevice ? await createDeviceKeyPair() : null;
  for (const [i, s] of SIGNERS.entries()) {
    const pair = shared ?? (await createDeviceKeyPair());
    keys[s.partnerId] = pair;
    signatures.push(
      await sealSignature(
        {
          partnerId: s.partnerId,
          signatoryName: s.signatoryName,
          signatoryTitle: s.signatoryTitle,
          place: s.place,
          date: '2026-03-01',
          method: 'typed',
          fingerprint,
          signedAt: `2026-03-01T1${i}:30:00${s.offset}`,
        },
        pair,
        i === 0 ? 'device' : 'link',
      ),
    );
  }
  return { project: { ...project, signatures }, fingerprint, keys };
}

/**
 * The sealed charter amended once (the company's yearly money), the amendment co-signed by
 * the three partners, each with their own device key, on 20 April 2027.
 */
export async function sealedAmendedProject(): Promise<SealedProject & { amendmentFingerprint: string }> {
  const sealed = await sealedProject();
  const { project, keys } = sealed;
  const role = project.framework.roles.find((r) => r.partnerId === 'company')!;
  let amendment = await draftAmendment(project, {
    id: 'am1',
    date: '2027-04-20',
    title: 'Apport financier revu',
    reason: 'Subvention régionale obtenue.',
    changes: [
      {
        id: 'framework.roles[company].money',
        path: ['framework', 'roles', 'company', 'money'],
        kind: 'changed',
        label: 'Rôle de l’entreprise › Apport financier',
        before: role.money,
        after: '25\u00a0000\u00a0€ par an',
        beforeText: role.money,
        afterText: '25\u00a0000\u00a0€ par an',
      },
    ],
  });
  for (const [i, s] of SIGNERS.entries()) {
    amendment = await signAmendment(
      amendment,
      {
        partnerId: s.partnerId,
        signatoryName: s.signatoryName,
        signatoryTitle: s.signatoryTitle,
        place: s.place,
        date: '2027-04-20',
        method: 'typed',
        signedAt: `2027-04-20T1${i}:00:00${s.offset}`,
      },
      (signature) => sealSignature(signature, keys[s.partnerId]!, 'device'),
    );
  }
  return {
    ...sealed,
    project: withAmendment(project, amendment),
    amendmentFingerprint: await amendmentFingerprint(amendment),
  };
}
