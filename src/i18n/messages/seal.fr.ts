// Sealed signatures (src/signing): the audit trail page of the charter and the PDF seal.
// French typography: ’ and « », with U+00A0 inside guillemets and before : ; ! ?
export const sealFr = {
  'doc.audit.title': 'Journal des signatures',
  'doc.audit.intro':
    'Ce journal récapitule chaque signature {of}. Une signature scellée est signée numériquement (ECDSA P-256) avec une clé créée sur l’appareil où elle a été donnée et qui ne le quitte pas\u00a0; l’empreinte de la clé permet de la reconnaître. Le fichier PDF lui-même est scellé\u00a0: tout lecteur PDF indique s’il a été modifié depuis.',
  'doc.audit.ofCharter': 'de la charte',
  'doc.audit.ofAmendment': 'de l’avenant n°\u00a0{n}',
  'doc.audit.verifyHint':
    'Pour vérifier\u00a0: tout lecteur PDF indique si ce fichier a été modifié depuis son scellement, et le projet (.cocharte.json) ouvert dans Cocharte montre la vérification de chaque signature. Hors ligne, l’outil en ligne de commande de Cocharte fait de même\u00a0: npm run verify -- <fichier>.',
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
  'doc.audit.status.invalid': 'Scellement invalide\u00a0: cette signature ne compte pas',
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
  'seal.setAside.lead':
    '{count, plural, one {Une signature n’est pas reprise\u00a0: son scellement ne tient plus, elle a été modifiée après avoir été donnée.} other {# signatures ne sont pas reprises\u00a0: leur scellement ne tient plus, elles ont été modifiées après avoir été données.}}',
  'seal.setAside.charter': 'Signature {name, elide, de} sur la charte',
  'seal.setAside.amendment': 'Signature {name, elide, de} sur l’avenant n°\u00a0{number}',
  'seal.setAside.hint':
    'Le reste du projet est repris tel quel. Pour que ces partenaires comptent comme signataires, ils signent à nouveau.',
  'seal.setAside.open': 'Ouvrir sans ces signatures',
  'seal.setAside.cancel': 'Ne pas ouvrir',
  'remote.title': 'Signature à distance, par lien',
  'remote.intro':
    'Chaque partenaire peut signer sur son propre appareil : créez son lien et envoyez-le-lui. Il lit la charte, signe (ou refuse, en disant pourquoi) et vous renvoie un petit fichier à importer ici. La signature s’ajoute à cette version seulement.',
  'remote.ask': 'Créer le lien de signature pour {name}',
  'remote.link': 'Lien à envoyer à {name}',
  'remote.status.none': 'pas encore demandée',
  'remote.status.asked': 'demandée le {date}',
  'remote.status.signed': 'signée',
  'remote.status.declined': 'refusée par {name} : « {reason} »',
  'remote.status.askedEarlier': 'demandée le {date}, pour une version antérieure',
  'remote.status.declinedEarlier': 'refusée par {name}, pour une version antérieure : « {reason} »',
  'remote.import': 'Importer une signature reçue (fichier .signature.json)',
  'remote.added': 'Signature {name, elide, de} ajoutée à cette version de la charte.',
  'remote.declinedReceived': 'Refus {name, elide, de} reçu : voir la raison ci-dessus.',
  'remote.unchanged': 'Le projet n’a pas changé.',
  'remote.alreadyAdded': 'Cette signature {name, elide, de} était déjà jointe à cette version\u00a0: rien n’a changé.',
  'remote.refused.damaged': 'Ce fichier n’est pas une réponse de signature Cocharte lisible.',
  'remote.refused.tooLarge':
    'Ce fichier est bien trop grand pour être une réponse de signature\u00a0: il n’a pas été lu.',
  'remote.refused.unknownPartner': 'Signature refusée : elle répond pour un partenaire que cette charte ne nomme pas.',
  'remote.refused.otherCharter':
    'Réponse refusée\u00a0: elle répond à la demande de signature d’une autre charte (elle ne nomme aucun de ses partenaires et ne porte pas sur ce texte). Importez-la dans le projet de cette charte-là.',
  'remote.refused.wrongPartner':
    'Signature refusée : la signature {name, elide, de} nomme un autre partenaire que la réponse.',
  'remote.refused.otherVersion':
    'Signature {name, elide, de} refusée : elle porte sur une autre version de la charte que celle-ci. Envoyez-lui un nouveau lien.',
  'remote.refused.invalid':
    'Signature {name, elide, de} refusée : le fichier a été modifié après la signature (son scellement ne tient plus).',
  'remote.refused.amendmentAnswer':
    'Réponse {name, elide, de} refusée\u00a0: elle porte sur un avenant, pas sur la charte. Importez-la depuis cet avenant, dans le dossier du partenariat.',
  'remote.refused.charterAnswer':
    'Réponse {name, elide, de} refusée\u00a0: elle porte sur la charte, pas sur un avenant.',
  'remote.refused.otherAmendment': 'Réponse {name, elide, de} refusée\u00a0: elle porte sur un autre avenant.',
  'amendmentLink.refused.damaged': 'Ce fichier n’est pas une réponse de signature Cocharte lisible.',
  'amendmentLink.refused.tooLarge':
    'Ce fichier est bien trop grand pour être une réponse de signature\u00a0: il n’a pas été lu.',
  'amendmentLink.refused.unknownPartner':
    'Réponse refusée\u00a0: elle répond pour un partenaire qui n’est pas partie à cet avenant.',
  'amendmentLink.refused.otherCharter':
    'Réponse refusée\u00a0: elle répond à une demande de signature d’une autre charte (elle ne nomme aucune partie à cet avenant et ne porte pas sur ce texte).',
  'amendmentLink.refused.wrongPartner':
    'Réponse refusée\u00a0: la signature {name, elide, de} nomme un autre partenaire que la réponse.',
  'amendmentLink.refused.otherVersion':
    'Signature {name, elide, de} refusée\u00a0: elle porte sur une autre rédaction de cet avenant que celle-ci. Envoyez-lui un nouveau lien.',
  'amendmentLink.refused.invalid':
    'Signature {name, elide, de} refusée\u00a0: le fichier a été modifié après la signature (son scellement ne tient plus).',
  'amendmentLink.refused.amendmentAnswer':
    'Réponse {name, elide, de} refusée\u00a0: elle porte sur un avenant, pas sur la charte.',
  'amendmentLink.refused.charterAnswer':
    'Réponse {name, elide, de} refusée\u00a0: elle porte sur la charte, pas sur cet avenant.',
  'amendmentLink.refused.otherAmendment':
    'Réponse {name, elide, de} refusée\u00a0: elle porte sur un autre avenant que celui-ci.',
  'signatory.amendment.title': 'Signer un avenant',
  'signatory.amendment.heading': 'Avenant n°\u00a0{n} à la charte «\u00a0{title}\u00a0»',
  'signatory.amendment.intro':
    'Vous êtes invité·e à signer cet avenant pour {name}. Lisez ses changements ci-dessous. Votre signature sera scellée avec une clé créée sur cet appareil, puis vous renverrez le fichier de réponse à la personne qui coordonne. Rien n’est envoyé depuis cette page.',
  'signatory.amendment.readText': 'Lire le texte en vigueur après l’avenant',
  'signatory.amendment.writtenIn.fr':
    'Cet avenant et la charte qu’il modifie sont rédigés en français, la langue choisie par les partenaires\u00a0: votre signature porte sur ce texte.',
  'signatory.amendment.writtenIn.en':
    'Cet avenant et la charte qu’il modifie sont rédigés en anglais, la langue choisie par les partenaires\u00a0: votre signature porte sur ce texte.',
  'signatory.setAside.hint':
    'Elles ne figurent pas dans le texte ci-dessous et ne comptent pas. Demandez à la personne qui coordonne, par un autre moyen, quels partenaires ont vraiment signé.',
  'signatory.unsealed.lead':
    '{count, plural, one {Une signature de ce lien n’est pas scellée\u00a0: rien ne prouve qu’elle a été donnée telle qu’elle est affichée.} other {# signatures de ce lien ne sont pas scellées\u00a0: rien ne prouve qu’elles ont été données telles qu’elles sont affichées.}}',
  'signatory.unsealed.hint':
    'Une telle signature vient d’une ancienne version de Cocharte, ou a été écrite à la main. Demandez à la personne qui coordonne, par un autre moyen, si ces partenaires ont vraiment signé.',
  'signatory.pdf': 'Télécharger cette charte (PDF)',
  'signatory.title': 'Signer la charte',
  'signatory.writtenIn.fr':
    'Cette charte est rédigée en français, la langue que les partenaires ont choisie pour elle\u00a0: votre signature porte sur ce texte.',
  'signatory.writtenIn.en':
    'Cette charte est rédigée en anglais, la langue que les partenaires ont choisie pour elle\u00a0: votre signature porte sur ce texte.',
  'signatory.intro':
    'Vous êtes invité·e à signer pour {name}. Lisez la charte ci-dessous. Votre signature sera scellée avec une clé créée sur cet appareil, puis vous renverrez le fichier de réponse à la personne qui coordonne. Rien n’est envoyé depuis cette page.',
  'signatory.sign': 'Signer et télécharger la réponse',
  'signatory.signed':
    'Signature prête : le fichier {file} a été téléchargé. Envoyez-le à la personne qui coordonne ; elle l’importera dans le projet.',
  'signatory.decline': 'Refuser de signer',
  'signatory.declineReason': 'Raison du refus',
  'signatory.declined': 'Refus prêt : le fichier {file} a été téléchargé. Envoyez-le à la personne qui coordonne.',
  'signatory.draft.kept':
    'Ce que vous saisissez ici est gardé dans cet onglet seulement, jusqu’à sa fermeture\u00a0; rien n’est envoyé.',
  'signatory.draft.restored': 'Votre brouillon a été repris\u00a0: ce que vous aviez saisi dans cet onglet est revenu.',
  'signatory.draft.clear': 'Effacer ce brouillon',
  'signatory.draft.cleared': 'Brouillon effacé\u00a0: les formulaires sont revenus à leurs valeurs de départ.',
  'signatory.answerNotKept':
    'Cet onglet n’a pas pu garder votre réponse (stockage plein ou désactivé)\u00a0: gardez le fichier téléchargé, c’est lui qu’il faut envoyer. Après un rechargement, la page proposerait de répondre à nouveau.',
  'signatory.draft.notKept':
    'Ce navigateur ne peut pas garder ce brouillon (stockage plein ou désactivé)\u00a0: un rechargement le perdrait. Vous pouvez tout de même signer.',
  'signatory.answered.signed':
    'Vous avez déjà signé dans cet onglet\u00a0: votre réponse est le fichier {file}. Envoyez-le à la personne qui coordonne.',
  'signatory.answered.declined':
    'Vous avez déjà refusé de signer dans cet onglet\u00a0: votre réponse est le fichier {file}. Envoyez-le à la personne qui coordonne.',
  'signatory.downloadAgain': 'Télécharger à nouveau la réponse',
  'signatory.problem.damaged': 'Ce lien de signature est incomplet ou abîmé. Demandez-en un nouveau.',
  'signatory.problem.tampered':
    'Ce lien a été modifié : la charte qu’il contient n’est pas la version annoncée. Ne signez pas ; demandez un nouveau lien.',
  'signatory.problem.tooLarge':
    'Ce lien est bien plus long qu’un projet ne peut l’être\u00a0: il n’a pas été ouvert. Demandez un nouveau lien à qui vous l’a envoyé.',
  'signatory.problem.unknownPartner': 'Ce lien demande la signature d’un partenaire que la charte ne nomme pas.',
  'doc.seal.reason': 'Charte de partenariat signée — version {fingerprint}',
  'doc.seal.reasonAmendment': 'Avenant n°\u00a0{n} signé — empreinte {fingerprint}',
};

export type SealKey = keyof typeof sealFr;
