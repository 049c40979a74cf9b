import { homeGuideFr } from './home.fr';
// The method behind the app, as told by its sources: guidance panels, risk catalogue, hints (French).
// French typography: ’ for apostrophes, U+00A0 inside « » and before : ; ! ? % €.
export const guideFr = {
  // Worked examples (src/examples): title, summary and what comes from which source, in home.fr.ts.
  ...homeGuideFr,
  // Step guidance (content/guidance.ts); each item’s source is in content/guide-sources.ts.
  'guide.step.partners.purpose':
    'Avant de chercher des partenaires, précisez ce dont le projet a besoin : les expertises et compétences, la zone d’intervention et ses caractéristiques, le type de partenariat souhaité.',
  'guide.step.partners.question.1':
    'De quelles expertises et compétences le projet a-t-il besoin, et qui les détient ?',
  'guide.step.partners.question.2':
    'Où se déroule le projet : territoire urbain ou rural, infrastructures de transport nécessaires ?',
  'guide.step.partners.question.3':
    'Quel type de partenariat visez-vous : mécénat financier ou de compétences, don de biens ou de services, apport d’expertise, appui logistique ?',
  'guide.step.partners.question.4':
    'S’agit-il d’exporter vers le Sud, d’importer en France ou de développer une activité sur place ?',
  'guide.step.partners.question.5':
    'Qui sont les acteurs du Sud du projet, et comment les associez-vous dès la réflexion initiale ?',
  'guide.step.partners.question.6':
    'Un acteur public peut-il jouer un rôle : une collectivité par sa coopération décentralisée, la région par sa compétence de développement économique, une chambre consulaire ?',
  'guide.step.partners.brake.1':
    'Méconnaissance réciproque : associations et entreprises se connaissent mal, ce qui laisse place aux préjugés et à la suspicion.',
  'guide.step.partners.brake.2':
    'L’association ne sait pas toujours vers quel interlocuteur de l’entreprise se tourner.',
  'guide.step.partners.brake.3':
    'Sur les projets à forte dimension technique, l’entreprise peut douter du professionnalisme de l’association.',
  'guide.step.partners.fact.1':
    'Pour monter une filière de soja biologique au Burkina Faso, Terrena et l’Afdi ont associé la coopérative burkinabè COBSAC dès le départ.',
  'guide.step.partners.fact.2':
    'Déjà présente au Maroc, l’association Corail a mis Paratronic en relation avec l’ONEP : l’entreprise a pu passer outre le barrage d’une approche seulement commerciale.',
  'guide.step.partners.fact.3':
    'Lagazel n’avait pas de canal de vente au Burkina Faso ; Nafa Naana, entreprise sociale créée par Entrepreneurs du Monde, lui a ouvert son réseau de distribution.',
  'guide.step.partners.fact.4':
    'Selon Le RAMEAU, la France compte 1,2 million de partenariats entre associations et entreprises ; 53 % des associations employeuses et 37 % des entreprises développent des partenariats.',
  'guide.step.partners.fact.5':
    'Les entreprises des Pays de la Loire engagées à l’international avec des associations partagent pour la plupart trois traits : l’implication personnelle de leur dirigeant ou dirigeante, une réflexion sociétale, une implication dans les réseaux d’acteurs locaux (chambres consulaires, clubs, collectivités).',
  'guide.step.motivations.purpose':
    'Un temps pour apprendre à se connaître : comprendre les compétences et les savoir-faire de chacun, vérifier que des valeurs sont partagées, nommer les interlocuteurs ici et là-bas, et dire clairement ce que chacun attend, y compris en retour sur investissement.',
  'guide.step.motivations.question.1':
    'Pourquoi chaque partenaire s’engage-t-il : consolider son modèle économique, répondre à des enjeux globaux et partager la valeur créée, cultiver sa réputation ?',
  'guide.step.motivations.question.2':
    'Qu’attend chacun du partenariat, et quel retour sur investissement espère-t-il ?',
  'guide.step.motivations.question.3':
    'À quel horizon chacun raisonne-t-il : moins d’un an, trois ans, plus de cinq ans ?',
  'guide.step.motivations.question.4': 'Quelles valeurs partagez-vous ?',
  'guide.step.motivations.question.5': 'Qui sont les interlocuteurs ici, en France, et là-bas, dans le pays ?',
  'guide.step.motivations.question.6':
    'Le mécénat peut-il servir de première étape avant un partenariat plus structurant ?',
  'guide.step.motivations.brake.1':
    'Préjugés réciproques : l’entreprise craint des coûts mal maîtrisés, des fuites d’informations ou une perte de réputation ; l’association craint l’instrumentalisation (green ou social washing), la perte de crédibilité ou le conflit d’intérêts.',
  'guide.step.motivations.brake.2':
    'Des temporalités différentes : l’entreprise a souvent des contraintes de court terme, des exigences de rentabilité et de retour sur investissement, l’ONG raisonne davantage à moyen ou long terme.',
  'guide.step.motivations.brake.3':
    'L’entreprise peut dédier peu de temps à de tels engagements, alors que la multiplication des interlocuteurs et des réseaux prend du temps.',
  'guide.step.motivations.fact.1':
    'Les Salines de Guérande ont été mécènes d’Univers-Sel pendant plusieurs années (locaux, soutien financier, mécénat de compétences) avant de lancer ensemble la gamme Paludiers du Monde.',
  'guide.step.motivations.fact.2':
    'Lagazel et Entrepreneurs du Monde se connaissaient avant de coopérer et partageaient deux combats : la lutte contre la précarité énergétique et le développement économique local.',
  'guide.step.motivations.fact.3':
    'Quand le partenariat renforce les capacités des acteurs économiques et de la société civile au Sud, il apporte en cascade la stabilité et la sécurité du marché.',
  'guide.step.motivations.fact.4':
    'Pour le guide, un projet partenarial de coopération internationale est la conjonction des intérêts individuels des partenaires et d’un intérêt collectif à contribuer au développement là-bas.',
  'guide.step.framework.purpose':
    'Poser ensemble le cadre du partenariat en explicitant le rôle de chacun dans le projet. Ce cadre est validé en interne et expliqué à l’extérieur ; les parties prenantes de chaque partenaire sont informées, et la vision des acteurs du Sud fait partie de la réflexion initiale.',
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
    'L’association peut craindre d’être instrumentalisée par une entreprise qui ferait du green ou du social washing, et d’y perdre sa crédibilité.',
  'guide.step.framework.brake.2': 'L’entreprise peut craindre des fuites d’informations.',
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
    'Les projets partenariaux se déroulent souvent dans le temps long ; les interlocuteurs peuvent changer, ce qui perturbe la construction de la confiance.',
  'guide.step.followUp.brake.2': 'Le temps que l’entreprise peut dédier au partenariat est limité.',
  'guide.step.followUp.brake.3': 'Passer sous silence les difficultés dans les bilans fragilise la confiance.',
  'guide.step.followUp.fact.1':
    'Avant de distribuer les lampes de Lagazel dans le réseau Nafa Naana, les partenaires les ont fait tester par des ménages pour vérifier qu’elles répondaient à leurs besoins.',
  'guide.step.followUp.fact.2':
    'Paratronic et Corail ont monté un dossier FASEP : leur étude de faisabilité proposait un projet pilote de contrôle des crues, ce qui leur a permis d’obtenir un financement.',
  'guide.step.followUp.fact.3':
    'Terrena, l’Afdi et la COBSAC vont amplifier leurs échanges de pratiques et explorer de nouvelles pistes de partenariat autour d’autres produits.',
  'guide.step.followUp.fact.4':
    'Le réseau Pays de la Loire Coopération Internationale peut accompagner les partenaires pour définir des indicateurs de suivi et d’évaluation, ou pour résoudre une difficulté dans le déroulement du projet.',
  'guide.step.impacts.purpose':
    'Anticiper les effets attendus et potentiels du projet, les opportunités comme les risques : ce que chaque partenaire attend pour lui-même, les effets au Sud, les effets sur le projet de chacun et les risques à envisager.',
  'guide.step.impacts.question.1': 'Quels effets chaque partenaire attend-il pour lui-même ?',
  'guide.step.impacts.question.2':
    'Quels effets au Sud : revenus des producteurs, filières, savoir-faire, emplois, accès aux services essentiels, pratiques environnementales ?',
  'guide.step.impacts.question.3':
    'Quels effets sur l’écosystème local à court terme, à long terme et au moment du retrait des acteurs français, prévu ou non ?',
  'guide.step.impacts.question.4':
    'Le coût d’un service essentiel risque-t-il d’augmenter et d’exclure des usagers vulnérables ?',
  'guide.step.impacts.question.5':
    'Si le partenariat se renforce, un partenaire peut-il devenir une partie prenante majeure de l’autre, jusque dans sa gouvernance ? Le projet risque-t-il de susciter un débat clivant chez l’un des partenaires ?',
  'guide.step.impacts.question.6':
    'Pour chaque risque : quelle probabilité, quelle gravité, quelle réponse, qui s’en charge et quand le revoir ?',
  'guide.step.impacts.brake.1':
    'Des financements complexes : l’aide publique au développement est plus accessible aux associations, le financement de l’innovation et les aides à l’export aux entreprises, et les cofinancements restent largement méconnus.',
  'guide.step.impacts.brake.2':
    'Le risque financier à court terme, avant les retombées commerciales, pèse surtout quand l’investissement initial n’est pas accessible à des financements extérieurs.',
  'guide.step.impacts.brake.3': 'Un risque sans responsable ni date de revue n’est suivi par personne.',
  'guide.step.impacts.fact.1':
    'Avec la gamme Paludiers du Monde, Les Salines de Guérande ont diversifié leur offre et renforcé leur présence commerciale.',
  'guide.step.impacts.fact.6':
    'Les paludiers sénégalais et cambodgiens partenaires d’Univers-Sel ont vu leurs savoir-faire traditionnels valorisés et ont acquis des compétences.',
  'guide.step.impacts.fact.2':
    'Dans la filière soja, l’Afdi a acquis la maîtrise de la labellisation Ecocert et a vérifié l’application de tarifs d’achat équitables.',
  'guide.step.impacts.fact.3':
    'La collaboration de Paratronic et Corail fournit aujourd’hui six des neuf agences de bassin du Maroc ; une équipe a été formée pour résoudre les pannes du matériel.',
  'guide.step.impacts.fact.4':
    'Lagazel a implanté ses ateliers L-BOX, avec formations et emplois locaux ; une réplication du partenariat est envisagée dans d’autres pays d’Afrique de l’Ouest et en Haïti.',
  'guide.step.impacts.fact.5':
    'Le RAMEAU qualifie le triple impact des alliances : la performance des organisations impliquées, l’innovation territoriale et sociétale, et la confiance, moteur d’engagement des personnes et des territoires.',
  'guide.step.review.purpose':
    'Cocharte vous propose de relire la charte ensemble avant de la signer : chaque partenaire doit s’y reconnaître, le partenaire du Sud doit pouvoir la lire dans sa langue de travail, et chaque engagement doit pouvoir être vérifié lors des bilans.',
  'guide.step.review.question.1': 'Chaque partenaire a-t-il relu la charte avec les instances qui l’engagent ?',
  'guide.step.review.question.2': 'Le partenaire du Sud a-t-il pu la lire et la discuter dans sa langue de travail ?',
  'guide.step.review.question.3': 'Les engagements sont-ils assez précis pour être vérifiés lors des bilans ?',
  'guide.step.review.question.4':
    'Les risques les plus graves ont-ils une réponse, un responsable et une date de revue ?',
  'guide.step.review.brake.1':
    'Une relecture rapide par un seul interlocuteur : la charte engage des structures, pas seulement des personnes.',
  'guide.step.review.brake.2': 'Des engagements flous entretiennent les malentendus.',
  'guide.step.review.fact.1':
    'La charte d’Univers-Sel et des Salines de Guérande est restée après le départ des initiateurs du partenariat.',
  'guide.step.review.fact.2':
    'Le cadre doit être validé en interne et expliqué à l’extérieur, sans oublier la vision des acteurs du Sud.',
  'guide.step.signing.purpose':
    'Dans Cocharte, chaque signataire engage sa structure et signe une version précise du texte ; toute modification ultérieure suit la procédure prévue dans la charte.',
  'guide.step.signing.question.1': 'Qui signe pour chaque partenaire, et avec quel mandat ?',
  'guide.step.signing.question.2': 'Où et quand la charte est-elle signée ?',
  'guide.step.signing.question.3':
    'Comment la charte signée et la liste des risques seront-elles transmises aux équipes, ici et là-bas ?',
  'guide.step.signing.brake.1':
    'Une signature par une personne sans mandat de sa structure fragilise tout le partenariat.',
  'guide.step.signing.brake.2':
    'Si le texte change après une signature, celle-ci ne porte plus sur la bonne version : terminez la relecture avant de signer.',
  'guide.step.signing.fact.1':
    'L’atelier RESACOOP de 2018 invite à adopter une démarche gagnant-gagnant, où chacun trouve un bénéfice.',
  'guide.step.signing.fact.2':
    'Le partenariat entre Paratronic et Corail a été décrit comme équilibré : chacun avait un rôle précis et tout aussi déterminant, et y trouvait un intérêt.',
  'guide.step.framework.question.8': 'Quelle place le partenariat prend-il dans le projet de chacun des partenaires ?',

  // Principles the sources repeat (content/guidance-extras.ts).
  'guide.principle.trust':
    'La confiance : pour le guide, construire un rapport de confiance, c’est prendre le temps de poser les jalons de la coopération, au fil de cinq étapes clés.',
  'guide.principle.equal-partners':
    'Des relations d’égal à égal : à l’atelier RESACOOP, la nouvelle forme de coopération est décrite comme une co-construction mutuellement avantageuse, avec des relations d’égal à égal et une dynamique économique inclusive et responsable partagée.',
  'guide.principle.partnership-place':
    'La place du partenariat dans le projet de chacun : la charte des Salines de Guérande et d’Univers-Sel formalise la place de chacun et la place du partenariat dans le projet de chacun.',

  // RESACOOP workshop lessons (content/guidance-extras.ts).
  'guide.lesson.adapt-procedures':
    'S’adapter l’un à l’autre : une collaboration entre ONG et entreprise demande une capacité d’adaptation des deux côtés, car les différences de procédures et de modes de gestion peuvent bloquer si on ne les prend pas en compte.',
  'guide.lesson.solution-not-product':
    'Proposer une solution plutôt qu’un produit : l’association connaît les besoins des populations, l’entreprise les techniques pour y répondre ; ensemble, elles apportent une réponse adaptée, qui échappe à la seule compétition sur les prix.',
  'guide.lesson.bridging-small-firms':
    'Les PME n’ont généralement ni les ressources financières ni la connaissance des dispositifs existants pour se développer hors d’Europe, et la méconnaissance culturelle freine les premiers contacts : la mise en relation avec une association permet de contourner ces deux écueils.',
  'guide.lesson.proximity':
    'La proximité aide : Lagazel et Entrepreneurs du Monde étaient proches géographiquement (la Loire et Lyon) et se connaissaient avant de coopérer, ce qui a facilité la construction et la gestion du partenariat.',
  'guide.lesson.beyond-cliches':
    'Dépasser les clichés : sur les territoires de coopération (l’Afrique ne se résume pas au « continent des crises ») comme entre acteurs, où le scepticisme réciproque de l’entreprise et de la solidarité internationale doit être dépassé.',
  'guide.lesson.bridging-structures':
    'Les structures intermédiaires (comme RESACOOP ou la CCI régionale) ont un rôle à jouer pour faire se rencontrer les deux mondes, en créant des lieux d’échanges.',

  // The public body as a partner (content/guidance-extras.ts).
  'guide.publicBody.decentralised':
    'Les collectivités territoriales peuvent avoir une influence marquée dans le cadre de leur politique de coopération décentralisée.',
  'guide.publicBody.regional-economy':
    'Par leur compétence de développement économique, les régions sont un acteur clé pour l’émergence des projets.',
  'guide.publicBody.chambers':
    'Chambres consulaires, chambre régionale de l’économie sociale et solidaire, réseaux et clubs sont les lieux où se tissent les premiers liens.',
  'guide.publicBody.southern-public-body':
    'Au Sud, un organisme public peut être le partenaire qui exprime le besoin : l’Office national de l’eau potable du Maroc cherchait à anticiper les crues, et la solution durable proposée aux pouvoirs publics a ouvert la collaboration.',

  // Funding sources, where money is discussed (content/guidance-extras.ts).
  'guide.funding.development-aid.name': 'Aide publique au développement',
  'guide.funding.development-aid.text': 'Un point d’entrée plus accessible aux associations.',
  'guide.funding.innovation-export.name': 'Financement de l’innovation et aides à l’export',
  'guide.funding.innovation-export.text': 'Des points d’entrée plus accessibles aux entreprises.',
  'guide.funding.co-funding.name': 'Cofinancements',
  'guide.funding.co-funding.text': 'Des dispositifs complexes, encore largement méconnus.',
  'guide.funding.fasep.name': 'FASEP',
  'guide.funding.fasep.text':
    'Le Fonds d’étude et d’aide au secteur privé est un financement du ministère de l’Économie et des Finances pour des projets de développement des entreprises privées. Corail et Paratronic l’ont obtenu pour une étude de faisabilité avec un projet pilote ; leur dossier était facilité parce qu’il associait acteurs publics et privés, français et marocains.',
  'guide.funding.sponsorship-tax.name': 'Mécénat',
  'guide.funding.sponsorship-tax.text':
    'Dans les programmes de mécénat, les entreprises obtiennent aussi des avantages fiscaux.',
  'guide.funding.public-fundraising.name': 'Levées de fonds et financement participatif',
  'guide.funding.public-fundraising.text':
    'Une ONG peut organiser des levées de fonds grâce à sa notoriété auprès du grand public et bénéficie de la défiscalisation offerte aux associations ; Lagazel et Entrepreneurs du Monde ont mené des campagnes de financement participatif.',
  'guide.funding.consortium.name': 'Financements en consortium',
  'guide.funding.consortium.text':
    'Le partenariat peut ouvrir à l’entreprise des dispositifs de financement pour des projets en consortium, comme pour Fonto de Vivo en Amérique du Sud.',
  'guide.funding.network-help.name': 'L’appui du réseau régional',
  'guide.funding.network-help.text':
    'Le réseau Pays de la Loire Coopération Internationale peut accompagner les partenaires pour financer leur projet et propose des ressources en ligne sur les financements.',

  // Le RAMEAU’s categories and economic-cooperation sheet (content/guidance-extras.ts).
  'guide.rameau.sponsorship.definition': 'Soutien de l’entreprise à un projet d’intérêt général.',
  'guide.rameau.sponsorship.result':
    'Résultat visé : un ancrage interne et externe. Pratiqué par 25 % des entreprises.',
  'guide.rameau.responsible-practices.definition':
    'Apport des savoir-faire de l’acteur d’intérêt général à l’entreprise.',
  'guide.rameau.responsible-practices.result':
    'Résultat visé : l’optimisation des processus. Pratiqué par 54 % des entreprises.',
  'guide.rameau.economic-cooperation.definition': 'Contribution de chacun des partenaires à une offre commune.',
  'guide.rameau.economic-cooperation.result':
    'Résultat visé : l’équilibre économique. Pratiqué par 28 % des entreprises.',
  'guide.rameau.societal-innovation.definition':
    'Création de solutions innovantes pour répondre à des fragilités d’un public ou d’un territoire.',
  'guide.rameau.societal-innovation.result':
    'Résultat visé : de nouveaux produits et services. Pratiqué par 26 % des entreprises.',
  'guide.rameau.rates-note':
    'Taux de pratique selon l’étude IMPACT Entreprises & Territoires (Comisis – OpinionWay, septembre 2021) citée par Le RAMEAU.',
  'guide.rameau.rates-overlap':
    'Ces taux additionnés dépassent 100 % : une entreprise peut pratiquer plusieurs catégories.',
  'guide.rameau.economic-sheet.1':
    'C’est une réponse commune à un besoin, qui enrichit ce que chacun aurait pu proposer seul.',
  'guide.rameau.economic-sheet.2':
    'Une démarche de co-construction qui hybride les modèles socio-économiques pour concilier économie et intérêt général.',
  'guide.rameau.economic-sheet.3':
    'Elle a une finalité économique et associe des compétences complémentaires : le savoir-faire technique de l’entreprise, la compétence sociale d’accompagnement des fragilités de la structure d’insertion par l’activité économique.',
  'guide.rameau.economic-sheet.4': 'Elle n’est efficace que portée par une action territoriale durable.',
  'guide.rameau.economic-sheet.5':
    'Elle répond surtout aux besoins des populations à très faibles revenus, pour lesquelles les offres doivent être adaptées ; encore peu développée en France, elle est plus répandue à l’international.',
  'guide.rameau.economic-sheet.6':
    'Elle part d’offres existantes pour créer une réponse adaptée à un besoin précis, opérationnelle à court terme.',
  'guide.rameau.economic-sheet.7':
    'Avant de se lancer, les enjeux de valeur économique partagée et de développement durable doivent être clairement définis et communiqués.',
  'guide.rameau.economic-sheet.8':
    'Elle permet de combiner les forces, de mutualiser les ressources et les risques, et d’agir de manière concertée.',
  'guide.rameau.economic-sheet.9':
    'Deux modèles : le pôle territorial de coopération économique, sur un territoire, et la joint-venture sociale, entre partenaires.',
  'guide.rameau.economic-sheet.10':
    'La relation est majoritairement commerciale, mais les acteurs doivent respecter à la fois l’intérêt général et la logique économique.',
  'guide.rameau.economic-sheet.11':
    'Pour l’entreprise : créer rapidement des solutions, mieux répondre aux marchés comportant des clauses d’insertion, développer de nouvelles offres.',
  'guide.rameau.economic-sheet.12':
    'Elle repose sur des relations de confiance, de partage, de valeurs collectives et d’alliance dynamique.',

  // Studied cases of the guide, as short cards (content/guidance-extras.ts).
  'guide.case.ingredient-afrique.title': 'Ingrédient d’Afrique et Kanya Donsé Fanyi',
  'guide.case.ingredient-afrique.text':
    'Import : commercialisation de produits alimentaires africains. L’association contribue à la professionnalisation des femmes pour la transformation des aliments locaux ; emplois créés, production sécurisée sur le plan éthique et qualitatif ; capacité opérationnelle de l’association amplifiée.',
  'guide.case.ngo-shoes.title': 'N’go Shoes et Sao Bien',
  'guide.case.ngo-shoes.text':
    'Import : commerce équitable de baskets fabriquées par des artisans de l’ethnie minoritaire des Thaï blancs ; N’go Shoes soutient Sao Bien, qui construit des écoles dans les provinces les plus marginalisées du Vietnam. Sao Bien a sécurisé son modèle économique et renforcé ses compétences de gestion.',
  'guide.case.libre-energie.title': 'Libre Energie et Oxfam',
  'guide.case.libre-energie.text': 'Export : installation de générateurs autonomes solaires dans des régions isolées.',
  'guide.case.fonto-de-vivo.title': 'Fonto de Vivo et Médecins du Monde',
  'guide.case.fonto-de-vivo.text':
    'Export : distribution de filtres à eau familiaux. Des ONG françaises ont testé le produit sur le terrain et fait le lien avec des ONG locales, formées à l’utilisation et à la maintenance ; la concertation a nourri la conception du produit. Fonto de Vivo a gagné en notoriété et accédé à des financements en consortium en Amérique du Sud.',
  'guide.case.hacse.title': 'Hacsé et Fondem',
  'guide.case.hacse.text':
    'Export : électrification et accès à l’eau potable. Les associations savent gérer la relation avec le bailleur de fonds et le suivi administratif ; en facilitant l’acceptation par les autorités et les acteurs locaux, l’association a aidé l’entreprise « à ne pas se faire promener ».',
  'guide.case.sce.title': 'SCE et Eau et Vie',
  'guide.case.sce.text':
    'Export : gestion des déchets. Eau et Vie a contribué à l’étude de SCE et S3D sur les macro-déchets de la lagune d’Abidjan, dans le bidonville où elle est implantée ; elle accompagne la création d’associations et d’entreprises sociales locales, et son partenariat a un effet d’entraînement auprès d’autres entreprises.',
  'guide.case.le-relais.title': 'Le Relais et Caritas',
  'guide.case.le-relais.text':
    'Export : vente de textile de seconde main. Caritas finalise le tri en réemploi et revend au Sud : l’association est cliente de l’entreprise.',
  'guide.case.abucam.title': 'Abucam et l’Association Pays de Loire Cameroun',
  'guide.case.abucam.text':
    'Export : fourniture de matériel (fournitures, véhicules). La mise en relation par l’association a facilité les autorisations et l’implantation locale de l’activité.',
  'guide.case.edenmap.title': 'Edenmap et Make Sense',
  'guide.case.edenmap.text':
    'Export : service d’adressage en agglomération comme en habitat informel et rural. Les associations ont éclairé la méthode de mise en œuvre.',
  'guide.case.talpa.title': 'Talpa et l’Association dompierroise d’échanges internationaux',
  'guide.case.talpa.text':
    'Export : aménagement et valorisation écologique et économique. L’ouverture de Talpa hors d’Europe, en Tunisie, ne se serait pas faite sans l’association, qui l’a aussi éclairée sur la place de la femme dans la société tunisienne.',

  // Risk catalogue (content/risk-catalogue.ts).
  'guide.risk.context-cultural.title': 'Obstacles culturels',
  'guide.risk.context-cultural.description':
    'Les différences de culture locale et de normes sociales peuvent compliquer la réalisation du projet.',
  'guide.risk.context-cultural.mitigation.1':
    'Demander à l’association de partager sa connaissance de la culture locale et des normes sociales avant les premières missions.',
  'guide.risk.context-cultural.mitigation.2':
    'S’appuyer sur l’association pour l’interprétariat lors des rencontres importantes.',
  'guide.risk.context-cultural.mitigation.3':
    'Faire relire les supports et les messages par le partenaire du Sud avant toute diffusion.',
  'guide.risk.context-administrative.title': 'Obstacles administratifs et réglementaires',
  'guide.risk.context-administrative.description':
    'Douanes, conditions de contractualisation, transit de devises, organisation administrative, normes ou assurances peuvent compliquer la réalisation du projet.',
  'guide.risk.context-administrative.mitigation.1':
    'S’appuyer sur la veille de l’association sur le contexte institutionnel, juridique et commercial du pays (douanes, contrats, devises, normes, assurances).',
  'guide.risk.context-administrative.mitigation.2':
    'Garder dans le calendrier des marges pour les autorisations et les certifications.',
  'guide.risk.context-administrative.mitigation.3':
    'Identifier un transitaire ou un conseil local qui connaît les formalités.',
  'guide.risk.context-political.title': 'Obstacles politiques',
  'guide.risk.context-political.description':
    'Le contexte politique du pays, ou des risques géopolitiques et sanitaires, peuvent compliquer la réalisation du projet.',
  'guide.risk.context-political.mitigation.1':
    'Suivre la veille de l’association sur les risques sanitaires et géopolitiques.',
  'guide.risk.context-political.mitigation.2':
    'Confier davantage de responsabilités à l’équipe locale et prévoir un suivi à distance.',
  'guide.risk.context-political.mitigation.3':
    'Écrire dans la charte ce qui se passe en cas de suspension : report des échéances, prise en charge des coûts déjà engagés.',
  'guide.risk.competition-close-expertise.title': 'Concurrence entre acteurs aux expertises proches',
  'guide.risk.competition-close-expertise.description':
    'Quand les champs d’expertise des acteurs sont proches, des effets de concurrence peuvent apparaître entre eux.',
  'guide.risk.competition-close-expertise.mitigation.1': 'Expliciter dans la charte le rôle de chacun dans le projet.',
  'guide.risk.competition-close-expertise.mitigation.2':
    'Repérer les autres acteurs présents sur la zone et les informer du projet.',
  'guide.risk.competition-close-expertise.mitigation.3':
    'Convenir à l’avance de la façon de répondre ensemble aux appels d’offres et aux appels à projets.',
  'guide.risk.financial-short-term.title': 'Risque financier à court terme',
  'guide.risk.financial-short-term.description':
    'Avant les retombées commerciales, l’investissement initial pèse sur les partenaires, en particulier s’il n’est pas accessible à des financements extérieurs, plus ou moins adaptés aux attelages de plusieurs acteurs.',
  'guide.risk.financial-short-term.mitigation.1': 'Établir un plan de trésorerie partagé jusqu’aux premières recettes.',
  'guide.risk.financial-short-term.mitigation.2':
    'Répartir l’investissement initial entre les partenaires et le découper en étapes.',
  'guide.risk.financial-short-term.mitigation.3':
    'Chercher des cofinancements selon le statut de chacun : aide publique au développement pour l’association, financement de l’innovation ou aides à l’export pour l’entreprise.',
  'guide.risk.ecosystem-short-term.title': 'Effets à court terme sur l’écosystème local',
  'guide.risk.ecosystem-short-term.description':
    'À court terme, le projet peut avoir des effets sur l’écosystème environnemental et économique local du pays.',
  'guide.risk.ecosystem-short-term.mitigation.1':
    'Dresser avec le partenaire du Sud un état des lieux initial : acteurs économiques, ressources, usages.',
  'guide.risk.ecosystem-short-term.mitigation.2':
    'Associer dès le démarrage les acteurs locaux concernés, y compris les concurrents potentiels.',
  'guide.risk.ecosystem-short-term.mitigation.3': 'Privilégier les fournisseurs et les prestataires locaux.',
  'guide.risk.ecosystem-long-term.title': 'Effets à long terme sur l’écosystème local',
  'guide.risk.ecosystem-long-term.description':
    'À long terme, le projet peut transformer durablement l’écosystème environnemental et économique local.',
  'guide.risk.ecosystem-long-term.mitigation.1':
    'Suivre quelques indicateurs environnementaux et économiques locaux pendant toute la durée du projet.',
  'guide.risk.ecosystem-long-term.mitigation.2':
    'Diversifier les débouchés et les fournisseurs pour éviter une dépendance unique.',
  'guide.risk.ecosystem-long-term.mitigation.3':
    'Prévoir avec le partenaire du Sud une évaluation des effets à mi-parcours.',
  'guide.risk.ecosystem-withdrawal.title': 'Effets du retrait des acteurs français',
  'guide.risk.ecosystem-withdrawal.description':
    'Au moment du retrait des acteurs français, anticipé ou à terme, le projet peut avoir des effets sur l’écosystème environnemental et économique local du pays.',
  'guide.risk.ecosystem-withdrawal.mitigation.1':
    'Écrire dès le départ un scénario de sortie : préavis, calendrier de transfert, reprise des équipements et des savoir-faire.',
  'guide.risk.ecosystem-withdrawal.mitigation.2':
    'Former une équipe locale capable d’assurer le fonctionnement et de résoudre les pannes du matériel.',
  'guide.risk.ecosystem-withdrawal.mitigation.3':
    'Appuyer la création de structures locales (associations, entreprises sociales) qui reprennent les formations et les services.',
  'guide.risk.social-vulnerable-exclusion.title': 'Exclusion des usagers vulnérables',
  'guide.risk.social-vulnerable-exclusion.description':
    'Si le coût d’un service essentiel (eau, électricité…) augmente, les usagers vulnérables risquent d’en être exclus.',
  'guide.risk.social-vulnerable-exclusion.mitigation.1':
    'Faire tester les produits par des ménages avant de les distribuer, pour vérifier qu’ils correspondent à leurs besoins.',
  'guide.risk.social-vulnerable-exclusion.mitigation.2': 'Mettre en place des facilités de paiement.',
  'guide.risk.social-vulnerable-exclusion.mitigation.3':
    'Suivre l’accès des ménages les plus modestes parmi les indicateurs du projet.',
  'guide.risk.governance-divisive-debate.title': 'Débat clivant en interne',
  'guide.risk.governance-divisive-debate.description':
    'Le projet peut susciter un débat clivant au sein de l’entreprise, de l’association ou chez les acteurs du Sud.',
  'guide.risk.governance-divisive-debate.mitigation.1':
    'Informer les parties prenantes de chaque partenaire sur le projet.',
  'guide.risk.governance-divisive-debate.mitigation.2': 'Faire valider le cadre du partenariat en interne.',
  'guide.risk.governance-divisive-debate.mitigation.3':
    'Laisser chacun exprimer ses réserves et y répondre lors des bilans.',
  'guide.risk.competition-close-expertise.mitigation.4':
    'Proposer ensemble une solution à un besoin plutôt qu’un produit : une solution se compare moins facilement sur le seul prix.',
  'guide.risk.financial-short-term.mitigation.4':
    'Pour une étude de faisabilité à l’export, examiner le FASEP, que Corail et Paratronic ont obtenu avec un projet associant acteurs publics et privés, français et marocains.',
  'guide.risk.financial-short-term.mitigation.5':
    'Combiner les modalités de financement que permettent les statuts des partenaires : une ONG peut organiser des levées de fonds auprès du grand public, défiscalisables.',

  // Hints (domain/hints.ts). {placeholders} are filled from Hint.vars.
  'guide.hint.noSouthernPartner':
    'Aucun partenaire du Sud n’est encore inscrit. Le guide cite Terrena et l’Afdi, qui ont associé la coopérative COBSAC dès le départ.',
  'guide.hint.sponsorshipOnly':
    'Le partenariat n’est pour l’instant que du mécénat ou du don. Le guide y voit une première étape possible : Les Salines de Guérande ont été mécènes d’Univers-Sel plusieurs années avant une stratégie commerciale commune.',
  'guide.hint.timeHorizons':
    '{company} raisonne à un horizon bien plus court que {association}. Le guide invite à délimiter le cadre temporel du projet en faisant converger les contraintes de temps de chacun.',
  'guide.hint.noSharedValues':
    'Aucune valeur partagée n’est encore retenue. Le guide demande de vérifier l’existence de valeurs partagées pendant le temps d’interconnaissance.',
  'guide.hint.noContactsThere':
    'Aucun interlocuteur n’est nommé dans le pays d’intervention. Le guide demande d’identifier les interlocuteurs ici et là-bas.',
  'guide.hint.noReviewFrequency':
    'Le rythme des bilans n’est pas fixé. Le guide invite à faire régulièrement le bilan du partenariat, sans taire les difficultés.',
  'guide.hint.yearToCheck':
    'La date {date} a une année inhabituelle\u00a0: vérifiez-la avant de signer (l’année s’écrit sur quatre chiffres, par exemple 2026).',
  'guide.hint.noMilestones': 'Aucun jalon n’est prévu\u00a0: quelques dates partagées rendent le calendrier concret.',
  'guide.hint.datesToCorrect':
    'Les dates de cette étape se contredisent (la durée ne correspond pas aux dates, ou un jalon tombe hors de la période). Corrigez-les ici ou, si elles sont voulues, confirmez-les à l’étape\u00a03, dans la clause «\u00a0Entrée en vigueur, durée et renouvellement\u00a0».',
  'guide.hint.datesToConfirm':
    'Des dates du suivi se contredisent\u00a0: vérifiez-les dans la clause «\u00a0Entrée en vigueur, durée et renouvellement\u00a0» ci-dessous et confirmez-les, ou corrigez-les à l’étape\u00a04.',
  'guide.hint.noIndicators':
    'Aucun indicateur n’est défini\u00a0: sans indicateur ni cible, les bilans reposent sur des impressions.',
  'guide.hint.noRisks':
    'Aucun risque n’est encore identifié. Partez des risques que liste le guide et gardez ceux qui concernent votre projet.',
  'guide.hint.withdrawalNotConsidered':
    'Aucun risque ne porte sur le retrait des acteurs français, anticipé ou à terme. Le guide en fait un des effets à envisager sur l’écosystème local.',
  'guide.hint.riskNoOwner': 'Le risque « {risk} » n’a pas de responsable. Choisissez le partenaire qui le suit.',
  'guide.hint.riskNoReviewDate':
    'Le risque « {risk} » n’a pas de date de revue. Fixez quand vous referez le point sur ce risque.',
  'guide.hint.riskReviewOverdue':
    'La date de revue du risque « {risk} » est passée. Faites le point et fixez la prochaine.',
  'guide.hint.criticalAccepted':
    'Le risque « {risk} » est critique mais simplement accepté. Vérifiez que tous les partenaires l’acceptent en connaissance de cause, ou cherchez à le réduire, le partager ou l’éviter.',
  'guide.hint.ratingToConfirm':
    'La cotation du risque « {risk} » est une suggestion de Cocharte : confirmez-la ou modifiez-la.',
  'guide.hint.illustrativeExample':
    'Ce projet part d’un exemple : ses personnes, chiffres, dates et clauses sont illustratifs tant que vous ne les avez pas remplacés.',
} as const;

export type GuideKey = keyof typeof guideFr;
