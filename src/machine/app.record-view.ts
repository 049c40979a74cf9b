import { createContext, useContext } from 'react';

/**
 * Whether the open project shows its partnership record instead of the wizard (issue 13).
 * The app gives it an address of its own (`&v=record`), so Back closes it and a reload
 * reopens it; without the app (a component test of a step) there is no way in.
 */
export interface RecordView {
  open: boolean;
  setOpen: (open: boolean) => void;
}

export const RecordViewContext = createContext<RecordView | null>(null);

export function useRecordView(): RecordView | null {
  return useContext(RecordViewContext);
}
