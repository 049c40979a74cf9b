// The French messages of a file that cannot be opened: they load when one is refused (the
// import button's error path), not with the home screen. Spread back into ui.fr.ts, so that
// table stays complete and its English twin unchanged.

export const importErrorsFr = {
  'import.tooLarge': 'Ce fichier dépasse 5\u00a0Mo\u00a0: ce n’est pas un projet Cocharte.',
  'import.notJson': 'Ce fichier n’est pas un fichier de projet Cocharte (il n’est pas au format JSON).',
  'import.zipArchive':
    'Ce fichier est une archive .zip (celle des projets d’une séance d’atelier, par exemple)\u00a0: décompressez-la, puis ouvrez le fichier .cocharte.json du projet voulu.',
  'import.unchanged': 'Votre projet en cours n’a pas été modifié.',
  'import.nothingChanged': 'Rien n’a été modifié sur cet appareil.',
} as const;
