// Sealed signatures (src/signing): the audit trail page of the charter and the PDF seal.
// French typography: ’ and « », with U+00A0 inside guillemets and before : ; ! ?
export const sealFr = {
  'doc.audit.title': 'Journal des signatures',
  'doc.audit.intro':
    'Ce journal récapitule chaque signature de la charte. Une signature scellée est signée numériquement (ECDSA P-256) avec une clé créée sur l’appareil où elle a été donnée et qui ne le quitte pas\u00a0; l’empreinte de la clé permet de la reconnaître. Le fichier PDF lui-même est scellé\u00a0: tout lecteur PDF indique s’il a été modifié depuis.',
  'doc.audit.verifyHint':
    'Pour vérifier hors ligne\u00a0: npm run verify -- <fichier> (le projet .cocharte.json ou ce PDF).',
  'doc.audit.signatory': 'Signataire',
  'doc.audit.organisation': 'Organisation',
  'doc.audit.when': 'Date et heure',
  'doc.audit.whenValue': '{date}, {time} ({zone})',
  'doc.audit.how': 'Mode',
  'doc.audit.method.typed': 'Nom saisi',
  'doc.audit.method.drawn': 'Signature tracée',
  'doc.audit.channel.device': 'dans l’application, sur l’appareil où le projet était ouvert',
  'doc.audit.channel.link': 'par lien, sur l’appareil du ou de la signataire',
  'doc.audit.key': 'Empreinte de la clé (SHA-256)',
  'doc.audit.noKey': 'aucune\u00a0: signature faite avant le scellement des signatures',
  'doc.audit.content': 'Contenu signé (SHA-256)',
  'doc.audit.status': 'Vérification',
  'doc.audit.status.valid': 'Scellement valide\u00a0: signature intacte, donnée sur cette version',
  'doc.audit.status.otherVersion': 'Scellement intact, mais donné sur une autre version que celle-ci',
  'doc.audit.status.invalid': 'Scellement invalide\u00a0: cette signature ne vaut pas signature de la charte',
  'doc.audit.status.unsealed': 'Non vérifiée (signature faite avant le scellement des signatures)',
  'signing.seal.valid': 'Signature scellée et vérifiée sur cette version (clé {key}).',
  'signing.seal.otherVersion':
    'Signature scellée intacte, mais donnée sur une autre version (empreinte {fingerprint}) : elle ne vaut pas pour celle-ci.',
  'signing.seal.invalid.badSignature':
    'Signature invalide : l’enregistrement a été modifié après la signature, ou signé avec une autre clé que celle qu’il indique. Elle ne compte pas.',
  'signing.seal.invalid.malformedKey':
    'Signature invalide : la clé publique enregistrée est illisible. Elle ne compte pas.',
  'signing.seal.invalid.unknownPartner':
    'Signature invalide : elle nomme un partenaire absent du projet. Elle ne compte pas.',
  'signing.seal.unsealed': 'Non vérifiée (signature faite avant le scellement des signatures).',
  'doc.seal.reason': 'Charte de partenariat signée — version {fingerprint}',
};

export type SealKey = keyof typeof sealFr;
