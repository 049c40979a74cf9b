/** The facilitator's workshop mode (src/facilitator). */
export const workshopFr = {
  'stepper.locked': 'pas encore ouverte',
  'stepper.lockedStep': 'cette étape s’ouvre quand la précédente a été enregistrée avec « Enregistrer et continuer ».',
  'stepper.lockedReview': 'la relecture s’ouvre quand les cinq étapes ont été ouvertes.',
  'stepper.lockedSigning': 'la signature s’ouvre quand la charte est complète (voir la relecture).',
  'workshop.fullscreen': 'Plein écran',
  'workshop.exitFullscreen': 'Quitter le plein écran',
  'workshop.restart': 'Relancer le minuteur',
  'workshop.timeUpSignal': 'Temps écoulé\u202f!',
  'workshop.timerLabel': 'Minuteur de l’étape',
  'workshop.timerRestarts': 'Le minuteur repart à chaque changement d’étape.',
  'workshop.pair': 'Binôme',
  'workshop.pairName': 'Nom du binôme (facultatif)',
  'workshop.pairNameHint': 'Par exemple les deux structures\u00a0: «\u00a0Terrena et Afdi\u00a0».',
  'workshop.pairs': 'Binômes de la séance',
  'workshop.pairsEmpty': 'Aucun binôme pour l’instant.',
  'workshop.pairPlace': 'En cours : {place}',
  'workshop.pairVisited': '{visited, plural, one {# étape ouverte} other {# étapes ouvertes}} sur 5',
  'workshop.pairSigned': 'Charte signée',
  'workshop.record.label': 'Dossier du partenariat\u00a0:',
  'workshop.record.coSigned': 'charte co-signée',
  'workshop.record.reviews': '{count, plural, one {# bilan tenu} other {# bilans tenus}}',
  'workshop.record.next': 'bilan n°\u00a0{n} prévu le {date}',
  'workshop.record.overdue': 'bilan n°\u00a0{n} en retard (prévu le {date})',
  'workshop.record.amendments': '{count, plural, one {# avenant} other {# avenants}}',
  'workshop.record.closed': 'décision de fin\u00a0: «\u00a0{decision}\u00a0»',
  'workshop.pairTitle': 'Projet\u00a0: «\u00a0{title}\u00a0»',
  'workshop.openPair': 'Ouvrir le projet du binôme {n}',
  'workshop.pairMissing': 'Projet absent de cet appareil',
  'workshop.export': 'Enregistrer la séance (un fichier)',
  'workshop.openStep': 'Ouvrir une étape pour la salle',
  'workshop.openStepButton': 'Ouvrir',
  'workshop.worksheet': 'Fiche vierge de cette étape (PDF)',
  'workshop.saved':
    '{count, plural, one {Séance enregistrée\u00a0: # binôme dans {file}.} other {Séance enregistrée\u00a0: # binômes dans {file}.}}',
  'workshop.savedMissing':
    '{count, plural, one {Absent du fichier, son projet n’est plus sur cet appareil\u00a0: {pairs}.} other {Absents du fichier, leurs projets ne sont plus sur cet appareil\u00a0: {pairs}.}}',
  'workshop.closeQuestion': 'Quitter le mode animation\u00a0?',
  'workshop.closeWarning':
    '{count, plural, one {La séance et son binôme seront oubliés ici\u00a0; le projet du binôme reste} other {La séance et la liste de ses # binômes seront oubliées ici\u00a0; leurs projets restent}} dans «\u00a0Mes projets\u00a0».',
  'workshop.closeYes': 'Quitter le mode et oublier la liste',
  'workshop.quitDelete': 'Quitter et supprimer de cet appareil les projets de la séance',
  'workshop.deleteQuestion':
    '{count, plural, one {Supprimer de cet appareil le projet de la séance\u00a0?} other {Supprimer de cet appareil les #\u00a0projets de la séance\u00a0?}}',
  'workshop.deleteWarning':
    '{count, plural, one {Il contient} other {Ils contiennent}} les noms des partenaires, leurs adresses e-mail et leurs téléphones. Enregistrez d’abord la séance (son fichier garde le projet de chaque binôme) ou le fichier de chaque binôme (une archive .zip). Les autres projets de cet appareil ne sont pas touchés\u00a0; l’accueil propose d’annuler la suppression.',
  'workshop.savePairs': 'Enregistrer le projet de chaque binôme (une archive .zip)',
  'workshop.pairsSaved':
    '{count, plural, one {# fichier de projet enregistré dans {file}.} other {# fichiers de projet enregistrés dans {file}.}}',
  'workshop.deleteYes':
    '{count, plural, one {Supprimer le projet et quitter} other {Supprimer les #\u00a0projets et quitter}}',
  'workshop.deleteNo': 'Ne pas supprimer',
  'workshop.deletedMany':
    '{count, plural, one {Le projet de la séance a été supprimé de cet appareil.} other {#\u00a0projets de la séance supprimés de cet appareil.}}',
  'workshop.undoDelete':
    '{count, plural, one {Annuler la suppression du projet} other {Annuler la suppression des #\u00a0projets}}',
  'workshop.exportHint':
    'Pour reprendre la séance un autre jour ou sur un autre ordinateur, ouvrez ce fichier depuis l’accueil avec «\u00a0Ouvrir un fichier de projet\u00a0».',
  'workshop.file.tooLarge': 'Ce fichier dépasse 20\u00a0Mo\u00a0: ce n’est pas une séance d’atelier Cocharte.',
  'workshop.file.damaged':
    'Ce fichier de séance d’atelier est endommagé ou a été modifié\u00a0: la séance ne peut pas être reprise.',
  'workshop.file.newer':
    'Ce fichier de séance vient d’une version plus récente de Cocharte\u00a0: mettez l’application à jour pour reprendre la séance.',
  'workshop.file.question': 'Reprendre cette séance d’atelier\u00a0?',
  'workshop.file.summary':
    '{count, plural, one {Un binôme} other {# binômes}}, minuteur de {minutes, plural, one {# minute} other {# minutes}} par étape.',
  'workshop.file.present':
    '{count, plural, one {Projet déjà sur cet appareil, gardé tel qu’il est (sa copie du fichier ne le remplace pas)\u00a0: {pairs}.} other {Projets déjà sur cet appareil, gardés tels qu’ils sont (leurs copies du fichier ne les remplacent pas)\u00a0: {pairs}.}}',
  'workshop.file.importable':
    '{count, plural, one {Projet qui sera importé depuis le fichier de séance\u00a0: {pairs}.} other {Projets qui seront importés depuis le fichier de séance\u00a0: {pairs}.}}',
  'workshop.file.setAside':
    '{pair}\u00a0: {count, plural, one {une signature de sa copie ne sera pas reprise, son scellement ne tient plus (elle a été modifiée après avoir été donnée).} other {# signatures de sa copie ne seront pas reprises, leur scellement ne tient plus (elles ont été modifiées après avoir été données).}}',
  'workshop.file.missing':
    '{count, plural, one {Projet absent de cet appareil et du fichier de séance\u00a0: {pairs}.} other {Projets absents de cet appareil et du fichier de séance\u00a0: {pairs}.}}',
  'workshop.file.refused':
    '{count, plural, one {Copie qui ne peut pas être importée\u00a0:} other {Copies qui ne peuvent pas être importées\u00a0:}}',
  'workshop.file.refusedPair': '{pair}. {reason}',
  'workshop.file.copyDamaged': 'Sa copie est endommagée\u00a0: certaines données sont illisibles.',
  'workshop.file.copyTooLarge': 'Sa copie dépasse 5\u00a0Mo, la limite d’un projet.',
  'workshop.file.copyNewer':
    'Sa copie vient d’une version plus récente de Cocharte\u00a0: mettez l’application à jour.',
  'workshop.file.copyOtherProject': 'Sa copie est celle d’un autre projet\u00a0: le fichier a été modifié.',
  'workshop.file.openOwn':
    '{count, plural, one {Ouvrez son fichier de projet (.cocharte.json) pour le reprendre avec la séance.} other {Ouvrez leurs fichiers de projet (.cocharte.json) pour les reprendre avec la séance.}}',
  'workshop.file.unlinked':
    '{count, plural, one {Absent du fichier de séance\u00a0: {pairs}\u00a0; ce binôme ne peut pas être repris avec elle.} other {Absents du fichier de séance\u00a0: {pairs}\u00a0; ces binômes ne peuvent pas être repris avec elle.}}',
  'workshop.file.replaces':
    '{count, plural, one {La séance en cours sur cet appareil (# binôme) sera remplacée\u00a0; son projet reste sur cet appareil.} other {La séance en cours sur cet appareil (# binômes) sera remplacée\u00a0; leurs projets restent sur cet appareil.}}',
  'workshop.file.resume': 'Reprendre la séance',
  'workshop.file.resumed': 'Séance reprise.',
  'workshop.file.notImportedFull':
    '{count, plural, one {Projet non importé, faute de place dans ce navigateur\u00a0: {pairs}.} other {Projets non importés, faute de place dans ce navigateur\u00a0: {pairs}.}}',
  'workshop.file.notImportedUnavailable':
    '{count, plural, one {Projet non importé, le stockage de ce navigateur étant indisponible (par exemple en navigation privée)\u00a0: {pairs}.} other {Projets non importés, le stockage de ce navigateur étant indisponible (par exemple en navigation privée)\u00a0: {pairs}.}}',
  'workshop.file.retryHint':
    'Chaque projet est importé en entier ou pas du tout\u00a0: rien n’a été écrit à moitié. Libérez de la place (par exemple en supprimant un projet dont vous avez le fichier) ou quittez la navigation privée, puis réessayez.',
  'workshop.file.retry': 'Réessayer l’import',
  'workshop.file.continue': '{count, plural, one {Continuer sans ce projet} other {Continuer sans ces projets}}',
  'workshop.file.resumedNone':
    'Séance reprise. Aucun projet de ses binômes n’est sur cet appareil\u00a0: ouvrez leurs fichiers de projet (.cocharte.json), le mode animation s’ouvrira avec eux.',
} as const;
