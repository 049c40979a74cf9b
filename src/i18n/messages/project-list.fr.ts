// The French messages of the list of projects kept on this device: they load with the list,
// which a first visit (no project yet) never shows. Spread back into ui.fr.ts, so that
// table stays complete and its English twin unchanged.

export const projectListFr = {
  'home.projects': 'Projets sur cet appareil',
  'home.noPartners': 'Aucun partenaire nommé',
  'home.progress':
    '{steps, plural, =0 {aucune étape ouverte sur 5} one {# étape sur 5 ouverte} other {# étapes sur 5 ouvertes}}, {signatures, plural, =0 {aucune signature} one {# signature} other {# signatures}}',
  'home.updated': 'modifié le {date}',
  'home.resume': 'Reprendre «\u00a0{title}\u00a0»',
  'home.delete': 'Supprimer «\u00a0{title}\u00a0»',
  'home.place': 'Étape\u00a0: {place}',
  'home.place.partners': 'partenaires',
  'home.place.motivations': 'motivations',
  'home.place.framework': 'cadre',
  'home.place.followUp': 'suivi',
  'home.place.impacts': 'impacts et risques',
  'home.place.review': 'relecture',
  'home.place.signing': 'signature',
  'home.rename': 'Renommer «\u00a0{title}\u00a0»',
  'home.newTitle': 'Nouveau titre',
  'home.saveTitle': 'Enregistrer le titre',
  'home.cancel': 'Annuler',
  'home.duplicate': 'Dupliquer «\u00a0{title}\u00a0»',
  'home.copySuffix': '(copie)',
  'home.duplicated': 'Copie créée\u00a0: «\u00a0{title}\u00a0».',
  'home.deleted': 'Projet «\u00a0{title}\u00a0» supprimé.',
  'home.undo': 'Annuler la suppression',
} as const;
