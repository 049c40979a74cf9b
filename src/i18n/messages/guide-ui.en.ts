import type { GuideUiKey } from './guide-ui.fr';

// English for partners abroad; same keys as guide-ui.fr.ts (checked by `satisfies`).
export const guideUiEn = {
  // Guidance panel (guide-ui/guidance-panel.tsx): the five steps cite their sources; review and signing are the app's own advice.
  'guideUi.panel.title': 'Pointers for this step',
  'guideUi.panel.titleApp': 'Cocharte’s advice for this step',
  'guideUi.panel.purpose': 'What this step is for',
  'guideUi.panel.questions': 'Questions to settle together',
  'guideUi.panel.brakes': 'Brakes to watch for',
  'guideUi.panel.facts': 'What other partnerships did',
  'guideUi.panel.principles': 'What the sources put at the heart of a partnership',
  'guideUi.panel.lessons': 'Lessons from the RESACOOP workshop',
  // Source line under each item (guide-ui/source-line.tsx).
  'guideUi.source.guide': 'Source: the guide, “{section}”',
  'guideUi.source.resacoop': 'Source: RESACOOP workshop 2018, “{section}”',
  'guideUi.source.rameau-convergences': 'Source: Le RAMEAU, Convergences 2017 summary, “{section}”',
  'guideUi.source.rameau-typology': 'Source: Le RAMEAU, “L’ODD 17 en pratique”, “{section}”',
  'guideUi.source.rameau-economic': 'Source: Le RAMEAU, sheet “La coopération économique en pratiques”, “{section}”',
  'guideUi.source.cocharte': 'Cocharte’s suggestion (not from the guide)',
  'guideUi.source.cocharteNote': 'Cocharte’s note',
  'guideUi.source.cocharteLegal': 'Cocharte’s proposal, to be checked by a lawyer',
  'guideUi.source.unlessMarked': ', unless marked',
  'guideUi.sourceBrief.guide': '(the guide, “{section}”)',
  'guideUi.sourceBrief.resacoop': '(RESACOOP workshop 2018)',
  'guideUi.sourceBrief.rameau-convergences': '(Le RAMEAU)',
  'guideUi.sourceBrief.rameau-typology': '(Le RAMEAU)',
  'guideUi.sourceBrief.rameau-economic': '(Le RAMEAU)',
  'guideUi.sourceBrief.cocharte': '(Cocharte’s suggestion)',
  // Hints of one step (guide-ui/step-hints.tsx).
  'guideUi.hints.title': 'Points to consider',
  'guideUi.hints.lead': 'They never block you, follow what you write and say where they come from.',
  'guideUi.hints.leadExample':
    'They follow what you write and say where they come from. Only one stops the signing: the note on the example, until you say you have replaced its illustrative facts.',
  'guideUi.hints.warning': 'Warning:',
  'guideUi.hints.info': 'Note:',
  'guideUi.hints.count': '{count, plural, one {# point} other {# points}} to consider for this step.',
  'guideUi.hints.none': 'No points to consider for this step.',
  'guideUi.hints.illustrativeCleared': 'I have replaced the illustrative facts',
  'guideUi.hints.leftovers':
    '{count, plural, one {One field still holds a fact the example invented: replace it first.} other {# fields still hold facts the example invented: replace them first.}}',
  // Warnings listed on the review screen (steps/review/hints-panel.tsx).
  'guideUi.review.title': 'Points to consider ({count})',
  'guideUi.review.lead': 'They do not prevent signing; Cocharte invites you to discuss them together before you sign.',
  'guideUi.review.leadSigned':
    'The charter is signed: these points remain to be followed up together, in the partnership record (through an amendment if the text must change).',
  'guideUi.review.goto': 'Revisit the step “{step}”',
  // Risk catalogue picker (steps/impacts/catalogue-picker.tsx).
  'guideUi.catalogue.legend': 'Start from the risks the guide lists',
  'guideUi.catalogue.label': 'Risk listed by the guide',
  'guideUi.catalogue.placeholder': '— Choose a risk —',
  'guideUi.catalogue.hint':
    'The risk is added with a rating suggested by Cocharte, since the guide rates no risk: you will confirm or change it.',
  'guideUi.catalogue.added': '{title} (already in your list)',
  'guideUi.catalogue.add': 'Add this risk',
  'guideUi.catalogue.required': 'First choose a risk from the list.',
  // Measures for a catalogue risk (steps/impacts/suggested-mitigations.tsx).
  'guideUi.mitigations.label': 'Possible measures for this risk',
  'guideUi.mitigations.hint':
    'Each measure says where it comes from; most are Cocharte’s suggestions. Take a measure: it is added to the mitigation measures, where you can edit it.',
  'guideUi.mitigations.take': 'Take:',
  'guideUi.mitigations.taken': 'Already taken:',
  'guideUi.mitigations.done': 'Measure added to the mitigation measures of risk {n}.',
  // Suggested rating of a catalogue risk (steps/impacts/rating-suggestion.tsx).
  'guideUi.rating.suggested':
    'Rating suggested by Cocharte, not by the guide: check the likelihood, severity and response for your project.',
  'guideUi.rating.confirm': 'Confirm the rating of risk {n}',
  'guideUi.rating.confirmed': 'Rating of risk {n} confirmed.',
  // Step 5 (steps/impacts): opportunities first, then risks.
  'guideUi.impacts.opportunities': 'Opportunities: expected effects',
  'guideUi.impacts.opportunitiesLead':
    'The guide asks you to anticipate the project’s effects, opportunities as well as risks; Cocharte asks for at least one expected effect for each partner and one impact in the South.',
  'guideUi.impacts.risksTitle': 'Risks',
  'guideUi.impacts.scalesNote':
    'The 1–4 scales, the matrix and the four responses are Cocharte’s tools: the guide does not offer them.',
  'guideUi.errors.effects': 'Give at least one effect this partner expects, ticked or written.',
  'guideUi.errors.southImpacts': 'Give at least one expected impact in the South, ticked or written.',
  'guideUi.errors.confirmRating': 'Confirm or change the rating Cocharte suggested.',
  // Catalogue panels (guide-ui/*.tsx): Le RAMEAU, public body, funding, studied cases.
  'guideUi.rameau.lead': 'A typology by Le RAMEAU, not by the guide, to place your partnership.',
  'guideUi.rameau.sheetTitle': 'Economic cooperation in practice',
  'guideUi.publicBody.title': 'What a public body can bring',
  'guideUi.funding.title': 'Funding the project: the sources cited',
  'guideUi.funding.show': 'See the funding sources the guide and RESACOOP mention',
  'guideUi.funding.lead':
    'The entry points the guide and the RESACOOP workshop mention; check current conditions with each funder.',
  'guideUi.cases.title': 'Cases like yours',
  'guideUi.cases.lead': 'Other partnerships the guide studied, summed up from what it says about them.',
  'guideUi.cases.export': 'Export towards the South',
  'guideUi.cases.import': 'Import into France',
  'guideUi.cases.yoursFirst': 'First, those going the same direction as your project.',
  'guideUi.cases.others': '{count, plural, one {The other studied case} other {The # other studied cases}}',
  // Examples (app/example-reader.tsx).
  'guideUi.example.sourcesTitle': 'Where this example’s facts come from',
  // About the sources (about/about-sources.tsx).
  'guideUi.about.link': 'About the sources',
  'guideUi.about.title': 'About the sources',
  'guideUi.about.lead':
    'Cocharte turns into a tool the method of a guide, with a workshop report and three publications by Le RAMEAU: five documents it did not write. Each piece of advice in the app says where it comes from: one of these documents, or a suggestion of Cocharte’s.',
  'guideUi.about.publisher': 'Publisher:',
  'guideUi.about.date': 'Date:',
  'guideUi.about.gave': 'What it gives Cocharte:',
  'guideUi.about.website': 'Website:',
  'guideUi.about.cocharteTitle': 'Cocharte’s suggestions',
  'guideUi.about.cocharte':
    'The 1–4 scales, the risk matrix, the four responses, the suggested ratings, most mitigation measures, the review and the signing are Cocharte’s choices, drawn from common practice in partnership agreements. They are marked “Cocharte’s suggestion”.',
  'guideUi.about.helpTitle': 'Getting help',
  'guideUi.about.helpLead': 'The guide presents the offer of the Pays de la Loire Coopération Internationale network:',
  'guideUi.about.help.1': 'networking: an online directory of actors and map of projects;',
  'guideUi.about.help.2': 'events, meetings and working groups by theme or area, and an online partnership exchange;',
  'guideUi.about.help.3':
    'collective (training cycles) or one-to-one support at every stage: intervention logic and initial diagnosis, finding partners, funding, monitoring and evaluation indicators, solving a difficulty;',
  'guideUi.about.help.4':
    'online resources on international mobility, awareness of sustainable development, and funding.',
  'guideUi.about.contact': 'Contact:',
  'guideUi.about.otherNetworks':
    'Outside Pays de la Loire, other regional networks play this part, such as RESACOOP in Auvergne-Rhône-Alpes.',
  'guideUi.about.doc.guide.date': 'Undated; the work behind it began in October 2020.',
  'guideUi.about.doc.guide.gave':
    'The five-step method, expected effects, risks, brakes, motivations, what associations bring to companies, observed impacts, the studied partnerships and the regional network’s offer. It draws on about twenty companies and associations in Pays de la Loire.',
  'guideUi.about.doc.resacoop.date': 'Report of the workshop of 26 March 2018 in Lyon.',
  'guideUi.about.doc.resacoop.gave':
    'Two detailed cases (Paratronic, Corail and ONEP in Morocco; Lagazel, Entrepreneurs du Monde and Nafa Naana in Burkina Faso), what FASEP is, and its lessons: adapting to each other, offering a solution rather than a product, relations as equals.',
  'guideUi.about.doc.rameau-convergences.date':
    'Summary of a conference of 5 September 2017 (Convergences World Forum).',
  'guideUi.about.doc.rameau-convergences.gave':
    'The triple impact of alliances: the organisations’ performance, territorial and societal innovation, trust.',
  'guideUi.about.doc.rameau-typology.date': 'Undated; cites studies from 2016 and 2019 and the Covid-19 crisis.',
  'guideUi.about.doc.rameau-typology.gave':
    'The four categories of partnership and their sub-types, and figures on partnerships in France.',
  'guideUi.about.doc.rameau-economic.date':
    'Undated; cites a study of September 2021 and a working group from 2021 to 2023.',
  'guideUi.about.doc.rameau-economic.gave':
    'What economic cooperation is, how it is done, who takes part, why companies engage and its links with the territory, and the practice rates of the four categories.',
  'guideUi.about.back': 'Back',
} as const satisfies Record<GuideUiKey, string>;
