import type { SealKey } from './seal.fr';

// English; same keys as seal.fr.ts (checked by `satisfies`).
export const sealEn = {
  'doc.audit.title': 'Signature audit trail',
  'doc.audit.intro':
    'This trail lists every signature of the charter. A sealed signature is digitally signed (ECDSA P-256) with a key created on the device where it was given, which never leaves that device; the key’s fingerprint identifies it. The PDF file itself is sealed: any PDF reader tells whether it was changed since.',
  'doc.audit.verifyHint': 'To verify offline: npm run verify -- <file> (the .cocharte.json project or this PDF).',
  'doc.audit.signatory': 'Signatory',
  'doc.audit.organisation': 'Organisation',
  'doc.audit.when': 'Date and time',
  'doc.audit.whenValue': '{date}, {time} ({zone})',
  'doc.audit.how': 'How',
  'doc.audit.method.typed': 'Typed name',
  'doc.audit.method.drawn': 'Drawn signature',
  'doc.audit.channel.device': 'in the app, on the device where the project was open',
  'doc.audit.channel.link': 'by link, on the signatory’s own device',
  'doc.audit.key': 'Key fingerprint (SHA-256)',
  'doc.audit.noKey': 'none: signed before signatures were sealed',
  'doc.audit.content': 'Content signed (SHA-256)',
  'doc.audit.status': 'Verification',
  'doc.audit.status.valid': 'Valid seal: signature intact, given on this version',
  'doc.audit.status.otherVersion': 'Seal intact, but given on another version than this one',
  'doc.audit.status.invalid': 'Invalid seal: this does not count as a signature of the charter',
  'doc.audit.status.unsealed': 'Unverified (made before signatures were sealed)',
  'signing.seal.valid': 'Sealed signature, verified on this version (key {key}).',
  'signing.seal.otherVersion':
    'Sealed signature, intact, but given on another version (fingerprint {fingerprint}): it does not count for this one.',
  'signing.seal.invalid.badSignature':
    'Invalid signature: the record was changed after signing, or signed with another key than the one it names. It does not count.',
  'signing.seal.invalid.malformedKey': 'Invalid signature: the recorded public key cannot be read. It does not count.',
  'signing.seal.invalid.unknownPartner':
    'Invalid signature: it names a partner the project does not have. It does not count.',
  'signing.seal.unsealed': 'Unverified (made before signatures were sealed).',
  'doc.seal.reason': 'Signed partnership charter — version {fingerprint}',
} satisfies Record<SealKey, string>;
