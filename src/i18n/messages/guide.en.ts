import type { GuideKey } from './guide.fr';

// English for partners abroad; same keys as guide.fr.ts (checked by `satisfies`).
export const guideEn = {
  // Worked examples (src/examples).
  'guide.examples.illustrative':
    'Illustrative example: the partners and the approach come from the guide; the people, figures, dates and clauses are invented.',
  'guide.example.terrena.title': 'Terrena, Afdi and COBSAC: an organic soy supply chain in Burkina Faso',
  'guide.example.terrena.summary':
    'A French farmers’ cooperative, an international solidarity association and a Burkinabe cooperative build a certified organic soy supply chain together, at a fair price, with COBSAC involved from day one.',
  'guide.example.guerande.title': 'Les Salines de Guérande and Univers-Sel: Paludiers du Monde',
  'guide.example.guerande.summary':
    'After years of sponsorship, a salt workers’ cooperative and the association it helped create launch a joint range with salt producers in Senegal, framed by a co-written charter.',
  'guide.example.lagazel.title': 'Lagazel and Entrepreneurs du Monde: solar lamps in Burkina Faso',
  'guide.example.lagazel.summary':
    'A solar-lamp maker and an NGO, with its social business Nafa Naana, distribute lamps made locally in L-BOX workshops, tested by households and backed by crowdfunding.',
  'guide.example.paratronic.title': 'Paratronic, Corail and ONEP: flood warning in Morocco',
  'guide.example.paratronic.summary':
    'An electronics SME, an association that supports public services and Morocco’s drinking-water office build a flood-warning system from a FASEP-funded feasibility study, and train a local team.',

  // Step guidance (content/guidance.ts): purpose, questions to settle together, brakes to watch, facts from the worked cases.
  'guide.step.partners.purpose':
    'Before looking for partners or confirming them, pin down what the project needs: the expertise, the area of intervention and the kind of partnership. The southern partner is at the table from this step on.',
  'guide.step.partners.question.1': 'What expertise and skills does the project need, and who has them?',
  'guide.step.partners.question.2':
    'Where does the project take place: urban or rural area, transport infrastructure needed, seasonal constraints?',
  'guide.step.partners.question.3':
    'What kind of partnership are you after: financial or skills sponsorship, donation of goods or services, expertise, logistic support, economic cooperation?',
  'guide.step.partners.question.4':
    'Is it about exporting to the South, importing into France or developing an activity locally?',
  'guide.step.partners.question.5': 'Who speaks for the southern actors, and how are you involving them right now?',
  'guide.step.partners.question.6':
    'Could a public body (region, local authority, chamber of commerce) help the project along?',
  'guide.step.partners.brake.1':
    'Mutual ignorance: companies and associations know little about each other’s work. Regional networks, business clubs and chambers of commerce are places to meet.',
  'guide.step.partners.brake.2':
    'The association often does not know whom to contact in the company: name one contact person for each partner.',
  'guide.step.partners.brake.3':
    'On a highly technical project the company may doubt the association’s professionalism: describe in concrete terms what each partner brings.',
  'guide.step.partners.fact.1':
    'To build an organic soy supply chain in Burkina Faso, Terrena and Afdi involved the Burkinabe cooperative COBSAC from day one.',
  'guide.step.partners.fact.2':
    'Already active in Morocco, the association Corail introduced Paratronic to ONEP: its knowledge of the institutions opened a door that a purely commercial approach had not.',
  'guide.step.partners.fact.3':
    'Lagazel had no sales channel in Burkina Faso; Nafa Naana, a social business set up by Entrepreneurs du Monde, opened its distribution network to it.',
  'guide.step.partners.fact.4':
    'According to Le RAMEAU, France has 1.2 million partnerships between associations and companies; 53% of employing associations and 37% of companies have at least one.',
  'guide.step.partners.fact.5':
    'Companies working abroad with an association often share three traits: the personal involvement of their head, a societal outlook, and roots in local business networks.',
  'guide.step.motivations.purpose':
    'Time to get to know each other: understand each partner’s skills and know-how, check that values are shared, name the contact people here and there, and say clearly what each partner expects, return on investment included.',
  'guide.step.motivations.question.1':
    'Why is each partner taking part: to strengthen its economic model, to address global issues and share the value created, to build its reputation?',
  'guide.step.motivations.question.2':
    'What does each partner expect from the partnership, and what return on investment does it hope for?',
  'guide.step.motivations.question.3':
    'What time horizon is each partner working to: under a year, three years, over five years?',
  'guide.step.motivations.question.4': 'Which values do you really share, and how will they show in practice?',
  'guide.step.motivations.question.5':
    'Who are the contact people in France and in the country, and who stands in for them?',
  'guide.step.motivations.question.6': 'Could sponsorship be a first step before a more structured partnership?',
  'guide.step.motivations.brake.1':
    'Mutual prejudice: the company fears uncontrolled costs, information leaks or damage to its reputation; the association fears being used, losing credibility or conflicts of interest. Put these fears on the table.',
  'guide.step.motivations.brake.2':
    'Different time frames: the company often has short-term constraints and profitability targets, while the association thinks in the medium or long term.',
  'guide.step.motivations.brake.3': 'The company has little time, while contacts and networks multiply.',
  'guide.step.motivations.fact.1':
    'Les Salines de Guérande sponsored Univers-Sel for several years (premises, funding, skills sponsorship) before launching the joint Paludiers du Monde range.',
  'guide.step.motivations.fact.2':
    'Lagazel and Entrepreneurs du Monde knew each other before working together and shared two causes: fighting energy poverty and local economic development.',
  'guide.step.motivations.fact.3':
    'By building the capacity of economic actors and civil society in the South, a partnership also gives the company a more stable and secure market.',
  'guide.step.motivations.fact.4':
    'The guide describes a successful partnership as the meeting of each partner’s own interests with a common one: contributing to development over there.',
  'guide.step.framework.purpose':
    'Set the partnership’s framework together: each partner’s role and commitments, governance, communication, confidentiality, how to amend the charter or leave it. Each partner approves the framework internally and explains it externally, and the southern actors’ vision has its place in it.',
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
    'Fear of being used: set rules for the use of names and logos and for public messages.',
  'guide.step.framework.brake.2': 'Fear of information leaks: say clearly what is confidential and who can see it.',
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
    'Over a long project contact people change and trust has to be rebuilt: plan deputies and shared minutes.',
  'guide.step.followUp.brake.2': 'The company’s time is short: prefer brief, regular check-ins to rare, long meetings.',
  'guide.step.followUp.brake.3': 'Reviews that keep quiet about difficulties feed mistrust.',
  'guide.step.followUp.fact.1':
    'Before distributing Lagazel’s lamps through the Nafa Naana network, the partners had households test them to check they met their needs.',
  'guide.step.followUp.fact.2':
    'Paratronic and Corail started with a FASEP-funded feasibility study built around a pilot flood-control project.',
  'guide.step.followUp.fact.3':
    'Building on their first results, Terrena, Afdi and COBSAC plan to step up their exchanges of practice and explore other products.',
  'guide.step.followUp.fact.4':
    'A regional international-cooperation network can help define monitoring and evaluation indicators, or resolve a difficulty along the way.',
  'guide.step.impacts.purpose':
    'Anticipate the expected and possible effects, opportunities as well as risks: for each partner, for the area in the South and for each partner’s own project. Every risk kept gets a response, an owner and a review date.',
  'guide.step.impacts.question.1': 'What effects does each partner expect for itself?',
  'guide.step.impacts.question.2':
    'What effects in the South: producer income, supply chains, know-how, jobs, access to essential services, environmental practices?',
  'guide.step.impacts.question.3':
    'What effects on the local ecosystem in the short term, the long term and when the French actors withdraw, planned or not?',
  'guide.step.impacts.question.4': 'Could the cost of an essential service rise and shut out vulnerable users?',
  'guide.step.impacts.question.5':
    'Could the partnership upset a partner’s internal balance: a seat in its governance, a divisive debate?',
  'guide.step.impacts.question.6':
    'For each risk: how likely, how severe, what response, who owns it and when will it be reviewed?',
  'guide.step.impacts.brake.1':
    'Complex funding: development aid is easier for associations to reach, innovation or export support easier for companies, and co-funding remains little known.',
  'guide.step.impacts.brake.2':
    'Short-term financial risk, before commercial returns, weighs most when the initial investment finds no outside funding.',
  'guide.step.impacts.brake.3': 'A risk with no owner and no review date is followed by no one.',
  'guide.step.impacts.fact.1':
    'With the Paludiers du Monde range, Les Salines de Guérande widened their offer and strengthened their market presence; Univers-Sel’s partner salt workers in Senegal and Cambodia saw their know-how valued.',
  'guide.step.impacts.fact.2':
    'In the soy supply chain, Afdi mastered Ecocert certification and checked that fair purchase prices were applied.',
  'guide.step.impacts.fact.3':
    'Paratronic and Corail’s flood-warning system now equips six of Morocco’s nine basin agencies, and a local team was trained in maintenance.',
  'guide.step.impacts.fact.4':
    'Lagazel makes its lamps locally in L-BOX workshops, with local training and jobs, and plans to replicate the partnership elsewhere in West Africa and in Haiti.',
  'guide.step.impacts.fact.5':
    'Le RAMEAU describes the triple impact of alliances: the organisations’ performance, territorial and societal innovation, and trust.',
  'guide.step.review.purpose':
    'Read the charter through together before signing: every partner must recognise itself in it, the southern partner must be able to read it in its working language, and every commitment must be checkable at the reviews.',
  'guide.step.review.question.1': 'Has each partner read the charter with the bodies that commit it?',
  'guide.step.review.question.2': 'Has the southern partner been able to read and discuss it in its working language?',
  'guide.step.review.question.3': 'Are the commitments precise enough to be checked at the reviews?',
  'guide.step.review.question.4': 'Do the most serious risks have a response, an owner and a review date?',
  'guide.step.review.brake.1':
    'A quick read by a single contact: the charter commits organisations, not just individuals.',
  'guide.step.review.brake.2': 'Vague commitments breed misunderstandings.',
  'guide.step.review.fact.1':
    'The Univers-Sel and Salines de Guérande charter outlived its initiators: write yours for those who will come after you.',
  'guide.step.review.fact.2':
    'The framework must be approved internally and explained externally, without leaving out the southern actors’ vision.',
  'guide.step.signing.purpose':
    'Sign the charter: each signatory commits their organisation. A signature covers one exact version of the text; any later change follows the procedure the charter sets out.',
  'guide.step.signing.question.1': 'Who signs for each partner, and under what authority?',
  'guide.step.signing.question.2': 'Where and when is the charter signed?',
  'guide.step.signing.question.3':
    'How will the signed charter and the risk checklist reach the teams, here and there?',
  'guide.step.signing.brake.1':
    'A signature by someone without their organisation’s authority weakens the whole partnership.',
  'guide.step.signing.brake.2':
    'If the text changes after a signature, that signature no longer covers the right version: finish reviewing before anyone signs.',
  'guide.step.signing.fact.1':
    'The 2018 RESACOOP workshop found that a partnership lasts when each partner gets something out of it: a win-win approach.',
  'guide.step.signing.fact.2':
    'The Paratronic and Corail partnership worked because it was balanced: each had a precise role and found its interest in it.',

  // Risk catalogue (content/risk-catalogue.ts).
  'guide.risk.context-cultural.title': 'Cultural obstacles',
  'guide.risk.context-cultural.description':
    'Social codes, attitudes to time, the place of women or the working language differ from one country to another and can hinder mutual understanding and the project itself.',
  'guide.risk.context-cultural.mitigation.1':
    'Ask the association or the southern partner to brief everyone on the local context (social norms, the place of women, languages) before the first field visits.',
  'guide.risk.context-cultural.mitigation.2': 'Plan an interpreter or a cultural mediator for important meetings.',
  'guide.risk.context-cultural.mitigation.3':
    'Have the southern partner review materials and messages before anything is published.',
  'guide.risk.context-administrative.title': 'Administrative and regulatory obstacles',
  'guide.risk.context-administrative.description':
    'Customs, standards, permits, contracting rules, currency transfers or certification can delay the project or make it more expensive.',
  'guide.risk.context-administrative.mitigation.1':
    'With the association, set up a watch on the regulatory context (customs, standards, insurance, currency transfers) from the start.',
  'guide.risk.context-administrative.mitigation.2': 'Keep slack in the schedule for permits and certifications.',
  'guide.risk.context-administrative.mitigation.3':
    'Find a freight forwarder or a local adviser who knows the formalities.',
  'guide.risk.context-political.title': 'Political or security instability',
  'guide.risk.context-political.description':
    'A change of government, tensions, insecurity or a health crisis can suspend activities or prevent travel.',
  'guide.risk.context-political.mitigation.1':
    'Follow official travel advice and the health and geopolitical watch shared by the association.',
  'guide.risk.context-political.mitigation.2': 'Give more responsibility to the local team and plan remote follow-up.',
  'guide.risk.context-political.mitigation.3':
    'State in the charter what happens if activities are suspended: deadlines postponed, costs already incurred covered.',
  'guide.risk.competition-close-expertise.title': 'Competition between actors with close expertise',
  'guide.risk.competition-close-expertise.description':
    'When fields of expertise overlap, the partners, or other actors in the area, can end up competing for funding, clients or visibility.',
  'guide.risk.competition-close-expertise.mitigation.1':
    'Set out in writing, in the charter, each partner’s role and scope.',
  'guide.risk.competition-close-expertise.mitigation.2':
    'Map the other actors in the area and tell them about the project.',
  'guide.risk.competition-close-expertise.mitigation.3':
    'Agree beforehand how you will answer tenders and calls for proposals together.',
  'guide.risk.financial-short-term.title': 'Short-term financial risk',
  'guide.risk.financial-short-term.description':
    'Spending comes before commercial returns, and the initial investment rarely finds outside funding, which is often ill-suited to projects that bring different kinds of actors together.',
  'guide.risk.financial-short-term.mitigation.1': 'Draw up a shared cash-flow plan up to the first revenues.',
  'guide.risk.financial-short-term.mitigation.2': 'Split the initial investment between the partners and phase it.',
  'guide.risk.financial-short-term.mitigation.3':
    'Look for co-funding suited to each partner’s status: development aid for the association, export or innovation support for the company, FASEP for a feasibility study.',
  'guide.risk.ecosystem-short-term.title': 'Short-term effects on the local ecosystem',
  'guide.risk.ecosystem-short-term.description':
    'The arrival of the project can unsettle existing economic actors (suppliers, craftspeople, traders) or put pressure on the area’s natural resources.',
  'guide.risk.ecosystem-short-term.mitigation.1':
    'Make an initial assessment with the southern partner: economic actors, resources, uses.',
  'guide.risk.ecosystem-short-term.mitigation.2':
    'Involve the local actors concerned from the start, potential competitors included.',
  'guide.risk.ecosystem-short-term.mitigation.3': 'Prefer local suppliers and service providers.',
  'guide.risk.ecosystem-long-term.title': 'Long-term effects on the local ecosystem',
  'guide.risk.ecosystem-long-term.description':
    'Dependence on one outlet or one technology, depleted soils or resources, lasting changes of practice: some effects only show after several years.',
  'guide.risk.ecosystem-long-term.mitigation.1':
    'Track a few local environmental and economic indicators throughout the project.',
  'guide.risk.ecosystem-long-term.mitigation.2': 'Diversify outlets and suppliers to avoid depending on a single one.',
  'guide.risk.ecosystem-long-term.mitigation.3': 'Plan a mid-term review of the effects with the southern partner.',
  'guide.risk.ecosystem-withdrawal.title': 'Effects of the French actors’ withdrawal',
  'guide.risk.ecosystem-withdrawal.description':
    'When the project ends as planned, or earlier if a partner pulls out, the activities, jobs and services created can stop for want of a local successor.',
  'guide.risk.ecosystem-withdrawal.mitigation.1':
    'Write an exit scenario from the start: notice period, handover schedule, transfer of equipment and know-how.',
  'guide.risk.ecosystem-withdrawal.mitigation.2':
    'Train a local team able to run and maintain everything without the French partners.',
  'guide.risk.ecosystem-withdrawal.mitigation.3': 'Set up a local structure or fund that keeps the activities going.',
  'guide.risk.social-vulnerable-exclusion.title': 'Exclusion of vulnerable users',
  'guide.risk.social-vulnerable-exclusion.description':
    'If the cost of an essential service (water, energy, sanitation…) rises, the poorest households may be cut off from it.',
  'guide.risk.social-vulnerable-exclusion.mitigation.1':
    'Test the offer and its price with households before roll-out.',
  'guide.risk.social-vulnerable-exclusion.mitigation.2': 'Plan social pricing or payment facilities.',
  'guide.risk.social-vulnerable-exclusion.mitigation.3':
    'Make access for the poorest households one of the project’s indicators.',
  'guide.risk.governance-major-stakeholder.title': 'The partner becomes a major stakeholder',
  'guide.risk.governance-major-stakeholder.description':
    'As the partnership grows, one partner can come to weigh on another’s strategic choices, governance included.',
  'guide.risk.governance-major-stakeholder.mitigation.1':
    'State in the charter which decisions are joint and which remain each organisation’s own.',
  'guide.risk.governance-major-stakeholder.mitigation.2':
    'Keep each partner’s governing bodies regularly informed of how the partnership evolves.',
  'guide.risk.governance-major-stakeholder.mitigation.3':
    'Review the charter when the partnership’s weight changes (volumes, funding, seats on boards).',
  'guide.risk.governance-divisive-debate.title': 'Divisive internal debate',
  'guide.risk.governance-divisive-debate.description':
    'The project can divide the company’s staff or members, the association’s members or the southern actors.',
  'guide.risk.governance-divisive-debate.mitigation.1':
    'Present the project to each partner’s governing bodies and teams before signing.',
  'guide.risk.governance-divisive-debate.mitigation.2':
    'Have the framework approved internally and keep a record of the decision.',
  'guide.risk.governance-divisive-debate.mitigation.3':
    'Give everyone room to voice reservations, and answer them at the reviews.',
  'guide.risk.governance-conflict-of-interest.title': 'Conflict of interest',
  'guide.risk.governance-conflict-of-interest.description':
    'The association can end up as the company’s partner, contractor and evaluator at once, or be tied to its competitors; its independence may then be questioned.',
  'guide.risk.governance-conflict-of-interest.mitigation.1':
    'Declare to the steering committee each partner’s links with the project’s other actors.',
  'guide.risk.governance-conflict-of-interest.mitigation.2':
    'Keep roles apart: whoever evaluates an action is not the one paid to carry it out.',
  'guide.risk.governance-conflict-of-interest.mitigation.3':
    'Write in the charter the rule to follow when a conflict of interest arises.',
  'guide.risk.relationship-information-leak.title': 'Information leak',
  'guide.risk.relationship-information-leak.description':
    'Commercial, technical or personal data shared between partners can be disclosed.',
  'guide.risk.relationship-information-leak.mitigation.1':
    'List in the charter which information is confidential and who may access it.',
  'guide.risk.relationship-information-leak.mitigation.2':
    'Sign a non-disclosure agreement for sensitive technical or commercial data.',
  'guide.risk.relationship-information-leak.mitigation.3': 'Collect only the personal data that is strictly needed.',
  'guide.risk.reputation-loss.title': 'Loss of reputation',
  'guide.risk.reputation-loss.description':
    'A failure, an incident on the ground or a partner’s contested practice can damage everyone’s image.',
  'guide.risk.reputation-loss.mitigation.1':
    'Agree on a crisis communication procedure: who speaks, after what consultation.',
  'guide.risk.reputation-loss.mitigation.2': 'Have public communications approved by all partners.',
  'guide.risk.reputation-loss.mitigation.3': 'Check each partner’s practices at the outset.',
  'guide.risk.reputation-washing.title': 'Instrumentalisation (green or social washing)',
  'guide.risk.reputation-washing.description':
    'The association fears the company may use the partnership for its image without really changing its practices, and that it will lose credibility in the process.',
  'guide.risk.reputation-washing.mitigation.1': 'Set verifiable commitments and indicators, reported at every review.',
  'guide.risk.reputation-washing.mitigation.2':
    'Make any use of names and logos subject to each partner’s prior approval.',
  'guide.risk.reputation-washing.mitigation.3':
    'Communicate actual results, difficulties included, rather than promotional messages.',
  'guide.risk.relationship-contact-turnover.title': 'Changing contact people',
  'guide.risk.relationship-contact-turnover.description':
    'Over a long project, the people who drove the partnership change jobs or leave; the trust built up can be lost.',
  'guide.risk.relationship-contact-turnover.mitigation.1':
    'Name a lead and a deputy for each partner, in France and in the country.',
  'guide.risk.relationship-contact-turnover.mitigation.2': 'Record decisions in shared minutes.',
  'guide.risk.relationship-contact-turnover.mitigation.3':
    'Organise a handover and walk every new contact through the charter.',
  'guide.risk.financial-cost-overrun.title': 'Cost overruns',
  'guide.risk.financial-cost-overrun.description':
    'Field missions, logistics, technical surprises or exchange-rate changes can push spending over budget.',
  'guide.risk.financial-cost-overrun.mitigation.1': 'Draw up a shared budget with a contingency reserve.',
  'guide.risk.financial-cost-overrun.mitigation.2':
    'Track spending at every review and raise the alarm as soon as a line drifts.',
  'guide.risk.financial-cost-overrun.mitigation.3': 'Decide beforehand who bears an overrun, and up to what amount.',
  'guide.risk.financial-complex-funding.title': 'Complex funding',
  'guide.risk.financial-complex-funding.description':
    'Official development aid is easier for associations to reach, innovation or export support easier for companies; co-funding remains little known and heavy to put together.',
  'guide.risk.financial-complex-funding.mitigation.1':
    'Let the partner who knows the targeted funder prepare each application.',
  'guide.risk.financial-complex-funding.mitigation.2': 'Get support from a regional international-cooperation network.',
  'guide.risk.financial-complex-funding.mitigation.3': 'Build the funders’ review times into the schedule.',
  'guide.risk.relationship-mutual-prejudice.title': 'Mutual ignorance and prejudice',
  'guide.risk.relationship-mutual-prejudice.description':
    'The company doubts the association’s professionalism, the association doubts the company’s sincerity: suspicion holds cooperation back.',
  'guide.risk.relationship-mutual-prejudice.mitigation.1':
    'Take time to get to know each other: visits, presentations of each other’s work and constraints.',
  'guide.risk.relationship-mutual-prejudice.mitigation.2':
    'Start with a limited action (sponsorship, a study) before a more binding partnership.',
  'guide.risk.relationship-mutual-prejudice.mitigation.3':
    'Write down together what each partner expects, return on investment included.',
  'guide.risk.relationship-limited-time.title': 'Little time available',
  'guide.risk.relationship-limited-time.description':
    'The company can give the partnership little time, while contacts multiply and the project runs over years.',
  'guide.risk.relationship-limited-time.mitigation.1': 'Appoint a single contact person for each partner.',
  'guide.risk.relationship-limited-time.mitigation.2': 'Set a calendar of short, regular meetings from the start.',
  'guide.risk.relationship-limited-time.mitigation.3': 'Give the partnership’s secretariat to one partner.',

  // Hints (content/hints.ts). {placeholders} are filled from Hint.vars.
  'guide.hint.noSouthernPartner':
    'No southern partner is listed yet. Involve them from the start, as Terrena and Afdi did with the COBSAC cooperative: their vision is part of the framework.',
  'guide.hint.sponsorshipOnly':
    'For now the partnership is sponsorship or donation only. That is a good first step: Les Salines de Guérande sponsored Univers-Sel for years before launching a joint range.',
  'guide.hint.timeHorizons':
    '{company} works to a much shorter horizon than {association}. The guide flags this common gap: agree on a schedule where the company’s short-term constraints and the association’s long horizon meet, with visible results in the first year.',
  'guide.hint.noSharedValues':
    'No shared value has been chosen yet. Checking that you share values is the heart of getting to know each other: without them the charter has no foundation.',
  'guide.hint.noContactsThere':
    'No contact person is named in the country of intervention. Identify who follows the project there, and who stands in for them.',
  'guide.hint.noReviewFrequency':
    'How often you will review the partnership is not set. Regular reviews that do not hide difficulties keep trust alive.',
  'guide.hint.noMilestones':
    'No milestone is planned. A few shared dates help the company’s short term and the association’s long term converge.',
  'guide.hint.noIndicators': 'No indicator is defined. Without indicators and targets, reviews rest on impressions.',
  'guide.hint.noRisks':
    'No risk has been identified yet. Start from the guide’s list of risks and keep those that apply to your project.',
  'guide.hint.withdrawalNotConsidered':
    'No risk covers the French actors’ withdrawal, planned or not. The guide asks you to anticipate what will remain on the ground after them.',
  'guide.hint.riskNoOwner': 'The risk “{risk}” has no owner. Choose the partner who follows it.',
  'guide.hint.riskNoReviewDate': 'The risk “{risk}” has no review date. Set when you will look at this risk again.',
  'guide.hint.riskReviewOverdue': 'The review date of the risk “{risk}” has passed. Take stock and set the next one.',
  'guide.hint.criticalAccepted':
    'The risk “{risk}” is critical but simply accepted. Make sure every partner accepts it knowingly, or look for a way to reduce, share or avoid it.',
} as const satisfies Record<GuideKey, string>;
