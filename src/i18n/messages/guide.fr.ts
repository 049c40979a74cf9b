// The guide's method inside the app: guidance panels, risk catalogue, hints (French).
// French typography: ’ for apostrophes, U+00A0 inside « » and before : ; ! ? % €.
export const guideFr = {
  // Worked examples (src/examples).
  'guide.examples.illustrative':
    'Exemple illustratif : les partenaires et la démarche viennent du guide ; les personnes, les chiffres, les dates et les clauses sont inventés.',
  'guide.example.terrena.title': 'Terrena, Afdi et COBSAC : une filière soja bio au Burkina Faso',
  'guide.example.terrena.summary':
    'Une coopérative agricole française, une association de solidarité internationale et une coopérative burkinabè structurent ensemble une filière de soja biologique certifié, à prix équitable, avec la COBSAC associée dès le départ.',
  'guide.example.guerande.title': 'Les Salines de Guérande et Univers-Sel : Paludiers du Monde',
  'guide.example.guerande.summary':
    'Après des années de mécénat, une coopérative de paludiers et l’association qu’elle a fait naître lancent avec des producteurs de sel du Sénégal une gamme commune, encadrée par une charte co-rédigée.',
  'guide.example.lagazel.title': 'Lagazel et Entrepreneurs du Monde : des lampes solaires au Burkina Faso',
  'guide.example.lagazel.summary':
    'Un fabricant de lampes solaires et une ONG, avec son entreprise sociale Nafa Naana, distribuent des lampes fabriquées sur place dans des ateliers L-BOX, testées par des ménages et soutenues par du financement participatif.',
  'guide.example.paratronic.title': 'Paratronic, Corail et l’ONEP : l’annonce des crues au Maroc',
  'guide.example.paratronic.summary':
    'Une PME d’électronique, une association d’appui aux services publics et l’office marocain de l’eau potable montent, à partir d’une étude de faisabilité financée par le FASEP, un système d’annonce de crues et forment une équipe locale.',

  // Step guidance (content/guidance.ts): purpose, questions to settle together, brakes to watch, facts from the worked cases.
  'guide.step.partners.purpose':
    'Avant de chercher ou de confirmer vos partenaires, précisez ce dont le projet a besoin : les expertises, la zone d’intervention et le type de partenariat. Le partenaire du Sud fait partie du tour de table dès cette étape.',
  'guide.step.partners.question.1':
    'De quelles expertises et compétences le projet a-t-il besoin, et qui les détient ?',
  'guide.step.partners.question.2':
    'Où se déroule le projet : territoire urbain ou rural, infrastructures de transport nécessaires, contraintes saisonnières ?',
  'guide.step.partners.question.3':
    'Quel type de partenariat visez-vous : mécénat financier ou de compétences, don de biens ou de services, apport d’expertise, appui logistique, coopération économique ?',
  'guide.step.partners.question.4':
    'S’agit-il d’exporter vers le Sud, d’importer en France ou de développer une activité sur place ?',
  'guide.step.partners.question.5': 'Qui représente les acteurs du Sud, et comment les associez-vous dès maintenant ?',
  'guide.step.partners.question.6':
    'Un acteur public (région, collectivité, chambre consulaire) peut-il faciliter le projet ?',
  'guide.step.partners.brake.1':
    'Méconnaissance réciproque : entreprises et associations connaissent mal leurs métiers respectifs. Les réseaux régionaux, les clubs et les chambres consulaires sont des lieux pour se rencontrer.',
  'guide.step.partners.brake.2':
    'L’association ne sait pas toujours à qui s’adresser dans l’entreprise : nommez un interlocuteur précis pour chaque partenaire.',
  'guide.step.partners.brake.3':
    'Sur un projet très technique, l’entreprise peut douter du professionnalisme de l’association : décrivez concrètement ce que chacun apporte.',
  'guide.step.partners.fact.1':
    'Pour monter une filière de soja biologique au Burkina Faso, Terrena et l’Afdi ont associé la coopérative burkinabè COBSAC dès le départ.',
  'guide.step.partners.fact.2':
    'Déjà présente au Maroc, l’association Corail a mis Paratronic en relation avec l’ONEP : sa connaissance des institutions a ouvert une porte que la seule démarche commerciale n’ouvrait pas.',
  'guide.step.partners.fact.3':
    'Lagazel n’avait pas de canal de vente au Burkina Faso ; Nafa Naana, entreprise sociale créée par Entrepreneurs du Monde, lui a ouvert son réseau de distribution.',
  'guide.step.partners.fact.4':
    'Selon Le RAMEAU, la France compte 1,2 million de partenariats entre associations et entreprises ; 53 % des associations employeuses et 37 % des entreprises en ont au moins un.',
  'guide.step.partners.fact.5':
    'Les entreprises engagées à l’international avec une association partagent souvent trois traits : l’implication personnelle de leur dirigeant, une réflexion sociétale, un ancrage dans les réseaux d’acteurs locaux.',
  'guide.step.motivations.purpose':
    'Un temps pour apprendre à se connaître : comprendre les compétences et les savoir-faire de chacun, vérifier que des valeurs sont partagées, nommer les interlocuteurs ici et là-bas, et dire clairement ce que chacun attend, y compris en retour sur investissement.',
  'guide.step.motivations.question.1':
    'Pourquoi chaque partenaire s’engage-t-il : consolider son modèle économique, répondre à des enjeux globaux et partager la valeur créée, cultiver sa réputation ?',
  'guide.step.motivations.question.2':
    'Qu’attend chacun du partenariat, et quel retour sur investissement espère-t-il ?',
  'guide.step.motivations.question.3':
    'À quel horizon chacun raisonne-t-il : moins d’un an, trois ans, plus de cinq ans ?',
  'guide.step.motivations.question.4':
    'Quelles valeurs partagez-vous vraiment, et comment se traduiront-elles en actes ?',
  'guide.step.motivations.question.5':
    'Qui sont les interlocuteurs en France et dans le pays, et qui les remplace en cas d’absence ?',
  'guide.step.motivations.question.6':
    'Le mécénat peut-il servir de première étape avant un partenariat plus structurant ?',
  'guide.step.motivations.brake.1':
    'Préjugés réciproques : l’entreprise craint des coûts mal maîtrisés, des fuites d’informations ou une atteinte à sa réputation ; l’association craint l’instrumentalisation, la perte de crédibilité ou les conflits d’intérêts. Mettez ces craintes sur la table.',
  'guide.step.motivations.brake.2':
    'Des temporalités différentes : l’entreprise a souvent des contraintes de court terme et des exigences de rentabilité, l’association raisonne à moyen ou long terme.',
  'guide.step.motivations.brake.3':
    'L’entreprise dispose de peu de temps, alors que les interlocuteurs et les réseaux se multiplient.',
  'guide.step.motivations.fact.1':
    'Les Salines de Guérande ont été mécènes d’Univers-Sel pendant plusieurs années (locaux, soutien financier, mécénat de compétences) avant de lancer ensemble la gamme Paludiers du Monde.',
  'guide.step.motivations.fact.2':
    'Lagazel et Entrepreneurs du Monde se connaissaient avant de coopérer et partageaient deux combats : la lutte contre la précarité énergétique et le développement économique local.',
  'guide.step.motivations.fact.3':
    'En renforçant les capacités des acteurs économiques et de la société civile au Sud, un partenariat apporte aussi à l’entreprise un marché plus stable et plus sûr.',
  'guide.step.motivations.fact.4':
    'Le guide voit dans un partenariat réussi la rencontre des intérêts propres de chaque partenaire et d’un intérêt commun : contribuer au développement là-bas.',
  'guide.step.framework.purpose':
    'Poser ensemble le cadre du partenariat : le rôle et les engagements de chacun, la gouvernance, la communication, la confidentialité, la façon de modifier la charte ou de s’en retirer. Chaque partenaire valide ce cadre en interne, l’explique à l’extérieur, et la vision des acteurs du Sud y a sa place.',
  'guide.step.framework.question.1':
    'Quel est le rôle de chaque partenaire, et que met-il concrètement à disposition : argent, temps, biens, expertise ?',
  'guide.step.framework.question.2': 'Qui décide, comment, et quelle place ont les acteurs du Sud dans les décisions ?',
  'guide.step.framework.question.3': 'Quelles instances de chaque partenaire doivent valider la charte, et quand ?',
  'guide.step.framework.question.4':
    'Comment informerez-vous les salariés, adhérents, membres et autres parties prenantes ?',
  'guide.step.framework.question.5': 'Qui peut utiliser les noms et logos des partenaires, et sur quels supports ?',
  'guide.step.framework.question.6': 'Quelles informations restent confidentielles ?',
  'guide.step.framework.question.7':
    'Comment modifier la charte, et comment un partenaire peut-il se retirer sans mettre le projet en péril ?',
  'guide.step.framework.brake.1':
    'La crainte de l’instrumentalisation : encadrez l’usage des noms et logos et les messages publics.',
  'guide.step.framework.brake.2':
    'La crainte des fuites d’informations : dites clairement ce qui est confidentiel et qui y a accès.',
  'guide.step.framework.brake.3':
    'Un cadre rédigé par les seuls partenaires français : la vision des acteurs du Sud doit y figurer dès la réflexion initiale.',
  'guide.step.framework.fact.1':
    'Univers-Sel et Les Salines de Guérande ont co-rédigé une charte qui fixe une éthique commune, la place de chacun et celle du partenariat dans le projet de chacun ; elle est restée après le départ des initiateurs.',
  'guide.step.framework.fact.2':
    'Paratronic et Corail avaient chacun un rôle précis et aussi déterminant : la maîtrise technique pour l’un, la connaissance des institutions et des financements pour l’autre.',
  'guide.step.framework.fact.3':
    'Le RAMEAU distingue quatre catégories de partenariats : le mécénat, les pratiques responsables, la coopération économique et l’innovation sociétale.',
  'guide.step.followUp.purpose':
    'Fixer le cadre dans le temps pour que les contraintes de court terme de l’entreprise et l’horizon long de l’association se rejoignent, puis faire régulièrement le bilan ensemble, sans taire les difficultés, en cherchant des pistes d’amélioration.',
  'guide.step.followUp.question.1': 'Quand le partenariat commence-t-il, et pour combien de temps ?',
  'guide.step.followUp.question.2': 'Quelles sont les étapes clés, et qui est responsable de chacune ?',
  'guide.step.followUp.question.3': 'À quel rythme faites-vous le bilan ensemble ?',
  'guide.step.followUp.question.4': 'Quels indicateurs, avec quelles cibles, montreront que le projet avance ?',
  'guide.step.followUp.question.5': 'Comment une difficulté est-elle signalée, discutée et résolue ?',
  'guide.step.followUp.brake.1':
    'Sur un projet long, les interlocuteurs changent et la confiance doit se reconstruire : prévoyez des suppléants et des comptes rendus partagés.',
  'guide.step.followUp.brake.2':
    'Le temps de l’entreprise est compté : préférez des points courts et réguliers à des réunions rares et longues.',
  'guide.step.followUp.brake.3': 'Des bilans qui taisent les difficultés entretiennent la méfiance.',
  'guide.step.followUp.fact.1':
    'Avant de distribuer les lampes de Lagazel dans le réseau Nafa Naana, les partenaires les ont fait tester par des ménages pour vérifier qu’elles répondaient à leurs besoins.',
  'guide.step.followUp.fact.2':
    'Paratronic et Corail ont commencé par une étude de faisabilité financée par le FASEP, avec un projet pilote de contrôle des crues.',
  'guide.step.followUp.fact.3':
    'Forts de leurs premiers résultats, Terrena, l’Afdi et la COBSAC prévoient d’amplifier leurs échanges de pratiques et d’explorer d’autres produits.',
  'guide.step.followUp.fact.4':
    'Un réseau régional de coopération internationale peut aider à définir des indicateurs de suivi et d’évaluation, ou à dénouer une difficulté en cours de projet.',
  'guide.step.impacts.purpose':
    'Anticiper les effets attendus et possibles, les opportunités comme les risques : pour chaque partenaire, pour le territoire au Sud et pour le projet propre de chacun. Chaque risque retenu reçoit une réponse, un responsable et une date de revue.',
  'guide.step.impacts.question.1': 'Quels effets chaque partenaire attend-il pour lui-même ?',
  'guide.step.impacts.question.2':
    'Quels effets au Sud : revenus des producteurs, filières, savoir-faire, emplois, accès aux services essentiels, pratiques environnementales ?',
  'guide.step.impacts.question.3':
    'Quels effets sur l’écosystème local à court terme, à long terme et au moment du retrait des acteurs français, prévu ou non ?',
  'guide.step.impacts.question.4':
    'Le coût d’un service essentiel risque-t-il d’augmenter et d’exclure des usagers vulnérables ?',
  'guide.step.impacts.question.5':
    'Le partenariat peut-il changer l’équilibre interne d’un partenaire : place dans sa gouvernance, débat clivant ?',
  'guide.step.impacts.question.6':
    'Pour chaque risque : quelle probabilité, quelle gravité, quelle réponse, qui s’en charge et quand le revoir ?',
  'guide.step.impacts.brake.1':
    'Des financements complexes : l’aide au développement est plus accessible aux associations, les aides à l’innovation ou à l’export aux entreprises, et les cofinancements restent mal connus.',
  'guide.step.impacts.brake.2':
    'Le risque financier de court terme, avant les retombées commerciales, pèse surtout quand l’investissement initial ne trouve pas de financement extérieur.',
  'guide.step.impacts.brake.3': 'Un risque sans responsable ni date de revue n’est suivi par personne.',
  'guide.step.impacts.fact.1':
    'Avec la gamme Paludiers du Monde, Les Salines de Guérande ont diversifié leur offre et renforcé leur présence commerciale ; les paludiers partenaires d’Univers-Sel au Sénégal et au Cambodge ont vu leurs savoir-faire valorisés.',
  'guide.step.impacts.fact.2':
    'Dans la filière soja, l’Afdi a acquis la maîtrise de la certification Ecocert et a vérifié l’application de prix d’achat équitables.',
  'guide.step.impacts.fact.3':
    'Le système d’annonce de crues de Paratronic et Corail équipe aujourd’hui six des neuf agences de bassin du Maroc, et une équipe locale a été formée à la maintenance.',
  'guide.step.impacts.fact.4':
    'Lagazel fabrique ses lampes sur place dans des ateliers L-BOX, avec formation et emplois locaux, et envisage de répliquer le partenariat ailleurs en Afrique de l’Ouest et en Haïti.',
  'guide.step.impacts.fact.5':
    'Le RAMEAU décrit le triple impact des alliances : la performance des organisations, l’innovation territoriale et sociétale, et la confiance.',
  'guide.step.review.purpose':
    'Relire la charte ensemble avant de la signer : chaque partenaire doit s’y reconnaître, le partenaire du Sud doit pouvoir la lire dans sa langue de travail, et chaque engagement doit pouvoir être vérifié lors des bilans.',
  'guide.step.review.question.1': 'Chaque partenaire a-t-il relu la charte avec les instances qui l’engagent ?',
  'guide.step.review.question.2': 'Le partenaire du Sud a-t-il pu la lire et la discuter dans sa langue de travail ?',
  'guide.step.review.question.3': 'Les engagements sont-ils assez précis pour être vérifiés lors des bilans ?',
  'guide.step.review.question.4':
    'Les risques les plus graves ont-ils une réponse, un responsable et une date de revue ?',
  'guide.step.review.brake.1':
    'Une relecture rapide par un seul interlocuteur : la charte engage des structures, pas seulement des personnes.',
  'guide.step.review.brake.2': 'Des engagements flous entretiennent les malentendus.',
  'guide.step.review.fact.1':
    'La charte d’Univers-Sel et des Salines de Guérande est restée après le départ des initiateurs : écrivez-la pour ceux qui viendront après vous.',
  'guide.step.review.fact.2':
    'Le cadre doit être validé en interne et expliqué à l’extérieur, sans oublier la vision des acteurs du Sud.',
  'guide.step.signing.purpose':
    'Signer la charte : chaque signataire engage sa structure. La signature porte sur une version précise du texte ; toute modification ultérieure suit la procédure prévue dans la charte.',
  'guide.step.signing.question.1': 'Qui signe pour chaque partenaire, et avec quel mandat ?',
  'guide.step.signing.question.2': 'Où et quand la charte est-elle signée ?',
  'guide.step.signing.question.3':
    'Comment la charte signée et la liste des risques seront-elles transmises aux équipes, ici et là-bas ?',
  'guide.step.signing.brake.1':
    'Une signature par une personne sans mandat de sa structure fragilise tout le partenariat.',
  'guide.step.signing.brake.2':
    'Si le texte change après une signature, celle-ci ne porte plus sur la bonne version : terminez la relecture avant de signer.',
  'guide.step.signing.fact.1':
    'L’atelier RESACOOP de 2018 retient qu’un partenariat tient quand chacun y trouve son compte : une démarche gagnant-gagnant.',
  'guide.step.signing.fact.2':
    'Le partenariat entre Paratronic et Corail a fonctionné parce qu’il était équilibré : chacun avait un rôle précis et y trouvait un intérêt.',

  // Risk catalogue (content/risk-catalogue.ts).
  'guide.risk.context-cultural.title': 'Obstacles culturels',
  'guide.risk.context-cultural.description':
    'Codes sociaux, rapport au temps, place des femmes ou langue de travail diffèrent d’un pays à l’autre et peuvent freiner la compréhension mutuelle et la réalisation du projet.',
  'guide.risk.context-cultural.mitigation.1':
    'Demander à l’association ou au partenaire du Sud une présentation du contexte local (normes sociales, place des femmes, langues) avant les premières missions.',
  'guide.risk.context-cultural.mitigation.2':
    'Prévoir un interprète ou un médiateur culturel lors des réunions importantes.',
  'guide.risk.context-cultural.mitigation.3':
    'Faire relire les supports et les messages par le partenaire du Sud avant toute diffusion.',
  'guide.risk.context-administrative.title': 'Obstacles administratifs et réglementaires',
  'guide.risk.context-administrative.description':
    'Douanes, normes, autorisations, conditions de contractualisation, transfert de devises ou certification peuvent retarder le projet ou le rendre plus coûteux.',
  'guide.risk.context-administrative.mitigation.1':
    'Organiser avec l’association une veille sur le contexte réglementaire (douanes, normes, assurances, transfert de devises) dès le lancement.',
  'guide.risk.context-administrative.mitigation.2':
    'Garder dans le calendrier des marges pour les autorisations et les certifications.',
  'guide.risk.context-administrative.mitigation.3':
    'Identifier un transitaire ou un conseil local qui connaît les formalités.',
  'guide.risk.context-political.title': 'Instabilité politique ou sécuritaire',
  'guide.risk.context-political.description':
    'Changement de gouvernement, tensions, insécurité ou crise sanitaire peuvent suspendre les activités ou empêcher les déplacements.',
  'guide.risk.context-political.mitigation.1':
    'Suivre les conseils aux voyageurs ainsi que la veille sanitaire et géopolitique partagée par l’association.',
  'guide.risk.context-political.mitigation.2':
    'Confier davantage de responsabilités à l’équipe locale et prévoir un suivi à distance.',
  'guide.risk.context-political.mitigation.3':
    'Écrire dans la charte ce qui se passe en cas de suspension : report des échéances, prise en charge des coûts déjà engagés.',
  'guide.risk.competition-close-expertise.title': 'Concurrence entre acteurs aux expertises proches',
  'guide.risk.competition-close-expertise.description':
    'Quand les champs d’expertise se recoupent, les partenaires, ou d’autres acteurs présents sur la zone, peuvent se retrouver en concurrence pour les financements, les clients ou la visibilité.',
  'guide.risk.competition-close-expertise.mitigation.1':
    'Délimiter par écrit, dans la charte, le rôle et le périmètre de chaque partenaire.',
  'guide.risk.competition-close-expertise.mitigation.2':
    'Repérer les autres acteurs présents sur la zone et les informer du projet.',
  'guide.risk.competition-close-expertise.mitigation.3':
    'Convenir à l’avance de la façon de répondre ensemble aux appels d’offres et aux appels à projets.',
  'guide.risk.financial-short-term.title': 'Risque financier à court terme',
  'guide.risk.financial-short-term.description':
    'Les dépenses précèdent les retombées commerciales, et l’investissement initial trouve difficilement un financement extérieur, souvent mal adapté aux projets qui associent plusieurs types d’acteurs.',
  'guide.risk.financial-short-term.mitigation.1': 'Établir un plan de trésorerie partagé jusqu’aux premières recettes.',
  'guide.risk.financial-short-term.mitigation.2':
    'Répartir l’investissement initial entre les partenaires et le découper en étapes.',
  'guide.risk.financial-short-term.mitigation.3':
    'Chercher des cofinancements adaptés au statut de chacun : aide au développement pour l’association, aide à l’export ou à l’innovation pour l’entreprise, FASEP pour une étude de faisabilité.',
  'guide.risk.ecosystem-short-term.title': 'Effets à court terme sur l’écosystème local',
  'guide.risk.ecosystem-short-term.description':
    'L’arrivée du projet peut déstabiliser les acteurs économiques en place (fournisseurs, artisans, commerçants) ou peser sur les ressources naturelles du territoire.',
  'guide.risk.ecosystem-short-term.mitigation.1':
    'Dresser avec le partenaire du Sud un état des lieux initial : acteurs économiques, ressources, usages.',
  'guide.risk.ecosystem-short-term.mitigation.2':
    'Associer dès le démarrage les acteurs locaux concernés, y compris les concurrents potentiels.',
  'guide.risk.ecosystem-short-term.mitigation.3': 'Privilégier les fournisseurs et les prestataires locaux.',
  'guide.risk.ecosystem-long-term.title': 'Effets à long terme sur l’écosystème local',
  'guide.risk.ecosystem-long-term.description':
    'Dépendance à un débouché ou à une technologie, épuisement des sols ou des ressources, pratiques durablement transformées : certains effets n’apparaissent qu’après plusieurs années.',
  'guide.risk.ecosystem-long-term.mitigation.1':
    'Suivre quelques indicateurs environnementaux et économiques locaux pendant toute la durée du projet.',
  'guide.risk.ecosystem-long-term.mitigation.2':
    'Diversifier les débouchés et les fournisseurs pour éviter une dépendance unique.',
  'guide.risk.ecosystem-long-term.mitigation.3':
    'Prévoir avec le partenaire du Sud une évaluation des effets à mi-parcours.',
  'guide.risk.ecosystem-withdrawal.title': 'Effets du retrait des acteurs français',
  'guide.risk.ecosystem-withdrawal.description':
    'Au terme prévu du projet, ou plus tôt si un partenaire se retire, les activités, les emplois et les services créés peuvent s’arrêter faute de relais local.',
  'guide.risk.ecosystem-withdrawal.mitigation.1':
    'Écrire dès le départ un scénario de sortie : préavis, calendrier de transfert, reprise des équipements et des savoir-faire.',
  'guide.risk.ecosystem-withdrawal.mitigation.2':
    'Former une équipe locale capable d’assurer la gestion et la maintenance sans les partenaires français.',
  'guide.risk.ecosystem-withdrawal.mitigation.3':
    'Constituer une structure ou un fonds local qui garantit la continuité des activités.',
  'guide.risk.social-vulnerable-exclusion.title': 'Exclusion des usagers vulnérables',
  'guide.risk.social-vulnerable-exclusion.description':
    'Si le coût d’un service essentiel (eau, énergie, assainissement…) augmente, les ménages les plus modestes risquent d’en être privés.',
  'guide.risk.social-vulnerable-exclusion.mitigation.1':
    'Tester l’offre et son prix auprès de ménages avant le déploiement.',
  'guide.risk.social-vulnerable-exclusion.mitigation.2':
    'Prévoir une tarification sociale ou des facilités de paiement.',
  'guide.risk.social-vulnerable-exclusion.mitigation.3':
    'Suivre l’accès des ménages les plus modestes parmi les indicateurs du projet.',
  'guide.risk.governance-major-stakeholder.title': 'Le partenaire devient une partie prenante majeure',
  'guide.risk.governance-major-stakeholder.description':
    'Si le partenariat se renforce, un partenaire peut peser sur les choix stratégiques d’un autre, jusque dans sa gouvernance.',
  'guide.risk.governance-major-stakeholder.mitigation.1':
    'Préciser dans la charte ce qui relève des décisions communes et ce qui reste propre à chaque structure.',
  'guide.risk.governance-major-stakeholder.mitigation.2':
    'Informer régulièrement les instances dirigeantes de chaque partenaire de l’évolution du partenariat.',
  'guide.risk.governance-major-stakeholder.mitigation.3':
    'Revoir la charte quand le poids du partenariat change (volumes, financements, sièges dans les instances).',
  'guide.risk.governance-divisive-debate.title': 'Débat clivant en interne',
  'guide.risk.governance-divisive-debate.description':
    'Le projet peut diviser les salariés ou les adhérents de l’entreprise, les membres de l’association ou les acteurs du Sud.',
  'guide.risk.governance-divisive-debate.mitigation.1':
    'Présenter le projet aux instances et aux équipes de chaque partenaire avant la signature.',
  'guide.risk.governance-divisive-debate.mitigation.2':
    'Faire valider le cadre en interne et garder une trace de la décision.',
  'guide.risk.governance-divisive-debate.mitigation.3':
    'Laisser chacun exprimer ses réserves et y répondre lors des bilans.',
  'guide.risk.governance-conflict-of-interest.title': 'Conflit d’intérêts',
  'guide.risk.governance-conflict-of-interest.description':
    'L’association peut se retrouver à la fois partenaire, prestataire et évaluatrice de l’entreprise, ou liée à ses concurrents ; son indépendance peut alors être mise en doute.',
  'guide.risk.governance-conflict-of-interest.mitigation.1':
    'Déclarer au comité de pilotage les liens de chaque partenaire avec les autres acteurs du projet.',
  'guide.risk.governance-conflict-of-interest.mitigation.2':
    'Séparer les rôles : celui qui évalue une action n’est pas celui qui est rémunéré pour la mener.',
  'guide.risk.governance-conflict-of-interest.mitigation.3':
    'Écrire dans la charte la règle à suivre quand un conflit d’intérêts apparaît.',
  'guide.risk.relationship-information-leak.title': 'Fuite d’informations',
  'guide.risk.relationship-information-leak.description':
    'Des données commerciales, techniques ou personnelles échangées entre partenaires peuvent être divulguées.',
  'guide.risk.relationship-information-leak.mitigation.1':
    'Lister dans la charte les informations confidentielles et les personnes qui y ont accès.',
  'guide.risk.relationship-information-leak.mitigation.2':
    'Signer un accord de confidentialité pour les données techniques ou commerciales sensibles.',
  'guide.risk.relationship-information-leak.mitigation.3':
    'Ne collecter que les données personnelles strictement nécessaires.',
  'guide.risk.reputation-loss.title': 'Atteinte à la réputation',
  'guide.risk.reputation-loss.description':
    'Un échec, un incident sur le terrain ou une pratique contestée d’un partenaire peut nuire à l’image de tous les autres.',
  'guide.risk.reputation-loss.mitigation.1':
    'Convenir d’une procédure de communication de crise : qui s’exprime, après quelle concertation.',
  'guide.risk.reputation-loss.mitigation.2': 'Faire valider les communications publiques par tous les partenaires.',
  'guide.risk.reputation-loss.mitigation.3': 'Vérifier au départ les pratiques de chaque partenaire.',
  'guide.risk.reputation-washing.title': 'Instrumentalisation (green ou social washing)',
  'guide.risk.reputation-washing.description':
    'L’association craint que l’entreprise se serve du partenariat pour son image sans changer réellement ses pratiques, et d’y perdre sa crédibilité.',
  'guide.risk.reputation-washing.mitigation.1':
    'Fixer des engagements et des indicateurs vérifiables, présentés dans chaque bilan.',
  'guide.risk.reputation-washing.mitigation.2':
    'Soumettre l’usage des noms et logos à l’accord préalable de chaque partenaire.',
  'guide.risk.reputation-washing.mitigation.3':
    'Communiquer sur les résultats réels, difficultés comprises, plutôt que sur des messages promotionnels.',
  'guide.risk.relationship-contact-turnover.title': 'Changement d’interlocuteurs',
  'guide.risk.relationship-contact-turnover.description':
    'Sur un projet long, les personnes qui ont porté le partenariat changent de poste ou partent ; la confiance construite peut se perdre.',
  'guide.risk.relationship-contact-turnover.mitigation.1':
    'Nommer un titulaire et un suppléant pour chaque partenaire, ici et là-bas.',
  'guide.risk.relationship-contact-turnover.mitigation.2': 'Consigner les décisions dans des comptes rendus partagés.',
  'guide.risk.relationship-contact-turnover.mitigation.3':
    'Organiser une passation et présenter la charte à tout nouvel interlocuteur.',
  'guide.risk.financial-cost-overrun.title': 'Dépassement des coûts',
  'guide.risk.financial-cost-overrun.description':
    'Missions, logistique, imprévus techniques ou variations de change peuvent faire dépasser le budget prévu.',
  'guide.risk.financial-cost-overrun.mitigation.1': 'Établir un budget partagé avec une provision pour imprévus.',
  'guide.risk.financial-cost-overrun.mitigation.2':
    'Suivre les dépenses à chaque bilan et alerter dès qu’un poste dérive.',
  'guide.risk.financial-cost-overrun.mitigation.3':
    'Décider à l’avance qui supporte un dépassement, et jusqu’à quel montant.',
  'guide.risk.financial-complex-funding.title': 'Financements complexes',
  'guide.risk.financial-complex-funding.description':
    'L’aide publique au développement est plus accessible aux associations, les aides à l’innovation ou à l’export aux entreprises ; les cofinancements restent mal connus et lourds à monter.',
  'guide.risk.financial-complex-funding.mitigation.1':
    'Confier le montage de chaque dossier au partenaire qui connaît le financeur visé.',
  'guide.risk.financial-complex-funding.mitigation.2':
    'Se faire accompagner par un réseau régional de coopération internationale.',
  'guide.risk.financial-complex-funding.mitigation.3': 'Intégrer au calendrier les délais d’instruction des dossiers.',
  'guide.risk.relationship-mutual-prejudice.title': 'Méconnaissance et préjugés réciproques',
  'guide.risk.relationship-mutual-prejudice.description':
    'L’entreprise doute du professionnalisme de l’association, l’association de la sincérité de l’entreprise : la suspicion freine la coopération.',
  'guide.risk.relationship-mutual-prejudice.mitigation.1':
    'Prendre un temps pour se connaître : visites, présentation des métiers et des contraintes de chacun.',
  'guide.risk.relationship-mutual-prejudice.mitigation.2':
    'Commencer par une action limitée (mécénat, étude) avant un partenariat plus engageant.',
  'guide.risk.relationship-mutual-prejudice.mitigation.3':
    'Écrire ensemble les attentes de chacun, y compris le retour sur investissement.',
  'guide.risk.relationship-limited-time.title': 'Peu de temps disponible',
  'guide.risk.relationship-limited-time.description':
    'L’entreprise peut consacrer peu de temps au partenariat, alors que les interlocuteurs se multiplient et que le projet s’inscrit dans la durée.',
  'guide.risk.relationship-limited-time.mitigation.1': 'Désigner un interlocuteur unique pour chaque partenaire.',
  'guide.risk.relationship-limited-time.mitigation.2':
    'Fixer dès le départ un calendrier de réunions courtes et régulières.',
  'guide.risk.relationship-limited-time.mitigation.3': 'Confier le secrétariat du partenariat à un seul partenaire.',

  // Hints (content/hints.ts). {placeholders} are filled from Hint.vars.
  'guide.hint.noSouthernPartner':
    'Aucun partenaire du Sud n’est encore inscrit. Associez-le dès le départ, comme Terrena et l’Afdi l’ont fait avec la coopérative COBSAC : sa vision fait partie du cadre.',
  'guide.hint.sponsorshipOnly':
    'Le partenariat n’est pour l’instant que du mécénat ou du don. C’est une bonne première étape : Les Salines de Guérande ont été mécènes d’Univers-Sel pendant des années avant de lancer une gamme commune.',
  'guide.hint.timeHorizons':
    '{company} raisonne à un horizon bien plus court que {association}. Le guide signale ce décalage fréquent : fixez ensemble un calendrier où les contraintes de court terme de l’entreprise et l’horizon long de l’association se rejoignent, avec des résultats visibles dès la première année.',
  'guide.hint.noSharedValues':
    'Aucune valeur partagée n’est encore retenue. Vérifier que vous partagez des valeurs est au cœur du temps d’interconnaissance : sans elles, la charte n’a pas de socle.',
  'guide.hint.noContactsThere':
    'Aucun interlocuteur n’est nommé dans le pays d’intervention. Identifiez qui suit le projet là-bas, et qui le remplace en cas d’absence.',
  'guide.hint.noReviewFrequency':
    'Le rythme des bilans n’est pas fixé. Faire régulièrement le point, sans taire les difficultés, entretient la confiance.',
  'guide.hint.noMilestones':
    'Aucune étape clé n’est prévue. Quelques dates partagées aident à faire converger le court terme de l’entreprise et le long terme de l’association.',
  'guide.hint.noIndicators':
    'Aucun indicateur n’est défini. Sans indicateur ni cible, les bilans reposent sur des impressions.',
  'guide.hint.noRisks':
    'Aucun risque n’est encore identifié. Partez de la liste des risques du guide et gardez ceux qui concernent votre projet.',
  'guide.hint.withdrawalNotConsidered':
    'Aucun risque ne porte sur le retrait des acteurs français, prévu ou non. Le guide invite à anticiper ce qui restera sur place après eux.',
  'guide.hint.riskNoOwner': 'Le risque « {risk} » n’a pas de responsable. Choisissez le partenaire qui le suit.',
  'guide.hint.riskNoReviewDate':
    'Le risque « {risk} » n’a pas de date de revue. Fixez quand vous referez le point sur ce risque.',
  'guide.hint.riskReviewOverdue':
    'La date de revue du risque « {risk} » est passée. Faites le point et fixez la prochaine.',
  'guide.hint.criticalAccepted':
    'Le risque « {risk} » est critique mais simplement accepté. Vérifiez que tous les partenaires l’acceptent en connaissance de cause, ou cherchez à le réduire, le partager ou l’éviter.',
} as const;

export type GuideKey = keyof typeof guideFr;
