import type { CollabKey } from './collab.fr';

// English; same keys as collab.fr.ts (checked by `satisfies`).
export const collabEn = {
  'collab.merge.title': 'Compare with the version received',
  'collab.merge.intro':
    'Here is what differs between your version of the project and the one you received. Tick the changes you accept, then apply them: the rest of your version stays as it is.',
  'collab.merge.none': 'No difference: both versions are identical.',
  'collab.merge.count': '{chosen} of {total, plural, one {# change} other {# changes}} chosen.',
  'collab.merge.take': 'Take this change',
  'collab.merge.takeWhat': ' ({label})',
  'collab.merge.takeAll': 'Take all',
  'collab.merge.leaveAll': 'Leave all',
  'collab.merge.apply': 'Apply the chosen changes',
  'collab.merge.cancel': 'Cancel',
  'collab.merge.close': 'Close',
  'collab.merge.local': 'Your version',
  'collab.merge.incoming': 'Version received',
  'collab.merge.empty': '(empty)',
  'collab.merge.absent': '(absent)',
  'collab.merge.kind.changed': 'changed',
  'collab.merge.kind.added': 'added in the version received',
  'collab.merge.kind.removed': 'removed in the version received',
  'collab.merge.group.documents': 'Documents',
  'collab.merge.group.signatures': 'Signatures',
  'collab.merge.signaturesNote': 'A signature is kept only if the resulting text is exactly the one that was signed.',
  'collab.merge.voidsSignatures':
    'These changes alter the text of the charter: the signatures already made will be voided and every partner will have to sign again.',
  'collab.merge.skipped':
    '{count, plural, one {# chosen change cannot} other {# chosen changes cannot}} be applied: the list concerned would exceed its maximum size. Remove a row from your version first.',
  'collab.merge.fieldValue': '{label}: {value}',
  'collab.merge.yes': 'Yes',
  'collab.merge.no': 'No',
  'collab.merge.language.fr': 'French',
  'collab.merge.language.en': 'English',

  'collab.row.partner': 'Partner “{name}”',
  'collab.row.milestone': 'Milestone “{name}”',
  'collab.row.indicator': 'Indicator “{name}”',
  'collab.row.risk': 'Risk “{name}”',
  'collab.row.signature': 'Signature of “{name}”',
  'collab.row.separator': ' › ',

  'collab.field.values': 'Important values',
  'collab.field.effects': 'Expected effects',
  'collab.field.otherEffects': 'Other expected effects',
  'collab.field.riskCatalogue': 'Standard risk from the guide',
  'collab.field.bilingual': 'Bilingual documents',

  'collab.compare.title': 'The partners side by side',
  'collab.compare.intro':
    'Each partner speaks for itself. Compare your answers to see what brings you together and what to discuss before writing the charter.',
  'collab.compare.caption': 'Answers of each partner',
  'collab.compare.topic': 'Topic',
  'collab.compare.scroll': 'Comparison table of the partners (scrolls horizontally)',
  'collab.compare.sharedMark': 'shared by all',
  'collab.compare.toDiscuss': 'to discuss',
  'collab.compare.shared': 'Values chosen by every partner: {values}.',
  'collab.compare.noShared': 'No value is chosen by every partner yet.',
  'collab.compare.keepShared': 'Keep the common values',
  'collab.compare.keptShared': 'Shared values kept: {values}.',
  'collab.compare.clashes': 'Points to discuss',
  'collab.compare.noClash': 'No conflicting expectations found so far.',
  'collab.compare.questions': 'Questions for each partner',
  'collab.compare.questionsFor': 'To {name}',
  'collab.compare.noQuestion': 'No question for now.',

  'collab.clash.horizon': 'Distant time horizons: {a} thinks in terms of “{ha}”, {b} of “{hb}”.',
  'collab.clash.roi': '{a} expects a return within a year, while {b} plans beyond 3 years.',
  'collab.clash.visibility': '{a} expects visibility or communication, but the framework currently says “{logoUse}”.',

  'collab.question.horizonClash':
    'Your horizon (“{mine}”) is far from that of {other} (“{theirs}”): over what period can you commit together?',
  'collab.question.roiQuick':
    'You expect a return within a year while {other} plans beyond 3 years: what intermediate result would be enough for you?',
  'collab.question.roiLong': '{other} expects a return within a year: what first steps can you offer?',
  'collab.question.visibility':
    'You expect visibility, but the framework currently rules out using names and logos: what communication would suit you?',
  'collab.question.companyBeyondYear': 'How will your commitment last beyond one year?',
  'collab.question.motivations': 'Why are you taking part in this partnership?',
  'collab.question.expectations': 'What exactly do you expect from this partnership?',
  'collab.question.roi': 'What return do you expect (business, image, skills…), and how soon?',
  'collab.question.horizon': 'What time horizon are you thinking in?',
  'collab.question.values': 'Which values matter to you in this partnership?',
  'collab.question.skills': 'What skills and know-how do you bring?',
  'collab.question.contactsThere': 'Who are your contacts on the ground, and who stands in when they are away?',
  'collab.question.kind.association': 'How will you keep your independence and credibility towards the company?',
  'collab.question.kind.company': 'What information do you want to keep confidential, and what cost do you accept?',
  'collab.question.kind.southern':
    'What do you expect from the northern partners, and what do you want to keep in your own hands?',
  'collab.question.kind.public': 'What timing or procedural constraints apply to the other partners?',
  'collab.question.kind.research': 'How will the results of your work be shared with the other partners?',
  'collab.question.kind.other': 'What role do you want to play alongside the other partners?',
} as const satisfies Record<CollabKey, string>;
