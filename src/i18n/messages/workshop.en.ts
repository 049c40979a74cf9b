import type { workshopFr } from './workshop.fr';

export const workshopEn: Record<keyof typeof workshopFr, string> = {
  'stepper.locked': 'not open yet',
  'stepper.lockedStep': 'this step opens once the previous one has been saved with “Save and continue”.',
  'stepper.lockedReview': 'the review opens once all five steps have been opened.',
  'stepper.lockedSigning': 'signing opens once the charter is complete (see the review).',
  'workshop.fullscreen': 'Full screen',
  'workshop.exitFullscreen': 'Leave full screen',
  'workshop.restart': 'Restart the timer',
  'workshop.timeUpSignal': 'Time is up!',
  'workshop.timerLabel': 'Step timer',
  'workshop.timerRestarts': 'The timer starts again whenever the step changes.',
  'workshop.pair': 'Pair',
  'workshop.pairName': 'Name of the pair (optional)',
  'workshop.pairNameHint': 'For example the two organisations: “Terrena and Afdi”.',
  'workshop.pairs': 'Pairs in this session',
  'workshop.pairsEmpty': 'No pair yet.',
  'workshop.pairPlace': 'Now at: {place}',
  'workshop.pairVisited': '{visited, plural, one {# of 5 steps} other {# of 5 steps}} opened',
  'workshop.pairSigned': 'Charter signed',
  'workshop.record.label': 'Partnership record:',
  'workshop.record.coSigned': 'charter co-signed',
  'workshop.record.reviews': '{count, plural, one {# review held} other {# reviews held}}',
  'workshop.record.next': 'review no. {n} due on {date}',
  'workshop.record.overdue': 'review no. {n} overdue (due on {date})',
  'workshop.record.amendments': '{count, plural, one {# amendment} other {# amendments}}',
  'workshop.record.closed': 'decision at the end: “{decision}”',
  'workshop.pairTitle': 'Project: “{title}”',
  'workshop.openPair': 'Open pair {n}’s project',
  'workshop.pairMissing': 'Project not on this device',
  'workshop.export': 'Save the session (one file)',
  'workshop.openStep': 'Open a step for the room',
  'workshop.openStepButton': 'Open',
  'workshop.worksheet': 'Blank worksheet for this step (PDF)',
  'workshop.saved': '{count, plural, one {Session saved: # pair in {file}.} other {Session saved: # pairs in {file}.}}',
  'workshop.savedMissing':
    '{count, plural, one {Left out, its project is no longer on this device: {pairs}.} other {Left out, their projects are no longer on this device: {pairs}.}}',
  'workshop.closeQuestion': 'Leave facilitator mode?',
  'workshop.closeWarning':
    '{count, plural, one {The session and its pair will be forgotten here; the pair’s project stays} other {The session and its list of # pairs will be forgotten here; their projects stay}} in “My projects”.',
  'workshop.closeYes': 'Leave and forget the list',
  'workshop.quitDelete': 'Leave and delete the session’s projects from this device',
  'workshop.deleteQuestion':
    '{count, plural, one {Delete the session’s project from this device?} other {Delete the session’s # projects from this device?}}',
  'workshop.deleteWarning':
    '{count, plural, one {It holds} other {They hold}} the partners’ names, e-mail addresses and phone numbers. Save the session first (its file keeps each pair’s project) or each pair’s file (one .zip archive). The other projects on this device are not touched; the home screen offers to undo the deletion.',
  'workshop.savePairs': 'Save each pair’s project (one .zip archive)',
  'workshop.pairsSaved':
    '{count, plural, one {# project file saved in {file}.} other {# project files saved in {file}.}}',
  'workshop.deleteYes': '{count, plural, one {Delete the project and leave} other {Delete the # projects and leave}}',
  'workshop.deleteNo': 'Do not delete',
  'workshop.deletedMany':
    '{count, plural, one {The session’s project was deleted from this device.} other {# projects of the session deleted from this device.}}',
  'workshop.undoDelete': '{count, plural, one {Undo deleting the project} other {Undo deleting the # projects}}',
  'workshop.exportHint':
    'To carry on with the session another day or on another computer, open this file from the home screen with “Open a project file”.',
  'workshop.file.tooLarge': 'This file is larger than 20 MB: it is not a Cocharte workshop session.',
  'workshop.file.damaged': 'This workshop session file is damaged or was changed: the session cannot be resumed.',
  'workshop.file.newer':
    'This session file comes from a newer version of Cocharte: update the app to resume the session.',
  'workshop.file.question': 'Resume this workshop session?',
  'workshop.file.summary': '{count, plural, one {One pair} other {# pairs}}, a {minutes}-minute timer per step.',
  'workshop.file.present':
    '{count, plural, one {Project already on this device, kept as it is (the file’s copy does not replace it): {pairs}.} other {Projects already on this device, kept as they are (the file’s copies do not replace them): {pairs}.}}',
  'workshop.file.importable':
    '{count, plural, one {Project to be imported from the session file: {pairs}.} other {Projects to be imported from the session file: {pairs}.}}',
  'workshop.file.setAside':
    '{pair}: {count, plural, one {one signature of its copy will be left out, its seal no longer holds (it was changed after it was given).} other {# signatures of its copy will be left out, their seals no longer hold (they were changed after they were given).}}',
  'workshop.file.missing':
    '{count, plural, one {Project neither on this device nor in the session file: {pairs}.} other {Projects neither on this device nor in the session file: {pairs}.}}',
  'workshop.file.refused':
    '{count, plural, one {Copy that cannot be imported:} other {Copies that cannot be imported:}}',
  'workshop.file.refusedPair': '{pair}. {reason}',
  'workshop.file.copyDamaged': 'Its copy is damaged: some of its data cannot be read.',
  'workshop.file.copyTooLarge': 'Its copy is larger than 5 MB, the limit for a project.',
  'workshop.file.copyNewer': 'Its copy comes from a newer version of Cocharte: update the app.',
  'workshop.file.copyOtherProject': 'Its copy is of another project: the file was changed.',
  'workshop.file.openOwn':
    '{count, plural, one {Open its project file (.cocharte.json) to bring it back into the session.} other {Open their project files (.cocharte.json) to bring them back into the session.}}',
  'workshop.file.unlinked':
    '{count, plural, one {Not in the session file: {pairs}; this pair cannot be resumed with it.} other {Not in the session file: {pairs}; these pairs cannot be resumed with it.}}',
  'workshop.file.replaces':
    '{count, plural, one {The session under way on this device (# pair) will be replaced; its project stays on this device.} other {The session under way on this device (# pairs) will be replaced; their projects stay on this device.}}',
  'workshop.file.resume': 'Resume the session',
  'workshop.file.resumed': 'Session resumed.',
  'workshop.file.notImportedFull':
    '{count, plural, one {Project not imported, this browser has no room left: {pairs}.} other {Projects not imported, this browser has no room left: {pairs}.}}',
  'workshop.file.notImportedUnavailable':
    '{count, plural, one {Project not imported, this browser’s storage is unavailable (in private browsing, for instance): {pairs}.} other {Projects not imported, this browser’s storage is unavailable (in private browsing, for instance): {pairs}.}}',
  'workshop.file.retryHint':
    'Each project is imported whole or not at all: nothing was half-written. Free some room (for instance by deleting a project whose file you have) or leave private browsing, then try again.',
  'workshop.file.retry': 'Try the import again',
  'workshop.file.continue':
    '{count, plural, one {Carry on without this project} other {Carry on without these projects}}',
  'workshop.file.resumedNone':
    'Session resumed. None of its pairs’ projects is on this device: open their project files (.cocharte.json) and facilitator mode opens with them.',
};
