import { createActorContext } from '@xstate/react';
import type { SnapshotFrom } from 'xstate';
import { appMachine } from './app.machine';

/** The single React binding of the app machine. */
export const AppActorContext = createActorContext(appMachine);

type Snapshot = SnapshotFrom<typeof appMachine>;
export const selectView = (s: Snapshot) => s.context.view;
export const selectOpen = (s: Snapshot) => s.context.open;
export const selectTab = (s: Snapshot) => s.context.tab;
export const selectStorage = (s: Snapshot) => s.context.storage;
/** True while a screen change waits for storage (saving, loading). */
export const selectBusy = (s: Snapshot) =>
  !s.matches({ screen: 'home' }) && !s.matches({ screen: 'project' }) && !s.matches({ screen: 'comparing' });
