// The French messages of the first screen (home page, project list, examples list,
// worksheets, crash and update banners): they ship with it; every other French message
// loads with the screen that shows it (../deferred-fr.ts). Each table is spread back into
// the file its keys belong to (ui.fr.ts, guide.fr.ts…), so those stay complete and their
// English twins unchanged. A key shown on the first screen belongs here: the e2e test of
// the home screen fails when one shows up untranslated.

export const homeUiFr = {
  'app.name': 'Cocharte',
  'app.language': 'Langue',
  'app.skipToContent': 'Aller au contenu',
  'notice.dismiss': 'J’ai compris',
  'home.title': 'La charte de votre partenariat, construite ensemble',
  'home.lead':
    'Association, entreprise, partenaire du Sud\u00a0: construisez ensemble, en cinq étapes, la charte de votre partenariat de coopération internationale, puis signez-la et téléchargez-la en PDF avec sa grille des risques. Rien ne quitte votre navigateur.',
  'home.new': 'Commencer un nouveau projet',
  'home.import': 'Ouvrir un fichier de projet (.cocharte.json)',
  'home.untitled': 'Projet sans titre',
  'home.examples': 'Exemples tirés des sources',
  'home.examplesLead':
    'Partez d’un partenariat réel décrit par le guide ou par l’atelier RESACOOP pour découvrir la méthode, ou pour l’adapter à votre projet. Chaque exemple dit d’où viennent ses faits.',
  'home.useExample': 'Partir de l’exemple «\u00a0{title}\u00a0»',
  'review.title': 'Relecture',
  'review.documentLanguage': 'Langue des documents',
  'pdf.busy': 'Préparation du PDF…',
  'pdf.error': 'Le PDF n’a pas pu être créé\u00a0: {error}',
  'signing.title': 'Signature',
  'crash.title': 'Un problème est survenu',
  'crash.body':
    'Cocharte a rencontré une erreur inattendue. Votre dernier brouillon enregistré est conservé dans ce navigateur\u00a0; vous pouvez aussi le télécharger.',
  'crash.download': 'Télécharger mon brouillon',
  'crash.reload': 'Recharger l’application',
  'facilitator.close': 'Quitter le mode animation',
  'worksheet.title': 'Fiches d’atelier à imprimer',
  'worksheet.lead':
    'Pour les binômes qui travaillent sur papier\u00a0: les questions de chaque étape et des cadres vides à remplir.',
  'worksheet.step': 'Étape',
  'worksheet.all': 'Les cinq étapes',
  'worksheet.download': 'Télécharger la fiche vierge (PDF)',
  'app.loading': 'Chargement…',
  'home.readExample': 'Lire l’exemple «\u00a0{title}\u00a0»',
} as const;

export const homeCatalogueFr = {
  'step.partners': 'Identifier les partenaires',
  'step.motivations': 'Motivations et connaissance mutuelle',
  'step.framework': 'Définir le cadre',
  'step.followUp': 'Suivi dans le temps',
  'step.impacts': 'Impacts et risques',
} as const;

export const homeGuideFr = {
  'guide.examples.illustrative':
    'Exemple illustratif : les organisations et les faits marqués d’une source viennent des documents cités ; les personnes, les chiffres, les dates et les clauses sont inventés pour compléter la charte.',
  'guide.example.terrena.title': 'Terrena, Afdi et COBSAC : une filière soja bio au Burkina Faso',
  'guide.example.terrena.summary':
    'Une coopérative agricole française, une association de solidarité internationale et une coopérative burkinabè structurent ensemble une filière de soja biologique certifié, à prix équitable, avec la COBSAC associée dès le départ.',
  'guide.example.guerande.title': 'Les Salines de Guérande et Univers-Sel : Paludiers du Monde',
  'guide.example.guerande.summary':
    'Après plusieurs années de mécénat, la coopérative Les Salines de Guérande et l’association Univers-Sel, qu’elle a créée, développent ensemble la gamme Paludiers du Monde avec des paludiers du Sénégal et du Cambodge, dans le cadre d’une charte co-rédigée.',
  'guide.example.lagazel.title': 'Lagazel et Entrepreneurs du Monde : des lampes solaires au Burkina Faso',
  'guide.example.lagazel.summary':
    'Un fabricant de lampes solaires et une ONG, avec son entreprise sociale Nafa Naana, distribuent des lampes fabriquées sur place dans des ateliers L-BOX, testées par des ménages et soutenues par du financement participatif.',
  'guide.example.paratronic.title': 'Paratronic, Corail et l’ONEP : l’annonce des crues au Maroc',
  'guide.example.paratronic.summary':
    'Une PME d’électronique de l’Ain et une association d’appui aux services publics proposent à l’Office national de l’eau potable du Maroc un système d’annonce de crues, à partir d’une étude de faisabilité financée par le FASEP, et forment une équipe locale.',
  'guide.example.terrena.sources':
    'Tiré du guide de Pays de la Loire Coopération Internationale : Terrena, l’Afdi et la COBSAC, la filière de soja bio au Burkina Faso, la COBSAC associée dès le départ, la certification Ecocert et la logistique à l’export défrichées par l’Afdi, la vérification de prix d’achat équitables, le projet d’amplifier les échanges autour d’autres produits. Illustratif : les personnes, les lieux précis, les volumes, les montants, les dates et les clauses. Les dates sont fictives : le partenariat réel a commencé bien avant.',
  'guide.example.guerande.sources':
    'Tiré du guide de Pays de la Loire Coopération Internationale : la coopérative Les Salines de Guérande a créé Univers-Sel puis en a été mécène plusieurs années (locaux, soutien financier, mécénat de compétences) avant la gamme commune Paludiers du Monde ; la charte co-rédigée ; l’appui d’Univers-Sel aux paludiers du Sénégal (méthodes de production, stockage, gouvernance) et du Cambodge ; la diversification de la gamme. Illustratif : les personnes, les volumes, les montants, les dates et les clauses ; le partenariat réel a commencé bien avant ces dates, et le guide ne nomme aucun partenaire sénégalais.',
  'guide.example.lagazel.sources':
    'Tiré du compte rendu de l’atelier RESACOOP du 26 mars 2018 (et non du guide) : Lagazel, Entrepreneurs du Monde et son entreprise sociale Nafa Naana au Burkina Faso, le réseau de distribution, les tests par des ménages, les ateliers L-BOX, la formation et les emplois locaux, le financement participatif, la réplication envisagée en Afrique de l’Ouest et en Haïti. Illustratif : les personnes, les chiffres, les dates et les clauses. Les dates sont fictives : le partenariat réel a commencé bien avant.',
  'guide.example.paratronic.sources':
    'Tiré du compte rendu de l’atelier RESACOOP du 26 mars 2018 (et non du guide) : Paratronic, Corail et l’Office national de l’eau potable (ONEP), organisme public marocain ; la mise en relation par Corail, le dossier FASEP et l’étude de faisabilité avec un projet pilote, l’équipe formée, les ateliers avec l’administration ; six des neuf agences de bassin équipées. Illustratif : les personnes, les chiffres autres que ceux-ci, les dates et les clauses. Les dates sont fictives : le partenariat réel a commencé bien avant.',
} as const;

export const homeGuideUiFr = {
  'guideUi.about.link': 'À propos des sources',
} as const;

export const homeQualityFr = {
  'pwa.updateAvailable': 'Une nouvelle version est disponible.',
  'pwa.reload': 'Recharger',
  'pwa.later': 'Plus tard',
  'pwa.offlineReady': 'Cocharte fonctionne désormais sans connexion.',
} as const;
