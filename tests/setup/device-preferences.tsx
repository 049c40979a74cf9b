import type { ReactNode } from 'react';
import { GuidancePreferenceContext, type GuidancePreferenceStore } from '../../src/guide-ui/guidance-preference';
import { readGuidanceOpen, writeGuidanceOpen } from '../../src/persistence/preferences';

const device: GuidancePreferenceStore = { read: readGuidanceOpen, write: writeGuidanceOpen };

/** The guidance choice kept in the browser's storage, as the app provides it. */
export function DeviceGuidancePreference({ children }: { children: ReactNode }) {
  return <GuidancePreferenceContext.Provider value={device}>{children}</GuidancePreferenceContext.Provider>;
}
