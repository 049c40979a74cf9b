import type { GuideKey } from './guide.fr';

// English for partners abroad; same keys as guide.fr.ts (checked by `satisfies`).
export const guideEn = {
  // Worked examples (src/examples): title, summary and what comes from which source.
  'guide.examples.illustrative':
    'Illustrative example: the organisations and the facts marked with a source come from the documents cited; the people, figures, dates and clauses are invented to complete the charter.',
  'guide.example.terrena.title': 'Terrena, Afdi and COBSAC: an organic soy supply chain in Burkina Faso',
  'guide.example.terrena.summary':
    'A French farmers’ cooperative, an international solidarity association and a Burkinabe cooperative build a certified organic soy supply chain together, at a fair price, with COBSAC involved from day one.',
  'guide.example.guerande.title': 'Les Salines de Guérande and Univers-Sel: Paludiers du Monde',
  'guide.example.guerande.summary':
    'After several years of sponsorship, the Les Salines de Guérande cooperative and Univers-Sel, the association it created, develop the Paludiers du Monde range together with salt workers in Senegal and Cambodia, under a co-written charter.',
  'guide.example.lagazel.title': 'Lagazel and Entrepreneurs du Monde: solar lamps in Burkina Faso',
  'guide.example.lagazel.summary':
    'A solar-lamp maker and an NGO, with its social business Nafa Naana, distribute lamps made locally in L-BOX workshops, tested by households and backed by crowdfunding.',
  'guide.example.paratronic.title': 'Paratronic, Corail and ONEP: flood warning in Morocco',
  'guide.example.paratronic.summary':
    'An electronics SME from the Ain and an association that supports public services offer Morocco’s national drinking-water office a flood-warning system, starting from a FASEP-funded feasibility study, and train a local team.',
  'guide.example.terrena.sources':
    'From the Pays de la Loire Coopération Internationale guide: Terrena, Afdi and COBSAC, the organic soy supply chain in Burkina Faso, COBSAC involved from the start, Ecocert certification and export logistics cleared by Afdi, fair purchase prices checked, the plan to extend exchanges to other products. Illustrative: the people, precise places, volumes, amounts, dates and clauses. The dates are fictional: the real partnership began well before.',
  'guide.example.guerande.sources':
    'From the Pays de la Loire Coopération Internationale guide: the Les Salines de Guérande cooperative created Univers-Sel and then sponsored it for several years (premises, funding, skills) before the joint Paludiers du Monde range; the co-written charter; Univers-Sel’s support to salt workers in Senegal (production methods, storage, governance) and Cambodia; the wider range. Illustrative: the people, volumes, amounts, dates and clauses; the real partnership began well before these dates, and the guide names no Senegalese partner.',
  'guide.example.lagazel.sources':
    'From the report of the RESACOOP workshop of 26 March 2018 (not from the guide): Lagazel, Entrepreneurs du Monde and its social business Nafa Naana in Burkina Faso, the distribution network, household tests, L-BOX workshops, local training and jobs, crowdfunding, the replication considered in West Africa and Haiti. Illustrative: the people, figures, dates and clauses. The dates are fictional: the real partnership began well before.',
  'guide.example.paratronic.sources':
    'From the report of the RESACOOP workshop of 26 March 2018 (not from the guide): Paratronic, Corail and the Office national de l’eau potable (ONEP), a Moroccan public body; Corail’s introduction, the FASEP application and feasibility study with a pilot project, the trained team, the workshops with the administration; six of the nine basin agencies equipped. Illustrative: the people, any other figures, the dates and the clauses. The dates are fictional: the real partnership began well before.',

  // Step guidance (content/guidance.ts); each item’s source is in content/guide-sources.ts.
  'guide.step.partners.purpose':
    'Before looking for partners, pin down what the project needs: the expertise and skills, the area of intervention and its characteristics, the kind of partnership wanted.',
  'guide.step.partners.question.1': 'What expertise and skills does the project need, and who has them?',
  'guide.step.partners.question.2':
    'Where does the project take place: urban or rural area, transport infrastructure needed?',
  'guide.step.partners.question.3':
    'What kind of partnership are you after: financial or skills sponsorship, donation of goods or services, expertise, logistic support?',
  'guide.step.partners.question.4':
    'Is it about exporting to the South, importing into France or developing an activity locally?',
  'guide.step.partners.question.5':
    'Who are the project’s actors in the South, and how do you involve them from the first discussions?',
  'guide.step.partners.question.6':
    'Could a public body play a part: a local authority through its decentralised cooperation, the region through its economic-development remit, a consular chamber (commerce, trades, agriculture)?',
  'guide.step.partners.brake.1':
    'Mutual ignorance: associations and companies know little of each other, which leaves room for prejudice and suspicion.',
  'guide.step.partners.brake.2': 'The association does not always know whom to turn to in the company.',
  'guide.step.partners.brake.3':
    'On projects with a strong technical side, the company may doubt the association’s professionalism.',
  'guide.step.partners.fact.1':
    'To build an organic soy supply chain in Burkina Faso, Terrena and Afdi involved the Burkinabe cooperative COBSAC from day one.',
  'guide.step.partners.fact.2':
    'Already active in Morocco, the association Corail introduced Paratronic to ONEP: the company got past the barrier that a purely commercial approach had met.',
  'guide.step.partners.fact.3':
    'Lagazel had no sales channel in Burkina Faso; Nafa Naana, a social business set up by Entrepreneurs du Monde, opened its distribution network to it.',
  'guide.step.partners.fact.4':
    'According to Le RAMEAU, France has 1.2 million partnerships between associations and companies; 53% of employing associations and 37% of companies develop partnerships.',
  'guide.step.partners.fact.5':
    'Most Pays de la Loire companies working abroad with associations share three traits: the personal involvement of their head, a societal outlook, and involvement in local networks of actors (consular chambers, clubs, local authorities).',
  'guide.step.motivations.purpose':
    'Time to get to know each other: understand each partner’s skills and know-how, check that values are shared, name the contact people here and there, and say clearly what each partner expects, return on investment included.',
  'guide.step.motivations.question.1':
    'Why is each partner taking part: to strengthen its economic model, to address global issues and share the value created, to build its reputation?',
  'guide.step.motivations.question.2':
    'What does each partner expect from the partnership, and what return on investment does it hope for?',
  'guide.step.motivations.question.3':
    'What time horizon is each partner working to: under a year, three years, over five years?',
  'guide.step.motivations.question.4': 'Which values do you share?',
  'guide.step.motivations.question.5': 'Who are the contact people here, in France, and there, in the country?',
  'guide.step.motivations.question.6': 'Could sponsorship be a first step before a more structured partnership?',
  'guide.step.motivations.brake.1':
    'Mutual prejudice: the company fears uncontrolled costs, information leaks or loss of reputation; the association fears being used (green or social washing), losing credibility or a conflict of interest.',
  'guide.step.motivations.brake.2':
    'Different time frames: the company often has short-term constraints and demands of profitability and return on investment, while the NGO thinks more in the medium or long term.',
  'guide.step.motivations.brake.3':
    'The company can give little time to such commitments, while the many contacts and networks take time.',
  'guide.step.motivations.fact.1':
    'Les Salines de Guérande sponsored Univers-Sel for several years (premises, funding, skills sponsorship) before launching the joint Paludiers du Monde range.',
  'guide.step.motivations.fact.2':
    'Lagazel and Entrepreneurs du Monde knew each other before working together and shared two causes: fighting energy poverty and local economic development.',
  'guide.step.motivations.fact.3':
    'When the partnership builds the capacity of economic actors and civil society in the South, it brings market stability and security in its wake.',
  'guide.step.motivations.fact.4':
    'For the guide, an international-cooperation partnership is the meeting of the partners’ individual interests and a collective interest in contributing to development over there.',
  'guide.step.framework.purpose':
    'Set the partnership’s framework together by making each partner’s role in the project explicit. The framework is approved internally and explained externally; each partner’s stakeholders are informed, and the southern actors’ vision is part of the first discussions.',
  'guide.step.framework.question.1':
    'What is each partner’s role, and what does it actually put in: money, time, goods, expertise?',
  'guide.step.framework.question.2': 'Who decides, how, and what say do the southern actors have in decisions?',
  'guide.step.framework.question.3': 'Which governing body of each partner must approve the charter, and when?',
  'guide.step.framework.question.4': 'How will you inform staff, members and other stakeholders?',
  'guide.step.framework.question.5': 'Who may use the partners’ names and logos, and on what materials?',
  'guide.step.framework.question.6': 'Which information stays confidential?',
  'guide.step.framework.question.7':
    'How is the charter amended, and how can a partner leave without endangering the project?',
  'guide.step.framework.brake.1':
    'The association may fear being used by a company doing green or social washing, and losing its credibility.',
  'guide.step.framework.brake.2': 'The company may fear information leaks.',
  'guide.step.framework.brake.3':
    'A framework written by the French partners alone: the southern actors’ vision must be part of it from the first discussions.',
  'guide.step.framework.fact.1':
    'Univers-Sel and Les Salines de Guérande co-wrote a charter that sets a common ethic, each partner’s place and the partnership’s place in each one’s project; it outlived the people who started it.',
  'guide.step.framework.fact.2':
    'Paratronic and Corail each had a precise and equally decisive role: technical mastery for one, knowledge of institutions and funding for the other.',
  'guide.step.framework.fact.3':
    'Le RAMEAU distinguishes four categories of partnership: sponsorship, responsible practices, economic cooperation and societal innovation.',
  'guide.step.followUp.purpose':
    'Set the time frame so that the company’s short-term constraints and the association’s long horizon meet, then review the partnership together regularly, without hiding difficulties, and look for improvements.',
  'guide.step.followUp.question.1': 'When does the partnership start, and for how long?',
  'guide.step.followUp.question.2': 'What are the milestones, and who is responsible for each?',
  'guide.step.followUp.question.3': 'How often will you review the partnership together?',
  'guide.step.followUp.question.4': 'Which indicators, with which targets, will show the project is moving forward?',
  'guide.step.followUp.question.5': 'How is a difficulty raised, discussed and resolved?',
  'guide.step.followUp.brake.1':
    'Partnership projects often run over a long time; contact people can change, which disturbs the building of trust.',
  'guide.step.followUp.brake.2': 'The time the company can give to the partnership is limited.',
  'guide.step.followUp.brake.3': 'Keeping quiet about difficulties in reviews weakens trust.',
  'guide.step.followUp.fact.1':
    'Before distributing Lagazel’s lamps through the Nafa Naana network, the partners had households test them to check they met their needs.',
  'guide.step.followUp.fact.2':
    'Paratronic and Corail put together a FASEP application: their feasibility study proposed a pilot flood-control project, which won them funding.',
  'guide.step.followUp.fact.3':
    'Terrena, Afdi and COBSAC are to step up their exchanges of practice and explore new partnership leads around other products.',
  'guide.step.followUp.fact.4':
    'The Pays de la Loire Coopération Internationale network can help partners define monitoring and evaluation indicators, or resolve a difficulty as the project unfolds.',
  'guide.step.impacts.purpose':
    'Anticipate the project’s expected and potential effects, opportunities as well as risks: what each partner expects for itself, the effects in the South, the effects on each partner’s own project and the risks to consider.',
  'guide.step.impacts.question.1': 'What effects does each partner expect for itself?',
  'guide.step.impacts.question.2':
    'What effects in the South: producer income, supply chains, know-how, jobs, access to essential services, environmental practices?',
  'guide.step.impacts.question.3':
    'What effects on the local ecosystem in the short term, the long term and when the French actors withdraw, planned or not?',
  'guide.step.impacts.question.4': 'Could the cost of an essential service rise and shut out vulnerable users?',
  'guide.step.impacts.question.5':
    'If the partnership grows, could a partner become a major stakeholder of another, governance included? Could the project start a divisive debate within one of the partners?',
  'guide.step.impacts.question.6':
    'For each risk: how likely, how severe, what response, who owns it and when will it be reviewed?',
  'guide.step.impacts.brake.1':
    'Complex funding: official development aid is easier for associations to reach, innovation funding and export aid easier for companies, and co-funding remains largely unknown.',
  'guide.step.impacts.brake.2':
    'Short-term financial risk, before commercial returns, weighs most when the initial investment cannot reach outside funding.',
  'guide.step.impacts.brake.3': 'A risk with no owner and no review date is followed by no one.',
  'guide.step.impacts.fact.1':
    'With the Paludiers du Monde range, Les Salines de Guérande widened their offer and strengthened their market presence.',
  'guide.step.impacts.fact.6':
    'Univers-Sel’s partner salt workers in Senegal and Cambodia saw their traditional know-how valued and gained skills.',
  'guide.step.impacts.fact.2':
    'In the soy supply chain, Afdi mastered Ecocert labelling and checked that fair purchase prices were applied.',
  'guide.step.impacts.fact.3':
    'Paratronic and Corail’s collaboration now supplies six of Morocco’s nine basin agencies; a team was trained to fix equipment failures.',
  'guide.step.impacts.fact.4':
    'Lagazel set up its L-BOX workshops, with local training and jobs; replicating the partnership in other West African countries and in Haiti is being considered.',
  'guide.step.impacts.fact.5':
    'Le RAMEAU describes the triple impact of alliances: the performance of the organisations involved, territorial and societal innovation, and trust, which drives the commitment of people and territories.',
  'guide.step.review.purpose':
    'Cocharte suggests you read the charter through together before signing: every partner must recognise itself in it, the southern partner must be able to read it in its working language, and every commitment must be checkable at the reviews.',
  'guide.step.review.question.1': 'Has each partner read the charter with the bodies that commit it?',
  'guide.step.review.question.2': 'Has the southern partner been able to read and discuss it in its working language?',
  'guide.step.review.question.3': 'Are the commitments precise enough to be checked at the reviews?',
  'guide.step.review.question.4': 'Do the most serious risks have a response, an owner and a review date?',
  'guide.step.review.brake.1':
    'A quick read by a single contact: the charter commits organisations, not just individuals.',
  'guide.step.review.brake.2': 'Vague commitments breed misunderstandings.',
  'guide.step.review.fact.1':
    'The Univers-Sel and Salines de Guérande charter outlived the people who started the partnership.',
  'guide.step.review.fact.2':
    'The framework must be approved internally and explained externally, without leaving out the southern actors’ vision.',
  'guide.step.signing.purpose':
    'In Cocharte, each signatory commits their organisation and signs one exact version of the text; any later change follows the procedure the charter sets out.',
  'guide.step.signing.question.1': 'Who signs for each partner, and under what authority?',
  'guide.step.signing.question.2': 'Where and when is the charter signed?',
  'guide.step.signing.question.3':
    'How will the signed charter and the risk checklist reach the teams, here and there?',
  'guide.step.signing.brake.1':
    'A signature by someone without their organisation’s authority weakens the whole partnership.',
  'guide.step.signing.brake.2':
    'If the text changes after a signature, that signature no longer covers the right version: finish reviewing before anyone signs.',
  'guide.step.signing.fact.1':
    'The 2018 RESACOOP workshop calls for a win-win approach, where each partner finds a benefit.',
  'guide.step.signing.fact.2':
    'The Paratronic and Corail partnership was described as balanced: each had a precise and equally decisive role, and found its interest in it.',
  'guide.step.framework.question.8': 'What place does the partnership take in each partner’s own project?',

  // Principles the sources repeat (content/guidance-extras.ts).
  'guide.principle.trust':
    'Trust: for the guide, building a relationship of trust means taking the time to lay the milestones of the cooperation, through five key steps.',
  'guide.principle.equal-partners':
    'Relations as equals: at the RESACOOP workshop, the new form of cooperation is described as mutually beneficial co-construction, with relations as equals and a shared, inclusive and responsible economic dynamic.',
  'guide.principle.partnership-place':
    'The partnership’s place in each partner’s own project: the Salines de Guérande and Univers-Sel charter sets out each partner’s place and the partnership’s place in each one’s project.',

  // RESACOOP workshop lessons (content/guidance-extras.ts).
  'guide.lesson.adapt-procedures':
    'Adapt to each other: a collaboration between an NGO and a company calls for adaptability on both sides, because differences in procedures and ways of managing can block it if they are not taken into account.',
  'guide.lesson.solution-not-product':
    'Offer a solution rather than a product: the association knows people’s needs, the company the techniques to meet them; together they bring a suitable answer, which escapes competition on price alone.',
  'guide.lesson.bridging-small-firms':
    'Small firms usually have neither the money nor the knowledge of existing schemes to develop outside Europe, and cultural unfamiliarity slows first contacts: working with an association gets round both hurdles.',
  'guide.lesson.proximity':
    'Proximity helps: Lagazel and Entrepreneurs du Monde were close geographically (the Loire and Lyon) and knew each other before working together, which made the partnership easier to build and run.',
  'guide.lesson.beyond-cliches':
    'Get past clichés: about the places of cooperation (Africa is not just “the continent of crises”) and between actors, where the mutual scepticism of business and international solidarity has to be overcome.',
  'guide.lesson.bridging-structures':
    'Intermediary bodies (such as RESACOOP or the regional chamber of commerce) have a part to play in bringing the two worlds together by creating places to meet.',

  // The public body as a partner (content/guidance-extras.ts).
  'guide.publicBody.decentralised':
    'Local authorities can carry real weight through their decentralised-cooperation policy.',
  'guide.publicBody.regional-economy':
    'Through their economic-development remit, regions are a key actor in getting projects started.',
  'guide.publicBody.chambers':
    'Consular chambers, the regional chamber of the social and solidarity economy, networks and clubs are where the first ties are made.',
  'guide.publicBody.southern-public-body':
    'In the South, a public body can be the partner with the need: Morocco’s national drinking-water office wanted to anticipate floods, and the lasting solution offered to the authorities opened the collaboration.',

  // Funding sources, where money is discussed (content/guidance-extras.ts).
  'guide.funding.development-aid.name': 'Official development aid',
  'guide.funding.development-aid.text': 'An entry point easier for associations to reach.',
  'guide.funding.innovation-export.name': 'Innovation funding and export aid',
  'guide.funding.innovation-export.text': 'Entry points easier for companies to reach.',
  'guide.funding.co-funding.name': 'Co-funding',
  'guide.funding.co-funding.text': 'Complex schemes, still largely unknown.',
  'guide.funding.fasep.name': 'FASEP',
  'guide.funding.fasep.text':
    'The Fonds d’étude et d’aide au secteur privé (FASEP) is funding from the French Ministry of the Economy and Finance for private companies’ development projects. Corail and Paratronic obtained it for a feasibility study with a pilot project; their application was helped by bringing together public and private, French and Moroccan actors.',
  'guide.funding.sponsorship-tax.name': 'Corporate philanthropy (mécénat)',
  'guide.funding.sponsorship-tax.text': 'In philanthropy programmes, companies also obtain tax advantages.',
  'guide.funding.public-fundraising.name': 'Fundraising and crowdfunding',
  'guide.funding.public-fundraising.text':
    'An NGO can raise funds thanks to its public profile and benefits from the tax relief open to associations; Lagazel and Entrepreneurs du Monde ran crowdfunding campaigns.',
  'guide.funding.consortium.name': 'Consortium funding',
  'guide.funding.consortium.text':
    'A partnership can open consortium funding schemes to the company, as for Fonto de Vivo in South America.',
  'guide.funding.network-help.name': 'The regional network’s support',
  'guide.funding.network-help.text':
    'The Pays de la Loire Coopération Internationale network can help partners fund their project and offers online resources on funding.',

  // Le RAMEAU’s categories and economic-cooperation sheet (content/guidance-extras.ts).
  'guide.rameau.sponsorship.definition': 'The company’s support to a project of general interest.',
  'guide.rameau.sponsorship.result': 'Result aimed at: internal and external roots. Practised by 25% of companies.',
  'guide.rameau.responsible-practices.definition': 'The general-interest actor brings its know-how to the company.',
  'guide.rameau.responsible-practices.result': 'Result aimed at: better processes. Practised by 54% of companies.',
  'guide.rameau.economic-cooperation.definition': 'Each partner contributes to a common offer.',
  'guide.rameau.economic-cooperation.result': 'Result aimed at: economic balance. Practised by 28% of companies.',
  'guide.rameau.societal-innovation.definition':
    'Creating innovative solutions to the vulnerabilities of a group of people or a territory.',
  'guide.rameau.societal-innovation.result':
    'Result aimed at: new products and services. Practised by 26% of companies.',
  'guide.rameau.rates-note':
    'Practice rates from the IMPACT Entreprises & Territoires study (Comisis – OpinionWay, September 2021) cited by Le RAMEAU.',
  'guide.rameau.rates-overlap': 'Added together, these rates exceed 100%: a company may practise several categories.',
  'guide.rameau.economic-sheet.1':
    'It is a joint answer to a need, richer than what each partner could have offered alone.',
  'guide.rameau.economic-sheet.2':
    'A co-construction approach that blends socio-economic models to reconcile economy and general interest.',
  'guide.rameau.economic-sheet.3':
    'It has an economic purpose and combines complementary skills: the company’s technical know-how, the social skill in supporting vulnerable people of the work-integration structure (structure d’insertion par l’activité économique).',
  'guide.rameau.economic-sheet.4': 'It only works when carried by a lasting action in a territory.',
  'guide.rameau.economic-sheet.5':
    'It mainly meets the needs of people on very low incomes, for whom offers must be adapted; still little developed in France, it is more common internationally.',
  'guide.rameau.economic-sheet.6':
    'It starts from existing offers to build an answer to a precise need, operational in the short term.',
  'guide.rameau.economic-sheet.7':
    'Before starting, the stakes of shared economic value and sustainable development must be clearly defined and communicated.',
  'guide.rameau.economic-sheet.8':
    'It lets partners combine their strengths, pool resources and risks, and act in concert.',
  'guide.rameau.economic-sheet.9':
    'Two models: the territorial economic-cooperation cluster (PTCE), in a territory, and the social joint venture, between partners.',
  'guide.rameau.economic-sheet.10':
    'The relationship is mostly commercial, but the actors must respect both the general interest and economic logic.',
  'guide.rameau.economic-sheet.11':
    'For the company: build solutions quickly, answer contracts with social-inclusion clauses better, develop new offers.',
  'guide.rameau.economic-sheet.12': 'It rests on relations of trust, sharing, collective values and dynamic alliance.',

  // Studied cases of the guide, as short cards (content/guidance-extras.ts).
  'guide.case.ingredient-afrique.title': 'Ingrédient d’Afrique and Kanya Donsé Fanyi',
  'guide.case.ingredient-afrique.text':
    'Import: selling African food products. The association helps women become professionals in processing local food; jobs created, production secured ethically and in quality; the association’s operational capacity amplified.',
  'guide.case.ngo-shoes.title': 'N’go Shoes and Sao Bien',
  'guide.case.ngo-shoes.text':
    'Import: fair-trade sneakers made by artisans of the White Thai minority; N’go Shoes supports Sao Bien, which builds schools in Vietnam’s most marginalised provinces. Sao Bien secured its economic model and built its management skills.',
  'guide.case.libre-energie.title': 'Libre Energie and Oxfam',
  'guide.case.libre-energie.text': 'Export: installing stand-alone solar generators in isolated regions.',
  'guide.case.fonto-de-vivo.title': 'Fonto de Vivo and Médecins du Monde',
  'guide.case.fonto-de-vivo.text':
    'Export: distributing household water filters. French NGOs tested the product in the field and linked up with local NGOs, trained in its use and upkeep; their input shaped the product. Fonto de Vivo gained recognition and access to consortium funding in South America.',
  'guide.case.hacse.title': 'Hacsé and Fondem',
  'guide.case.hacse.text':
    'Export: electrification and access to drinking water. Associations know how to handle the funder and the administrative follow-up; by easing acceptance by local authorities and actors, the association kept the company from “being led up the garden path”.',
  'guide.case.sce.title': 'SCE and Eau et Vie',
  'guide.case.sce.text':
    'Export: waste management. Eau et Vie contributed to SCE and S3D’s study of large waste in the Abidjan lagoon, in the slum where it works; it helps create local associations and social businesses, and its partnership draws other companies in.',
  'guide.case.le-relais.title': 'Le Relais and Caritas',
  'guide.case.le-relais.text':
    'Export: second-hand textiles. Caritas completes the sorting for reuse and resells in the South: the association is the company’s client.',
  'guide.case.abucam.title': 'Abucam and the Association Pays de Loire Cameroun',
  'guide.case.abucam.text':
    'Export: supplying equipment (supplies, vehicles). The association’s introductions eased permits and setting up the activity locally.',
  'guide.case.edenmap.title': 'Edenmap and Make Sense',
  'guide.case.edenmap.text':
    'Export: an addressing service for cities as well as informal and rural settlements. The associations shed light on how to implement it.',
  'guide.case.talpa.title': 'Talpa and the Association dompierroise d’échanges internationaux',
  'guide.case.talpa.text':
    'Export: ecological and economic development of sites. Talpa’s opening outside Europe, in Tunisia, would not have happened without the association, which also explained the place of women in Tunisian society.',

  // Risk catalogue (content/risk-catalogue.ts).
  'guide.risk.context-cultural.title': 'Cultural obstacles',
  'guide.risk.context-cultural.description':
    'Differences in local culture and social norms can make the project harder to carry out.',
  'guide.risk.context-cultural.mitigation.1':
    'Ask the association to share its knowledge of the local culture and social norms before the first field visits.',
  'guide.risk.context-cultural.mitigation.2': 'Rely on the association for interpreting at important meetings.',
  'guide.risk.context-cultural.mitigation.3':
    'Have the southern partner review materials and messages before anything is published.',
  'guide.risk.context-administrative.title': 'Administrative and regulatory obstacles',
  'guide.risk.context-administrative.description':
    'Customs, contracting rules, currency transit, administrative organisation, standards or insurance can make the project harder to carry out.',
  'guide.risk.context-administrative.mitigation.1':
    'Draw on the association’s watch on the country’s institutional, legal and commercial context (customs, contracts, currency, standards, insurance).',
  'guide.risk.context-administrative.mitigation.2': 'Keep slack in the schedule for permits and certifications.',
  'guide.risk.context-administrative.mitigation.3':
    'Find a freight forwarder or a local adviser who knows the formalities.',
  'guide.risk.context-political.title': 'Political obstacles',
  'guide.risk.context-political.description':
    'The country’s political context, or geopolitical and health risks, can make the project harder to carry out.',
  'guide.risk.context-political.mitigation.1': 'Follow the association’s watch on health and geopolitical risks.',
  'guide.risk.context-political.mitigation.2': 'Give more responsibility to the local team and plan remote follow-up.',
  'guide.risk.context-political.mitigation.3':
    'State in the charter what happens if activities are suspended: deadlines postponed, costs already incurred covered.',
  'guide.risk.competition-close-expertise.title': 'Competition between actors with close expertise',
  'guide.risk.competition-close-expertise.description':
    'When the actors’ fields of expertise are close, they can end up competing.',
  'guide.risk.competition-close-expertise.mitigation.1':
    'Make each partner’s role in the project explicit in the charter.',
  'guide.risk.competition-close-expertise.mitigation.2':
    'Map the other actors in the area and tell them about the project.',
  'guide.risk.competition-close-expertise.mitigation.3':
    'Agree beforehand how you will answer tenders and calls for proposals together.',
  'guide.risk.financial-short-term.title': 'Short-term financial risk',
  'guide.risk.financial-short-term.description':
    'Before commercial returns, the initial investment weighs on the partners, especially if it cannot reach outside funding, which suits multi-actor teams more or less well.',
  'guide.risk.financial-short-term.mitigation.1': 'Draw up a shared cash-flow plan up to the first revenues.',
  'guide.risk.financial-short-term.mitigation.2': 'Split the initial investment between the partners and phase it.',
  'guide.risk.financial-short-term.mitigation.3':
    'Look for co-funding according to each partner’s status: official development aid for the association, innovation funding or export aid for the company.',
  'guide.risk.ecosystem-short-term.title': 'Short-term effects on the local ecosystem',
  'guide.risk.ecosystem-short-term.description':
    'In the short term, the project can affect the country’s local environmental and economic ecosystem.',
  'guide.risk.ecosystem-short-term.mitigation.1':
    'Make an initial assessment with the southern partner: economic actors, resources, uses.',
  'guide.risk.ecosystem-short-term.mitigation.2':
    'Involve the local actors concerned from the start, potential competitors included.',
  'guide.risk.ecosystem-short-term.mitigation.3': 'Prefer local suppliers and service providers.',
  'guide.risk.ecosystem-long-term.title': 'Long-term effects on the local ecosystem',
  'guide.risk.ecosystem-long-term.description':
    'In the long term, the project can lastingly change the local environmental and economic ecosystem.',
  'guide.risk.ecosystem-long-term.mitigation.1':
    'Track a few local environmental and economic indicators throughout the project.',
  'guide.risk.ecosystem-long-term.mitigation.2': 'Diversify outlets and suppliers to avoid depending on a single one.',
  'guide.risk.ecosystem-long-term.mitigation.3': 'Plan a mid-term review of the effects with the southern partner.',
  'guide.risk.ecosystem-withdrawal.title': 'Effects of the French actors’ withdrawal',
  'guide.risk.ecosystem-withdrawal.description':
    'When the French actors withdraw, whether planned or at the end, the project can have effects on the country’s local environmental and economic ecosystem.',
  'guide.risk.ecosystem-withdrawal.mitigation.1':
    'Write an exit scenario from the start: notice period, handover schedule, transfer of equipment and know-how.',
  'guide.risk.ecosystem-withdrawal.mitigation.2':
    'Train a local team able to run everything and fix equipment failures.',
  'guide.risk.ecosystem-withdrawal.mitigation.3':
    'Support the creation of local structures (associations, social businesses) that take over training and services.',
  'guide.risk.social-vulnerable-exclusion.title': 'Exclusion of vulnerable users',
  'guide.risk.social-vulnerable-exclusion.description':
    'If the cost of an essential service (water, electricity…) rises, vulnerable users may be shut out.',
  'guide.risk.social-vulnerable-exclusion.mitigation.1':
    'Have households test the products before distribution, to check they meet their needs.',
  'guide.risk.social-vulnerable-exclusion.mitigation.2': 'Set up payment facilities.',
  'guide.risk.social-vulnerable-exclusion.mitigation.3':
    'Make access for the poorest households one of the project’s indicators.',
  'guide.risk.governance-divisive-debate.title': 'Divisive internal debate',
  'guide.risk.governance-divisive-debate.description':
    'The project can start a divisive debate within the company, the association or among the southern actors.',
  'guide.risk.governance-divisive-debate.mitigation.1': 'Inform each partner’s stakeholders about the project.',
  'guide.risk.governance-divisive-debate.mitigation.2': 'Have the partnership’s framework approved internally.',
  'guide.risk.governance-divisive-debate.mitigation.3':
    'Give everyone room to voice reservations, and answer them at the reviews.',
  'guide.risk.competition-close-expertise.mitigation.4':
    'Offer a solution to a need together rather than a product: a solution is less easily compared on price alone.',
  'guide.risk.financial-short-term.mitigation.4':
    'For an export feasibility study, look at FASEP, which Corail and Paratronic obtained with a project bringing together public and private, French and Moroccan actors.',
  'guide.risk.financial-short-term.mitigation.5':
    'Combine the funding options the partners’ legal forms allow: an NGO can raise tax-deductible funds from the public.',

  // Hints (domain/hints.ts). {placeholders} are filled from Hint.vars.
  'guide.hint.noSouthernPartner':
    'No southern partner is listed yet. The guide cites Terrena and Afdi, who involved the COBSAC cooperative from the start.',
  'guide.hint.sponsorshipOnly':
    'For now the partnership is sponsorship or donation only. The guide sees this as a possible first step: Les Salines de Guérande sponsored Univers-Sel for several years before a joint commercial strategy.',
  'guide.hint.timeHorizons':
    '{company} works to a much shorter horizon than {association}. The guide asks partners to set the project’s time frame by bringing each one’s time constraints together.',
  'guide.hint.noSharedValues':
    'No shared value has been chosen yet. The guide asks partners to check that they share values while getting to know each other.',
  'guide.hint.noContactsThere':
    'No contact person is named in the country of intervention. The guide asks partners to identify their contacts here and there.',
  'guide.hint.noReviewFrequency':
    'How often you will review the partnership is not set. The guide asks partners to review it regularly, without hiding difficulties.',
  'guide.hint.yearToCheck':
    'The date {date} has an unusual year: check it before signing (the year takes four digits, for example 2026).',
  'guide.hint.noMilestones': 'No milestone is planned: a few shared dates make the schedule concrete.',
  'guide.hint.datesToCorrect':
    'The dates of this step contradict each other (the duration does not match the dates, or a milestone falls outside the period). Correct them here or, if they are meant, confirm them at step 3, in the clause “Entry into force, term and renewal”.',
  'guide.hint.datesToConfirm':
    'Dates of the follow-up contradict each other: check them in the clause “Entry into force, term and renewal” below and confirm them, or correct them at step 4.',
  'guide.hint.noIndicators': 'No indicator is defined: without indicators and targets, reviews rest on impressions.',
  'guide.hint.noRisks':
    'No risk has been identified yet. Start from the risks the guide lists and keep those that apply to your project.',
  'guide.hint.withdrawalNotConsidered':
    'No risk covers the French actors’ withdrawal, planned or at the end. The guide lists it among the effects on the local ecosystem to consider.',
  'guide.hint.riskNoOwner': 'The risk “{risk}” has no owner. Choose the partner who follows it.',
  'guide.hint.riskNoReviewDate': 'The risk “{risk}” has no review date. Set when you will look at this risk again.',
  'guide.hint.riskReviewOverdue': 'The review date of the risk “{risk}” has passed. Take stock and set the next one.',
  'guide.hint.criticalAccepted':
    'The risk “{risk}” is critical but simply accepted. Make sure every partner accepts it knowingly, or look for a way to reduce, share or avoid it.',
  'guide.hint.ratingToConfirm': 'The rating of the risk “{risk}” is Cocharte’s suggestion: confirm it or change it.',
  'guide.hint.illustrativeExample':
    'This project starts from an example: its people, figures, dates and clauses are illustrative until you replace them.',
} as const satisfies Record<GuideKey, string>;
