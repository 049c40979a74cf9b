import type { AgreementKey } from './agreement.fr';

// The partnership agreement, in English. Clause wordings are Cocharte's suggestions.
export const agreementEn: Record<AgreementKey, string> = {
  'partners.legal': 'Legal identity',
  'partners.legalHint':
    'What identifies the partner in the agreement, apart from the contact person. Optional until the charter is signed.',
  'partners.shortName': 'Short name in the agreement',
  'partners.shortNameHint': 'Used after “hereinafter”. Leave empty to keep the full name.',
  'partners.legalForm': 'Legal form',
  'partners.legalFormHint': 'For example “non-profit association”, “limited company”, “cooperative”.',
  'partners.registrationKind': 'Registration',
  'partners.registrationLabel': 'Name of the register',
  'partners.registrationLabelHint': 'For example RCCM, ICE, NINEA.',
  'partners.registrationNumber': 'Registration number',
  'partners.registrationNumberHint': 'SIRET: 14 digits. RNA: W followed by 9 digits.',
  'partners.registeredAddress': 'Registered address',
  'partners.representativeName': 'Name of the legal representative',
  'partners.representativeCapacity': 'Capacity of the legal representative',
  'partners.representativeCapacityHint': 'Chair, managing director, manager…',
  'partners.representativeAuthority': 'Authority to sign',
  'partners.representativeAuthorityHint':
    'The decision that authorises them to sign, for example “resolution of the board of 12 March 2026”.',
  'registrationKind.siret': 'SIRET number (France)',
  'registrationKind.rna': 'RNA number (association in France)',
  'registrationKind.other': 'Other identifier (outside France)',

  'errors.siret': 'Invalid SIRET number: check the 14 digits, the check digit does not match.',
  'errors.rna': 'Invalid RNA number: W followed by 9 digits, for example W443001234.',
  'errors.number': 'Enter a positive amount, in figures.',
  'errors.years': 'Enter a number of years from 0 to 30.',
  'errors.noticeDays': 'Enter a period of 8 to 365 days.',
  'errors.copies': 'Enter 1 to 20 copies.',
  'errors.datesContradict':
    'Some dates contradict each other (duration, milestones outside the period): correct them in the follow-up or confirm them in the term clause.',

  'framework.agreement': 'Agreement',
  'framework.contributions': 'Contributions',
  'framework.fundingSources': 'Funding',
  'framework.annexes': 'Annexes',
  'agreement.section.contributions': 'Contributions and funding plan',
  'agreement.section.clauses': 'Clauses of the agreement',
  'agreement.clausesIntro':
    'For each clause Cocharte suggests a wording: it is Cocharte’s suggestion, not the guide’s. Keep it, write your own or, if the clause is optional, leave it out. Have your lawyers read the agreement before signing it.',
  'agreement.optional': 'optional',
  'agreement.mode.legend': 'Wording',
  'agreement.mode.default': 'Keep the wording suggested by Cocharte',
  'agreement.mode.custom': 'Write our own text',
  'agreement.mode.omit': 'Leave this clause out',
  'agreement.preview': 'Wording suggested by Cocharte:',
  'agreement.customText': 'Text of the clause',
  'agreement.useSuggestion': 'Start from the suggested wording',

  'agreement.period': 'Period: from {start} to {end}, that is {length}.',
  'agreement.periodUnknown': 'The dates are set in the “Follow-up over time” step.',
  'agreement.entryIntoForce': 'Entry into force',
  'agreement.entryIntoForce.signature': 'When the last Party signs',
  'agreement.entryIntoForce.startDate': 'On the start date of the partnership',
  'agreement.renewal': 'Renewal',
  'agreement.renewal.none': 'No renewal',
  'agreement.renewal.express': 'By amendment',
  'agreement.renewal.tacit': 'Automatic renewal',
  'agreement.datesTitle': 'Dates that contradict each other',
  'agreement.confirmDates': 'We have checked these dates and keep them as they are',
  'agreement.decisionRule': 'Decision rule',
  'agreement.decisionRule.consensus': 'Consensus',
  'agreement.decisionRule.majority': 'Majority of the Parties',
  'agreement.decisionRule.unanimity': 'Unanimity',
  'agreement.confidentialityYears': 'Duration after the agreement ends, in years',
  'agreement.dataController': 'Controller of the personal data',
  'agreement.dataController.each': 'Each Party, for its own processing',
  'agreement.dataController.joint': 'The Parties, jointly',
  'agreement.dataTransfers': 'Personal data will be transferred outside the European Union',
  'agreement.ipForeground': 'Results created together',
  'agreement.ipForeground.joint': 'Jointly owned by the Parties who contributed',
  'agreement.ipForeground.creator': 'Owned by the Party who created them',
  'agreement.ipForeground.open': 'Published under an open licence',
  'agreement.noticeDays': 'Days to remedy a breach after formal notice',
  'agreement.mediation': 'Go through mediation before any legal action',
  'agreement.governingLaw': 'Governing law',
  'agreement.governingLawHint': 'Leave empty for French law.',
  'agreement.forum': 'As a last resort',
  'agreement.forum.court': 'The courts',
  'agreement.forum.arbitration': 'Arbitration',
  'agreement.venue': 'Court or seat of arbitration',
  'agreement.venueHint': 'For example “Nantes judicial court”.',
  'agreement.prevailingLanguage': 'Version that prevails in case of divergence',
  'agreement.prevailingLanguage.document': 'The one in the document language',
  'agreement.prevailingLanguage.fr': 'The French version',
  'agreement.prevailingLanguage.en': 'The English version',
  'agreement.languageOnlyBilingual': 'This clause appears only in a bilingual charter (a review setting).',
  'agreement.annexes': 'Annexes',
  'agreement.annexesHint': 'Annex 1 is always the risk checklist. Add the other documents attached to the agreement.',
  'agreement.annexTitle': 'Title of annex {n}',
  'agreement.annexAdd': 'Add an annex',
  'agreement.annexRemove': 'Remove annex {n}',
  'agreement.signing': 'Place and copies',
  'agreement.signingPlace': 'Done at (place of signing)',
  'agreement.copies': 'Number of original copies',
  'agreement.copiesHint': 'Leave empty for one copy per partner.',

  'agreement.currency': 'Currency of the amounts',
  'agreement.budget': 'Total cost of the project',
  'agreement.budgetHint': 'Optional: to check that contributions and funding cover it.',
  'agreement.contributions': 'Partners’ contributions',
  'agreement.contributionsHint':
    'One row per contribution: money, in kind, staff time (days × daily rate) or skills sponsorship, valued the same way.',
  'agreement.contributionN': 'Contribution {n}',
  'agreement.contribution.partner': 'Partner',
  'agreement.contribution.kind': 'Kind of contribution',
  'agreement.contribution.description': 'Description',
  'agreement.contribution.amount': 'Value',
  'agreement.contribution.days': 'Number of days',
  'agreement.contribution.dailyRate': 'Daily rate',
  'agreement.contribution.add': 'Add a contribution',
  'agreement.contribution.remove': 'Remove contribution {n}',
  'agreement.totals': 'Totals',
  'agreement.totalOf': '{name}: {amount}',
  'agreement.total': 'Total contributions: {amount}',
  'agreement.funding': 'Funding sought',
  'agreement.fundingHint': 'Grants, foundations, donors: with the amount and where the application stands.',
  'agreement.fundingN': 'Funding {n}',
  'agreement.funding.name': 'Source (donor, foundation…)',
  'agreement.funding.amount': 'Amount',
  'agreement.funding.status': 'Status',
  'agreement.funding.add': 'Add a funding source',
  'agreement.funding.remove': 'Remove funding source {n}',

  'agreement.checksTitle': 'Agreement: points to check',
  'agreement.issue.endBeforeStart': 'The end date ({end}) is before the start date ({start}).',
  'agreement.issue.durationMismatch':
    'From {start} to {end}, the period does not last {duration}: that duration would end on {endFromDuration}.',
  'agreement.issue.milestoneOutside':
    'The milestone “{title}” ({date}) falls outside the partnership period ({start} – {end}).',
  'agreement.issue.confirmed': 'Confirmed by the partners.',
  'agreement.issue.notCovered': 'The funding plan does not cover the cost of the project: {gap} of {costs} is missing.',
  'agreement.issue.dependsOnSought':
    'The funding plan is covered only if the funding applied for ({sought}) is granted.',

  'contributionKind.money': 'Financial contribution',
  'contributionKind.inKind': 'In-kind contribution',
  'contributionKind.staffTime': 'Staff time',
  'contributionKind.skillsSponsorship': 'Skills sponsorship',
  'fundingStatus.sought': 'Sought',
  'fundingStatus.granted': 'Granted',
  'fundingStatus.refused': 'Refused',

  'agr.count.months.one': '{count} month',
  'agr.count.months.other': '{count} months',
  'agr.count.days.one': '{count} day',
  'agr.count.days.other': '{count} days',
  'agr.count.years.one': '{count} year',
  'agr.count.years.other': '{count} years',
  'agr.count.copies.one': '{count} original copy',
  'agr.count.copies.other': '{count} original copies',
  'agr.count.daysTimes.one': '{count} day × {rate}',
  'agr.count.daysTimes.other': '{count} days × {rate}',
  'agr.monthsAndDays': '{months} and {days}',

  'doc.article.contributions': 'Contributions of the Parties and funding plan',
  'doc.article.confidentiality': 'Confidentiality',
  'doc.article.personalData': 'Personal data',
  'doc.article.intellectualProperty': 'Intellectual property',
  'doc.article.liability': 'Liability and insurance',
  'doc.article.forceMajeure': 'Force majeure',
  'doc.article.disputes': 'Settlement of disputes',
  'doc.article.language': 'Language of the agreement',
  'doc.article.annexes': 'Annexes',

  'agr.parties.between': 'Between the undersigned:',
  'agr.parties.and': 'and',
  'agr.parties.hereinafter': 'hereinafter “{short}”',
  'agr.parties.together': 'hereinafter together “the Parties” and each a “Party”.',
  'agr.label.legalForm': 'Legal form',
  'agr.label.siret': 'SIRET',
  'agr.label.rna': 'RNA',
  'agr.label.registration': 'Registration',
  'agr.label.seat': 'Registered office',
  'agr.label.representative': 'Legal representative',
  'agr.label.authority': 'Authority to sign',
  'agr.label.contact': 'Contact for the project',
  'agr.label.contribution': 'Contribution to the project',
  'agr.preamble.title': 'Preamble',
  'agr.preamble.intro': 'The Parties set out the following:',
  'agr.preamble.item': '{name}: {text}',
  'agr.agreed': 'It has been agreed as follows:',

  'agr.table.partner': 'Party',
  'agr.table.kind': 'Kind',
  'agr.table.description': 'Description',
  'agr.table.basis': 'Basis',
  'agr.table.value': 'Value',
  'agr.table.totalOf': 'Total {name}',
  'agr.table.total': 'Total contributions',
  'agr.table.source': 'Source',
  'agr.table.amount': 'Amount',
  'agr.table.status': 'Status',
  'agr.funding.title': 'Funding sought',
  'agr.funding.costs': 'Total cost of the project',
  'agr.funding.resources': 'Resources (contributions, funding granted or sought)',
  'agr.funding.gap': 'Still to be funded',
  'agr.funding.covered': 'The funding plan covers the cost of the project.',
  'agr.annexes.intro': 'The following annexes form an integral part of the agreement:',
  'agr.annexes.item': 'Annex {n} — {title}',
  'agr.annexes.riskChecklist': 'Risk checklist',
  'agr.madeAt': 'Done at {place}, on {date}, in {copies}.',
  'agr.blank': '…………',

  'clause.object.title': 'Purpose',
  'clause.object.explain': 'Says in one sentence what the agreement organises. The details follow in the purpose.',
  'clause.object.text':
    'This agreement sets out the terms on which the Parties cooperate to carry out the partnership “{title}” described below.',
  'clause.term.title': 'Entry into force, term and renewal',
  'clause.term.explain':
    'When the agreement starts to bind the Parties, how long it lasts, and what happens when it ends. The dates come from the “Follow-up over time” step.',
  'clause.term.text.signature': 'The agreement enters into force on the date it is signed by the last of the Parties.',
  'clause.term.text.startDate': 'The agreement enters into force on the start date of the partnership given above.',
  'clause.term.text.none': 'It ends at its term without renewal; the Parties may enter into a new agreement.',
  'clause.term.text.express': 'It may be renewed by an amendment signed by all the Parties before its term.',
  'clause.term.text.tacit':
    'It is renewed automatically for the same duration unless a Party gives the others written notice of its decision not to renew at least three months before the term.',
  'clause.commitments.title': 'Commitments of the Parties',
  'clause.commitments.explain':
    'Recalls that each partner commits to what its role says, and to warn the others of any difficulty.',
  'clause.commitments.text':
    'Each Party undertakes to perform in good faith the commitments described below, to devote the planned means to them and to inform the other Parties without delay of any difficulty likely to affect their performance.',
  'clause.contributions.title': 'Contributions and funding',
  'clause.contributions.explain':
    'Says how to read the table of contributions: in-kind and time contributions are valued, with no money changing hands between the Parties.',
  'clause.contributions.text':
    'Each Party’s contributions are valued in the table below. Contributions in kind, in staff time and in skills sponsorship are valued for information and give rise to no payment between the Parties, unless otherwise agreed.',
  'clause.governance.title': 'Governance and decisions',
  'clause.governance.explain':
    'How the Parties decide together, and what happens when they disagree. The details of the bodies follow.',
  'clause.governance.text.consensus':
    'Decisions about the partnership are taken by mutual agreement of the Parties. Failing agreement, the question is put on the agenda of the next meeting; if the disagreement persists, the dispute clause applies.',
  'clause.governance.text.majority':
    'Decisions about the partnership are taken by a majority of the Parties, each with one vote. A decision that changes a Party’s commitments requires its consent.',
  'clause.governance.text.unanimity':
    'Decisions about the partnership are taken unanimously by the Parties. An absent Party may give its consent in writing.',
  'clause.communication.title': 'Communication, names and logos',
  'clause.communication.explain':
    'Who may speak about the partnership, and on what terms a partner’s name or logo may be used.',
  'clause.communication.text':
    'Each Party may mention the partnership in its communication. Using another Party’s name, logo or trademarks requires that Party’s prior written consent for each medium; consent may be withdrawn and ends with the agreement.',
  'clause.confidentiality.title': 'Confidentiality',
  'clause.confidentiality.explain':
    'What partners learn from each other stays between them, during the agreement and for some time after.',
  'clause.confidentiality.text':
    'Each Party keeps confidential the information received from the other Parties that is designated as such or is confidential by nature; it uses it only for the partnership and discloses it only to those who need to know it. This obligation lasts for the term of the agreement and {years} after it ends.',
  'clause.confidentiality.textUntilEnd':
    'Each Party keeps confidential the information received from the other Parties that is designated as such or is confidential by nature; it uses it only for the partnership and discloses it only to those who need to know it. This obligation ends with the agreement.',
  'clause.personalData.title': 'Personal data',
  'clause.personalData.explain':
    'Who answers for personal data (beneficiaries, staff, volunteers) and whether it leaves the European Union.',
  'clause.personalData.text.each':
    'Each Party is the controller of the personal data processing it carries out for the partnership and complies with the General Data Protection Regulation (GDPR) and the laws that apply to it. The Parties exchange only the data the partnership needs.',
  'clause.personalData.text.joint':
    'The Parties jointly determine the purposes and means of the partnership’s personal data processing: they are joint controllers within the meaning of Article 26 of the GDPR and set out their respective obligations in writing, in particular informing the people concerned.',
  'clause.personalData.text.transfers':
    'Personal data will be transferred outside the European Union, to the countries of the Parties concerned; these transfers are covered by appropriate safeguards (standard contractual clauses of the European Commission or an adequacy decision) and the people concerned are informed.',
  'clause.personalData.text.noTransfers':
    'No personal data is transferred outside the European Union without the Parties’ prior written consent and appropriate safeguards.',
  'clause.intellectualProperty.title': 'Intellectual property',
  'clause.intellectualProperty.explain':
    'What each partner brings remains its own; the agreement must say who owns what the partners create together.',
  'clause.intellectualProperty.text.background':
    'Each Party remains the owner of the knowledge, know-how, trademarks and rights it held before the agreement or develops outside it. It grants the other Parties a free right to use them, limited to the partnership and its term.',
  'clause.intellectualProperty.text.joint':
    'Results created together within the partnership are jointly owned by the Parties who contributed to them, in proportion to their contributions; their commercial use requires a prior written agreement.',
  'clause.intellectualProperty.text.creator':
    'Results belong to the Party who created them; it grants the other Parties a free right to use them for the needs of the partnership.',
  'clause.intellectualProperty.text.open':
    'Results created together are published under an open licence (for example Creative Commons BY-SA), so that others can reuse them.',
  'clause.liability.title': 'Liability and insurance',
  'clause.liability.explain':
    'Each partner answers for what it does and is insured for its activities, including missions abroad.',
  'clause.liability.text':
    'Each Party is liable for the damage it causes in performing the agreement, under the general law, and is not bound by commitments another Party makes to third parties. Each Party declares that it is insured for its civil liability and for the activities it carries out within the partnership, including its staff’s travel abroad.',
  'clause.forceMajeure.title': 'Force majeure',
  'clause.forceMajeure.explain':
    'No one is at fault when an event beyond their control (disaster, conflict, epidemic) prevents them from acting.',
  'clause.forceMajeure.text':
    'No Party is liable for a failure caused by force majeure within the meaning of Article 1218 of the French Civil Code (natural disaster, conflict, epidemic, decision of the authorities…). The Party prevented informs the others without delay; its obligations are suspended while the impediment lasts. If it lasts more than three months, the Parties consult each other on the future of the partnership.',
  'clause.amendment.title': 'Amendment',
  'clause.amendment.explain': 'How the agreement is changed: in writing, signed by all.',
  'clause.amendment.text':
    'Any change to the agreement is made by a written amendment signed by all the Parties. The annexes may be updated by written agreement of the Parties, unless they change the commitments of one of them.',
  'clause.termination.title': 'End of the agreement',
  'clause.termination.explain':
    'How partners part: by mutual agreement, or after formal notice that went unheeded; and what becomes of shared results and money.',
  'clause.termination.text':
    'The agreement may end at any time by written agreement of the Parties. If a Party fails to meet its commitments, another Party may give it formal notice to remedy the failure by registered letter with acknowledgement of receipt; if the notice remains without effect for {days}, the agreement may be terminated with regard to the defaulting Party. If it ends early, the Parties review together the actions under way, in particular in the South, to complete or hand them over; shared results remain usable under the intellectual property clause, and sums paid and not used for the partnership are returned, unless otherwise agreed.',
  'clause.disputes.title': 'Settlement of disputes',
  'clause.disputes.explain':
    'In case of disagreement: first discussion, then mediation, and only then the court or the arbitrator, under the chosen law.',
  'clause.disputes.text.amicable':
    'In the event of a dispute over the interpretation or performance of the agreement, the Parties first seek an amicable solution between their representatives.',
  'clause.disputes.text.mediation':
    'Failing agreement within two months, they turn to mediation before any action, choosing a mediator together.',
  'clause.disputes.text.frenchLaw': 'The agreement is governed by French law.',
  'clause.disputes.text.law': 'Law governing the agreement: {law}.',
  'clause.disputes.text.court': 'If the dispute persists, it is brought before the competent courts.',
  'clause.disputes.text.courtAt': 'If the dispute persists, it is brought before the following court: {venue}.',
  'clause.disputes.text.arbitration':
    'If the dispute persists, it is finally settled by a sole arbitrator appointed by mutual agreement of the Parties.',
  'clause.disputes.text.arbitrationAt': 'If the dispute persists, it is finally settled by arbitration: {venue}.',
  'clause.language.title': 'Language of the agreement',
  'clause.language.explain': 'In a bilingual charter, says which version is authoritative if the two differ.',
  'clause.language.text':
    'The agreement is drawn up in French and English. In the event of divergence between the two versions, the {language} version prevails.',
  'clause.language.name.fr': 'French',
  'clause.language.name.en': 'English',
};
