import { createActorContext } from '@xstate/react';
import { wizardMachine } from './wizard.machine';

/** The single React binding of the wizard machine. */
export const WizardContext = createActorContext(wizardMachine);
