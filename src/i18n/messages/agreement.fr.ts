// The convention de partenariat: parties in law, clauses, contributions and funding plan.
// Clause wordings (`clause.*.text*`) are Cocharte's suggestions, never the guide's.
// French typography: ’ and « », with U+00A0 inside guillemets and before : ; ! ?
export const agreementFr = {
  // Step 1 — each partner in law.
  'partners.legal': 'Identité juridique',
  'partners.legalN': 'Identité juridique du partenaire {n}',
  'partners.legalHint':
    'Ce qui identifie le partenaire dans la charte, à part de la personne de contact. Facultatif tant que la charte n’est pas signée.',
  'partners.shortName': 'Nom court dans la charte',
  'partners.shortNameHint': 'Utilisé après «\u00a0ci-après\u00a0». Laissez vide pour garder le nom complet.',
  'partners.legalForm': 'Forme juridique',
  'partners.legalFormHint':
    'Par exemple «\u00a0association loi 1901\u00a0», «\u00a0SAS\u00a0», «\u00a0coopérative\u00a0».',
  'partners.registrationKind': 'Immatriculation',
  'partners.registrationLabel': 'Nom du registre',
  'partners.registrationLabelHint': 'Par exemple RCCM, ICE, NINEA.',
  'partners.registrationNumber': 'Numéro d’immatriculation',
  'partners.registrationNumberHint': 'SIRET\u00a0: 14 chiffres. RNA\u00a0: W suivi de 9 chiffres.',
  'partners.registeredAddress': 'Adresse du siège',
  'partners.representativeName': 'Nom du représentant légal',
  'partners.representativeCapacity': 'Qualité du représentant légal',
  'partners.representativeCapacityHint': 'Président, directrice générale, gérant…',
  'partners.representativeAuthority': 'Pouvoir de signer',
  'partners.representativeAuthorityHint':
    'La décision qui l’autorise à signer, par exemple «\u00a0délibération du conseil d’administration du 12 mars 2026\u00a0».',
  'registrationKind.siret': 'Numéro SIRET (France)',
  'registrationKind.rna': 'Numéro RNA (association en France)',
  'registrationKind.other': 'Autre identifiant (hors de France)',

  'errors.siret': 'Numéro SIRET non valide\u00a0: vérifiez les 14 chiffres, la clé de contrôle ne correspond pas.',
  'errors.rna': 'Numéro RNA non valide\u00a0: W suivi de 9 chiffres, par exemple W443001234.',
  'errors.number': 'Saisissez un montant positif, en chiffres.',
  'errors.years': 'Indiquez un nombre d’années de 0 à 30.',
  'errors.noticeDays': 'Indiquez un délai de 8 à 365 jours.',
  'errors.copies': 'Indiquez de 1 à 20 exemplaires.',
  'errors.datesContradict':
    'Des dates se contredisent (durée, jalons hors de la période)\u00a0: corrigez-les au suivi ou confirmez-les dans la clause de durée.',

  // Step 3 — the convention.
  'framework.agreement': 'Clauses et apports',
  'framework.contributions': 'Apports',
  'framework.fundingSources': 'Financements',
  // Review: field paths inside the agreement, named segment by segment.
  'framework.days': 'Nombre de jours',
  'framework.dailyRate': 'Coût journalier',
  'framework.amount': 'Montant',
  'framework.partnerId': 'Partenaire',
  'framework.kind': 'Nature',
  'framework.clauses': 'Clauses',
  'framework.text': 'Texte',
  'framework.name': 'Source',
  'framework.title': 'Titre',
  'framework.copies': 'Nombre d’exemplaires',
  'framework.noticeDays': 'Délai après mise en demeure',
  'framework.confidentialityYears': 'Durée de confidentialité',
  'framework.budget': 'Coût total du projet',
  'framework.object': 'Objet',
  'framework.term': 'Durée',
  'framework.personalData': 'Données personnelles',
  'framework.intellectualProperty': 'Propriété intellectuelle',
  'framework.liability': 'Responsabilité et assurances',
  'framework.forceMajeure': 'Force majeure',
  'framework.termination': 'Fin de la charte',
  'framework.disputes': 'Règlement des différends',
  'framework.language': 'Langue de la charte',
  'framework.confirmedDateIssues': 'Dates à confirmer',
  'framework.description': 'Description',
  'framework.status': 'Statut',
  'framework.signingPlace': 'Lieu de signature',
  'framework.venue': 'Tribunal ou arbitrage',
  'framework.governingLaw': 'Droit applicable',
  'framework.annexes': 'Annexes',
  'agreement.section.contributions': 'Apports et plan de financement',
  'agreement.section.clauses': 'Clauses de la charte',
  'agreement.clausesIntro':
    'Pour chaque clause, Cocharte propose une formulation\u00a0: c’est une suggestion de Cocharte, pas du guide. Gardez-la, écrivez la vôtre ou, si la clause est facultative, laissez-la de côté. Faites relire la charte par vos juristes avant de la signer.',
  'agreement.optional': 'facultative',
  'agreement.mode.legend': 'Formulation',
  'agreement.mode.default': 'Garder la formulation proposée par Cocharte',
  'agreement.mode.custom': 'Écrire notre propre texte',
  'agreement.mode.omit': 'Ne pas inclure cette clause',
  'agreement.preview': 'Formulation proposée par Cocharte\u00a0:',
  'agreement.customText': 'Texte de la clause',
  'agreement.useSuggestion': 'Partir de la formulation proposée',

  'agreement.period': 'Période\u00a0: du {start} au {end}, soit {length}.',
  'agreement.periodUnknown': 'Les dates se fixent à l’étape «\u00a0Suivi dans le temps\u00a0».',
  'agreement.entryIntoForce': 'Entrée en vigueur',
  'agreement.entryIntoForce.signature': 'À la signature par la dernière Partie',
  'agreement.entryIntoForce.startDate': 'À la date de début du partenariat',
  'agreement.renewal': 'Renouvellement',
  'agreement.renewal.none': 'Pas de renouvellement',
  'agreement.renewal.express': 'Par avenant',
  'agreement.renewal.tacit': 'Par tacite reconduction',
  'agreement.datesTitle': 'Dates qui se contredisent',
  'agreement.confirmDates': 'Nous avons vérifié ces dates et les gardons telles quelles',
  'agreement.decisionRule': 'Règle de décision',
  'agreement.decisionRule.consensus': 'Consensus',
  'agreement.decisionRule.majority': 'Majorité des Parties',
  'agreement.decisionRule.unanimity': 'Unanimité',
  'agreement.confidentialityYears': 'Durée après la fin de la charte, en années',
  'agreement.dataController': 'Responsable des traitements de données',
  'agreement.dataController.each': 'Chaque Partie, pour ses propres traitements',
  'agreement.dataController.joint': 'Les Parties, conjointement',
  'agreement.dataTransfers': 'Des données personnelles seront transférées hors de l’Union européenne',
  'agreement.ipForeground': 'Résultats créés ensemble',
  'agreement.ipForeground.joint': 'Copropriété des Parties qui y ont contribué',
  'agreement.ipForeground.creator': 'Propriété de la Partie qui les a créés',
  'agreement.ipForeground.open': 'Publiés sous licence libre',
  'agreement.noticeDays': 'Délai pour remédier à un manquement après mise en demeure, en jours',
  'agreement.mediation': 'Passer par une médiation avant tout recours',
  'agreement.governingLaw': 'Droit applicable',
  'agreement.governingLawHint': 'Laissez vide pour le droit français.',
  'agreement.forum': 'En dernier recours',
  'agreement.forum.court': 'Les tribunaux',
  'agreement.forum.arbitration': 'Un arbitrage',
  'agreement.venue': 'Tribunal ou siège de l’arbitrage',
  'agreement.venueHint': 'Par exemple «\u00a0tribunal judiciaire de Nantes\u00a0».',
  'agreement.prevailingLanguage': 'Version qui prévaut en cas de divergence',
  'agreement.prevailingLanguage.document': 'Celle de la langue du document',
  'agreement.prevailingLanguage.fr': 'La version française',
  'agreement.prevailingLanguage.en': 'La version anglaise',
  'agreement.languageOnlyBilingual': 'Cette clause n’apparaît que dans une charte bilingue (réglage de la relecture).',
  'agreement.annexes': 'Annexes',
  'agreement.annexesHint':
    'L’annexe 1 est toujours la liste de contrôle des risques. Ajoutez les autres documents joints à la charte.',
  'agreement.annexTitle': 'Titre de l’annexe {n}',
  'agreement.annexAdd': 'Ajouter une annexe',
  'agreement.annexRemove': 'Retirer l’annexe {n}',
  'agreement.annexRemoved': 'Annexe {n}{name} retirée.',
  'agreement.signing': 'Lieu et exemplaires',
  'agreement.signingPlace': 'Fait à (lieu de la signature)',
  'agreement.copies': 'Nombre d’exemplaires originaux',
  'agreement.copiesHint': 'Laissez vide pour un exemplaire par partenaire.',

  'agreement.currency': 'Devise des montants',
  'agreement.budget': 'Coût total du projet',
  'agreement.budgetHint': 'Facultatif\u00a0: pour vérifier que les apports et les financements le couvrent.',
  'agreement.contributions': 'Apports des partenaires',
  'agreement.contributionsHint':
    'Une ligne par apport\u00a0: argent, apport en nature, temps de travail (jours × coût journalier) ou mécénat de compétences, valorisé de la même façon.',
  'agreement.contributionN': 'Apport {n}',
  'agreement.contribution.partner': 'Partenaire',
  'agreement.contribution.kind': 'Nature de l’apport',
  'agreement.contribution.description': 'Description',
  'agreement.contribution.amount': 'Valeur',
  'agreement.contribution.days': 'Nombre de jours',
  'agreement.contribution.dailyRate': 'Coût journalier',
  'agreement.contribution.add': 'Ajouter un apport',
  'agreement.contribution.remove': 'Retirer l’apport {n}',
  'agreement.contribution.removed': 'Apport {n}{name} retiré.',
  'agreement.totals': 'Totaux',
  'agreement.totalOf': '{name}\u00a0: {amount}',
  'agreement.total': 'Total des apports\u00a0: {amount}',
  'agreement.funding': 'Financements recherchés',
  'agreement.fundingHint': 'Subventions, fondations, bailleurs\u00a0: avec le montant et où en est la demande.',
  'agreement.fundingN': 'Financement {n}',
  'agreement.funding.name': 'Source (bailleur, fondation…)',
  'agreement.funding.amount': 'Montant',
  'agreement.funding.status': 'Statut',
  'agreement.funding.add': 'Ajouter un financement',
  'agreement.funding.remove': 'Retirer le financement {n}',
  'agreement.funding.removed': 'Financement {n}{name} retiré.',

  'agreement.checksTitle': 'Charte\u00a0: points à vérifier',
  'agreement.issue.endBeforeStart': 'La date de fin ({end}) précède la date de début ({start}).',
  'agreement.issue.durationMismatch':
    'Du {start} au {end}, la période ne dure pas {duration}\u00a0: cette durée mènerait au {endFromDuration}.',
  'agreement.issue.milestoneOutside':
    'Le jalon «\u00a0{title}\u00a0» ({date}) tombe hors de la période du partenariat ({start} – {end}).',
  'agreement.issue.confirmed': 'Confirmé par les partenaires.',
  'agreement.issue.notCovered':
    'Le plan de financement ne couvre pas le coût du projet\u00a0: il manque {gap} sur {costs}.',
  'agreement.issue.dependsOnSought':
    'Le plan de financement n’est couvert que si les financements sollicités ({sought}) sont accordés.',

  // Comparing two copies: how a row of the funding plan or an annex is named.
  'collab.row.fundingSource': 'Financement «\u00a0{name}\u00a0»',
  'collab.row.annex': 'Annexe «\u00a0{name}\u00a0»',
  'collab.row.annexN': 'Annexe {n}',

  'contributionKind.money': 'Apport financier',
  'contributionKind.inKind': 'Apport en nature',
  'contributionKind.staffTime': 'Temps de travail',
  'contributionKind.skillsSponsorship': 'Mécénat de compétences',
  'fundingStatus.sought': 'Sollicité',
  'fundingStatus.granted': 'Acquis',
  'fundingStatus.refused': 'Refusé',

  // Counted words: one key per plural category of Intl.PluralRules.
  'agr.count.months': '{count, plural, one {#\u00a0mois} other {#\u00a0mois}}',
  'agr.count.days': '{count, plural, one {#\u00a0jour} other {#\u00a0jours}}',
  'agr.count.years': '{count, plural, one {#\u00a0an} other {#\u00a0ans}}',
  'agr.count.copies': '{count, plural, one {#\u00a0exemplaire original} other {#\u00a0exemplaires originaux}}',
  'agr.count.daysTimes': '{count, plural, one {#\u00a0jour} other {#\u00a0jours}} × {rate}',
  'agr.monthsAndDays': '{months} et {days}',

  // The charter.
  'doc.article.contributions': 'Apports des Parties et plan de financement',
  'doc.article.confidentiality': 'Confidentialité',
  'doc.article.personalData': 'Données personnelles',
  'doc.article.intellectualProperty': 'Propriété intellectuelle',
  'doc.article.liability': 'Responsabilité et assurances',
  'doc.article.forceMajeure': 'Force majeure',
  'doc.article.disputes': 'Règlement des différends',
  'doc.article.language': 'Langue de la charte',
  'doc.article.annexes': 'Annexes',

  'agr.parties.between': 'Entre les soussignés\u00a0:',
  'agr.parties.and': 'et',
  'agr.parties.hereinafter': 'ci-après «\u00a0{short}\u00a0»',
  'agr.parties.together': 'ci-après ensemble «\u00a0les Parties\u00a0» et individuellement «\u00a0une Partie\u00a0».',
  'agr.label.legalForm': 'Forme juridique',
  'agr.label.siret': 'SIRET',
  'agr.label.rna': 'RNA',
  'agr.label.registration': 'Immatriculation',
  'agr.label.seat': 'Siège',
  'agr.label.representative': 'Représentation légale',
  'agr.label.authority': 'Pouvoir de signer',
  'agr.label.contact': 'Contact pour le projet',
  'agr.label.contribution': 'Apport au projet',
  'agr.preamble.title': 'Préambule',
  'agr.preamble.intro': 'Les Parties exposent ce qui suit\u00a0:',
  'agr.preamble.item': '{name}\u00a0: {text}',
  'agr.agreed': 'Il a été convenu ce qui suit\u00a0:',

  'agr.table.partner': 'Partie',
  'agr.table.kind': 'Nature',
  'agr.table.description': 'Description',
  'agr.table.basis': 'Base de calcul',
  'agr.table.value': 'Valeur',
  'agr.table.totalOf': 'Total {name, elide, de}',
  'agr.table.total': 'Total des apports',
  'agr.table.source': 'Source',
  'agr.table.amount': 'Montant',
  'agr.table.status': 'Statut',
  'agr.funding.title': 'Financements recherchés',
  'agr.funding.costs': 'Coût total du projet',
  'agr.funding.resources': 'Ressources (apports, financements acquis ou sollicités)',
  'agr.funding.gap': 'Reste à financer',
  'agr.funding.covered': 'Le plan de financement couvre le coût du projet.',
  'agr.annexes.intro': 'Les annexes suivantes font partie intégrante de la charte\u00a0:',
  'agr.annexes.item': 'Annexe {n} — {title}',
  'agr.annexes.riskChecklist': 'Liste de contrôle des risques',
  'agr.madeAt': 'Fait à {place}, le {date}, en {copies}.',
  'agr.madeAtEach': 'Fait en {copies}, chaque Partie signant au lieu et à la date indiqués sous sa signature.',
  'agr.blank': '…………',

  // Clauses: title, plain explanation, Cocharte's suggested wording.
  'clause.object.title': 'Objet',
  'clause.object.explain': 'Dit en une phrase ce que la charte organise. Le détail suit dans l’objet du partenariat.',
  'clause.object.text':
    'La présente charte a pour objet de définir les conditions dans lesquelles les Parties coopèrent pour mener le partenariat «\u00a0{title}\u00a0» décrit ci-dessous.',
  'clause.term.title': 'Entrée en vigueur, durée et renouvellement',
  'clause.term.explain':
    'Quand la charte commence à engager les Parties, combien de temps elle dure, et ce qui se passe à son terme. Les dates viennent de l’étape «\u00a0Suivi dans le temps\u00a0».',
  'clause.term.text.signature': 'La charte entre en vigueur à la date de sa signature par la dernière des Parties.',
  'clause.term.text.startDate': 'La charte entre en vigueur à la date de début du partenariat indiquée ci-dessus.',
  'clause.term.text.none':
    'Elle prend fin à son terme, sans renouvellement\u00a0; les Parties peuvent conclure une nouvelle charte.',
  'clause.term.text.express': 'Elle peut être renouvelée par un avenant signé de toutes les Parties avant son terme.',
  'clause.term.text.tacit':
    'Elle est renouvelée par tacite reconduction pour la même durée, sauf si une Partie fait connaître par écrit aux autres, au moins trois mois avant le terme, sa décision de ne pas la renouveler.',
  'clause.commitments.title': 'Engagements des Parties',
  'clause.commitments.explain':
    'Rappelle que chacun s’engage à faire ce qui est écrit dans son rôle, et à prévenir les autres en cas de difficulté.',
  'clause.commitments.text':
    'Chaque Partie s’engage à exécuter de bonne foi les engagements décrits ci-dessous, à y consacrer les moyens prévus et à informer sans délai les autres Parties de toute difficulté susceptible d’en affecter l’exécution.',
  'clause.contributions.title': 'Apports et financement',
  'clause.contributions.explain':
    'Dit comment lire le tableau des apports\u00a0: les apports en nature et en temps sont valorisés, sans transfert d’argent entre les Parties.',
  'clause.contributions.text':
    'Les apports de chaque Partie sont valorisés dans le tableau ci-dessous. Les apports en nature, en temps de travail et en mécénat de compétences sont valorisés à titre indicatif et ne donnent lieu à aucun versement entre les Parties, sauf stipulation contraire.',
  'clause.governance.title': 'Gouvernance et décisions',
  'clause.governance.explain':
    'Comment les Parties décident ensemble, et ce qui se passe quand elles ne sont pas d’accord. Le détail des instances suit.',
  'clause.governance.text.consensus':
    'Les décisions relatives au partenariat sont prises d’un commun accord entre les Parties. À défaut d’accord, la question est inscrite à la réunion suivante\u00a0; si le désaccord persiste, la clause de règlement des différends s’applique.',
  'clause.governance.text.majority':
    'Les décisions relatives au partenariat sont prises à la majorité des Parties, chacune disposant d’une voix. Une décision qui modifie les engagements d’une Partie requiert son accord.',
  'clause.governance.text.unanimity':
    'Les décisions relatives au partenariat sont prises à l’unanimité des Parties. Une Partie absente peut donner son accord par écrit.',
  'clause.communication.title': 'Communication, noms et logos',
  'clause.communication.explain':
    'Qui peut parler du partenariat, et à quelles conditions on utilise le nom ou le logo d’un autre partenaire.',
  'clause.communication.text':
    'Chaque Partie peut faire état du partenariat dans sa communication. L’utilisation du nom, du logo ou des marques d’une autre Partie requiert l’accord écrit préalable de celle-ci pour chaque support\u00a0; cet accord peut être retiré et prend fin avec la charte.',
  'clause.confidentiality.title': 'Confidentialité',
  'clause.confidentiality.explain':
    'Ce que les partenaires apprennent les uns des autres reste entre eux, pendant la charte et quelque temps après.',
  'clause.confidentiality.text':
    'Chaque Partie garde confidentielles les informations reçues des autres Parties qui sont désignées comme telles ou le sont par nature\u00a0; elle ne les utilise que pour le partenariat et ne les communique qu’aux personnes qui ont besoin de les connaître. Cette obligation dure pendant la charte et {years} après sa fin.',
  'clause.confidentiality.textUntilEnd':
    'Chaque Partie garde confidentielles les informations reçues des autres Parties qui sont désignées comme telles ou le sont par nature\u00a0; elle ne les utilise que pour le partenariat et ne les communique qu’aux personnes qui ont besoin de les connaître. Cette obligation prend fin avec la charte.',
  'clause.personalData.title': 'Données personnelles',
  'clause.personalData.explain':
    'Qui répond des données personnelles (bénéficiaires, salariés, bénévoles) et si elles quittent l’Union européenne.',
  'clause.personalData.text.each':
    'Chaque Partie est responsable des traitements de données personnelles qu’elle met en œuvre pour le partenariat et respecte le règlement général sur la protection des données (RGPD) et les lois qui s’appliquent à elle. Les Parties ne s’échangent que les données nécessaires au partenariat.',
  'clause.personalData.text.joint':
    'Les Parties déterminent ensemble les finalités et les moyens des traitements de données personnelles du partenariat\u00a0: elles en sont responsables conjointes au sens de l’article 26 du RGPD et répartissent par écrit leurs obligations, notamment l’information des personnes concernées.',
  'clause.personalData.text.transfers':
    'Des données personnelles seront transférées hors de l’Union européenne, vers les pays des Parties concernées\u00a0; ces transferts sont encadrés par des garanties appropriées (clauses contractuelles types de la Commission européenne ou décision d’adéquation) et les personnes concernées en sont informées.',
  'clause.personalData.text.noTransfers':
    'Aucune donnée personnelle n’est transférée hors de l’Union européenne sans l’accord écrit préalable des Parties et des garanties appropriées.',
  'clause.intellectualProperty.title': 'Propriété intellectuelle',
  'clause.intellectualProperty.explain':
    'Ce que chacun apporte reste à lui\u00a0; il faut dire à qui appartient ce que les partenaires créent ensemble.',
  'clause.intellectualProperty.text.background':
    'Chaque Partie reste propriétaire des connaissances, savoir-faire, marques et droits qu’elle détenait avant la charte ou qu’elle développe en dehors d’elle. Elle en concède aux autres Parties un droit d’usage gratuit, limité au partenariat et à sa durée.',
  'clause.intellectualProperty.text.joint':
    'Les résultats créés ensemble dans le cadre du partenariat appartiennent conjointement aux Parties qui y ont contribué, en proportion de leurs apports\u00a0; leur exploitation commerciale fait l’objet d’un accord écrit préalable.',
  'clause.intellectualProperty.text.creator':
    'Les résultats appartiennent à la Partie qui les a créés\u00a0; elle en concède aux autres Parties un droit d’usage gratuit pour les besoins du partenariat.',
  'clause.intellectualProperty.text.open':
    'Les résultats créés ensemble sont publiés sous une licence libre (par exemple Creative Commons BY-SA), pour que d’autres acteurs puissent les réutiliser.',
  'clause.liability.title': 'Responsabilité et assurances',
  'clause.liability.explain':
    'Chacun répond de ce qu’il fait et s’assure pour ses activités, y compris pour les missions à l’étranger.',
  'clause.liability.text':
    'Chaque Partie est responsable des dommages qu’elle cause dans l’exécution de la charte, dans les conditions du droit commun, et n’est pas tenue des engagements pris par une autre envers des tiers. Chaque Partie déclare être assurée pour sa responsabilité civile et pour les activités qu’elle mène dans le cadre du partenariat, y compris les déplacements de ses personnels à l’étranger.',
  'clause.forceMajeure.title': 'Force majeure',
  'clause.forceMajeure.explain':
    'Personne n’est en faute quand un événement hors de son contrôle (catastrophe, conflit, épidémie) l’empêche d’agir.',
  'clause.forceMajeure.text':
    'Aucune Partie n’est responsable d’un manquement causé par un cas de force majeure au sens de l’article 1218 du Code civil (catastrophe naturelle, conflit, épidémie, décision des autorités…). La Partie empêchée en informe les autres sans délai\u00a0; ses obligations sont suspendues le temps de l’empêchement. S’il dure plus de trois mois, les Parties se concertent sur la suite du partenariat.',
  'clause.amendment.title': 'Modification',
  'clause.amendment.explain': 'Comment on change la charte\u00a0: par écrit, signé de tous.',
  'clause.amendment.text':
    'Toute modification de la charte fait l’objet d’un avenant écrit signé par toutes les Parties. Les annexes peuvent être mises à jour d’un commun accord écrit des Parties, sauf si elles modifient les engagements de l’une d’elles.',
  'clause.termination.title': 'Fin de la charte',
  'clause.termination.explain':
    'Comment on se sépare\u00a0: d’un commun accord, ou après une mise en demeure restée sans effet\u00a0; et ce que deviennent les résultats communs et l’argent.',
  'clause.termination.text':
    'La charte peut prendre fin à tout moment d’un commun accord écrit des Parties. Si une Partie manque à ses engagements, une autre Partie peut la mettre en demeure d’y remédier par lettre recommandée avec accusé de réception\u00a0; si la mise en demeure reste sans effet pendant {days}, la charte peut être résiliée à l’égard de la Partie défaillante. En cas de fin anticipée, les Parties dressent ensemble le bilan des actions engagées, notamment au Sud, pour les mener à terme ou les transmettre\u00a0; les résultats communs restent utilisables selon la clause de propriété intellectuelle, et les sommes versées et non employées pour le partenariat sont restituées, sauf accord contraire.',
  'clause.disputes.title': 'Règlement des différends',
  'clause.disputes.explain':
    'En cas de désaccord\u00a0: d’abord la discussion, puis la médiation, et seulement ensuite le juge ou l’arbitre, selon le droit choisi.',
  'clause.disputes.text.amicable':
    'En cas de différend sur l’interprétation ou l’exécution de la charte, les Parties recherchent d’abord une solution amiable entre leurs représentants.',
  'clause.disputes.text.mediation':
    'À défaut d’accord dans un délai de deux mois, elles recourent à une médiation avant toute action, en choisissant ensemble un médiateur.',
  'clause.disputes.text.frenchLaw': 'La charte est régie par le droit français.',
  'clause.disputes.text.law': 'Droit applicable à la charte\u00a0: {law}.',
  'clause.disputes.text.court': 'Si le différend persiste, il est porté devant les juridictions compétentes.',
  'clause.disputes.text.courtAt':
    'Si le différend persiste, il est porté devant la juridiction suivante\u00a0: {venue}.',
  'clause.disputes.text.arbitration':
    'Si le différend persiste, il est tranché définitivement par un arbitre unique désigné d’un commun accord par les Parties.',
  'clause.disputes.text.arbitrationAt':
    'Si le différend persiste, il est tranché définitivement par arbitrage\u00a0: {venue}.',
  'clause.language.title': 'Langue de la charte',
  'clause.language.explain': 'Dans une charte bilingue, dit quelle version fait foi si les deux se contredisent.',
  'clause.language.text':
    'La charte est établie en français et en anglais. En cas de divergence entre les deux versions, la version {language} prévaut.',
  'clause.language.name.fr': 'française',
  'clause.language.name.en': 'anglaise',
} as const;

export type AgreementKey = keyof typeof agreementFr;
