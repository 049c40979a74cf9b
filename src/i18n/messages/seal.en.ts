import type { SealKey } from './seal.fr';

// English; same keys as seal.fr.ts (checked by `satisfies`).
export const sealEn = {
  'doc.audit.title': 'Signature audit trail',
  'doc.audit.intro':
    'This trail lists every signature {of}. A sealed signature is digitally signed (ECDSA P-256) with a key created on the device where it was given, which never leaves that device; the key’s fingerprint identifies it. The PDF file itself is sealed: any PDF reader tells whether it was changed since.',
  'doc.audit.ofCharter': 'of the charter',
  'doc.audit.ofAmendment': 'of amendment no. {n}',
  'doc.audit.verifyHint':
    'To verify: any PDF reader tells whether this file was changed since it was sealed, and the project (.cocharte.json) opened in Cocharte shows each signature’s check. Offline, Cocharte’s command-line tool does the same: npm run verify -- <file>.',
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
  'doc.audit.status.invalid': 'Invalid seal: this signature does not count',
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
  'seal.setAside.lead':
    '{count, plural, one {One signature is not kept: its seal no longer holds, it was changed after it was given.} other {# signatures are not kept: their seals no longer hold, they were changed after they were given.}}',
  'seal.setAside.charter': 'Signature of {name} on the charter',
  'seal.setAside.amendment': 'Signature of {name} on amendment no. {number}',
  'seal.setAside.hint':
    'The rest of the project is kept as it is. For these partners to count as signatories, they sign again.',
  'seal.setAside.open': 'Open without these signatures',
  'seal.setAside.cancel': 'Do not open',
  'remote.title': 'Signing remotely, by link',
  'remote.intro':
    'Each partner can sign on their own device: create their link and send it to them. They read the charter, sign (or decline, saying why) and send you back a small file to import here. The signature is added to this version only.',
  'remote.ask': 'Create the signing link for {name}',
  'remote.link': 'Link to send to {name}',
  'remote.status.none': 'not asked yet',
  'remote.status.asked': 'asked on {date}',
  'remote.status.signed': 'signed',
  'remote.status.declined': 'declined by {name}: “{reason}”',
  'remote.status.askedEarlier': 'asked on {date}, for an earlier version',
  'remote.status.declinedEarlier': 'declined by {name}, for an earlier version: “{reason}”',
  'remote.import': 'Import a returned signature (.signature.json file)',
  'remote.added': 'Signature of {name} added to this version of the charter.',
  'remote.declinedReceived': 'Refusal from {name} received: see the reason above.',
  'remote.unchanged': 'The project has not changed.',
  'remote.alreadyAdded': 'This signature of {name} was already attached to this version: nothing changed.',
  'remote.refused.damaged': 'This file is not a readable Cocharte signature return.',
  'remote.refused.tooLarge': 'This file is far too large to be a signature answer: it was not read.',
  'remote.refused.unknownPartner': 'Signature refused: it answers for a partner this charter does not name.',
  'remote.refused.otherCharter':
    'Answer refused: it answers the signature request of another charter (it names none of its partners and is not about this text). Import it into that charter’s project.',
  'remote.refused.wrongPartner': 'Signature refused: the signature of {name} names another partner than the return.',
  'remote.refused.otherVersion':
    'Signature of {name} refused: it was given on another version of the charter than this one. Send them a new link.',
  'remote.refused.invalid':
    'Signature of {name} refused: the file was changed after signing (its seal no longer holds).',
  'remote.refused.amendmentAnswer':
    'Answer from {name} refused: it is about an amendment, not the charter. Import it from that amendment, in the partnership record.',
  'remote.refused.charterAnswer': 'Answer from {name} refused: it is about the charter, not an amendment.',
  'remote.refused.otherAmendment': 'Answer from {name} refused: it is about another amendment.',
  'amendmentLink.refused.damaged': 'This file is not a readable Cocharte signature return.',
  'amendmentLink.refused.tooLarge': 'This file is far too large to be a signature answer: it was not read.',
  'amendmentLink.refused.unknownPartner':
    'Answer refused: it answers for a partner who is not a party to this amendment.',
  'amendmentLink.refused.otherCharter':
    'Answer refused: it answers a signature request of another charter (it names no party to this amendment and is not about this text).',
  'amendmentLink.refused.wrongPartner':
    'Answer refused: the signature of {name} names another partner than the answer.',
  'amendmentLink.refused.otherVersion':
    'Signature of {name} refused: it was given on another wording of this amendment than this one. Send them a new link.',
  'amendmentLink.refused.invalid':
    'Signature of {name} refused: the file was changed after signing (its seal no longer holds).',
  'amendmentLink.refused.amendmentAnswer': 'Answer from {name} refused: it is about an amendment, not the charter.',
  'amendmentLink.refused.charterAnswer': 'Answer from {name} refused: it is about the charter, not this amendment.',
  'amendmentLink.refused.otherAmendment': 'Answer from {name} refused: it is about another amendment than this one.',
  'signatory.amendment.title': 'Sign an amendment',
  'signatory.amendment.heading': 'Amendment no. {n} to the charter “{title}”',
  'signatory.amendment.intro':
    'You are asked to sign this amendment for {name}. Read its changes below. Your signature will be sealed with a key created on this device, then you send the answer file back to the coordinator. Nothing is sent from this page.',
  'signatory.amendment.readText': 'Read the text in force after the amendment',
  'signatory.amendment.writtenIn.fr':
    'This amendment and the charter it amends are written in French, the language the partners chose: your signature applies to this text.',
  'signatory.amendment.writtenIn.en':
    'This amendment and the charter it amends are written in English, the language the partners chose: your signature applies to this text.',
  'signatory.setAside.hint':
    'They are not shown in the text below and do not count. Ask the coordinator, through another channel, which partners have really signed.',
  'signatory.unsealed.lead':
    '{count, plural, one {One signature in this link carries no seal: nothing proves it was given as shown.} other {# signatures in this link carry no seal: nothing proves they were given as shown.}}',
  'signatory.unsealed.hint':
    'Such a signature comes from an older version of Cocharte, or was written by hand. Ask the coordinator, through another channel, whether these partners really signed.',
  'signatory.pdf': 'Download this charter (PDF)',
  'signatory.title': 'Sign the charter',
  'signatory.writtenIn.fr':
    'This charter is written in French, the language the partners chose for it: your signature applies to this text.',
  'signatory.writtenIn.en':
    'This charter is written in English, the language the partners chose for it: your signature applies to this text.',
  'signatory.intro':
    'You are asked to sign for {name}. Read the charter below. Your signature will be sealed with a key created on this device, then you send the answer file back to the coordinator. Nothing is sent from this page.',
  'signatory.sign': 'Sign and download the answer',
  'signatory.signed':
    'Signature ready: the file {file} was downloaded. Send it to the coordinator, who will import it into the project.',
  'signatory.decline': 'Decline to sign',
  'signatory.declineReason': 'Reason for declining',
  'signatory.declined': 'Refusal ready: the file {file} was downloaded. Send it to the coordinator.',
  'signatory.draft.kept': 'What you type here is kept in this tab only, until it is closed; nothing is sent.',
  'signatory.draft.restored': 'Your draft was restored: what you had typed in this tab is back.',
  'signatory.draft.clear': 'Clear this draft',
  'signatory.draft.cleared': 'Draft cleared: the forms are back to their starting values.',
  'signatory.answerNotKept':
    'This tab could not keep your answer (storage full or disabled): keep the downloaded file, it is the one to send. After a reload, the page would offer to answer again.',
  'signatory.draft.notKept':
    'This browser cannot keep this draft (storage full or disabled): a reload would lose it. You can still sign.',
  'signatory.answered.signed':
    'You already signed in this tab: your answer is the file {file}. Send it to the coordinator.',
  'signatory.answered.declined':
    'You already declined to sign in this tab: your answer is the file {file}. Send it to the coordinator.',
  'signatory.downloadAgain': 'Download the answer again',
  'signatory.problem.damaged': 'This signing link is incomplete or damaged. Ask for a new one.',
  'signatory.problem.tampered':
    'This link was altered: the charter in it is not the version it announces. Do not sign; ask for a new link.',
  'signatory.problem.tooLarge':
    'This link is far longer than any project can be: it was not opened. Ask whoever sent it for a new link.',
  'signatory.problem.unknownPartner': 'This link asks for the signature of a partner the charter does not name.',
  'doc.seal.reason': 'Signed partnership charter — version {fingerprint}',
  'doc.seal.reasonAmendment': 'Signed amendment no. {n} — fingerprint {fingerprint}',
} satisfies Record<SealKey, string>;
