import { createActorContext } from '@xstate/react';
import { recordMachine } from './record.machine';

/** The React binding of the record machine. */
export const RecordContext = createActorContext(recordMachine);
