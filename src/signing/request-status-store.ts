import type { RequestStatuses } from '../schemas/request-status.schema';

export type { RequestStatus, RequestStatuses } from '../schemas/request-status.schema';

/** Where the statuses of signing by link are kept; answers, never throws. */
export interface RequestStatusStore {
  read(projectId: string): Promise<RequestStatuses>;
  /** False when the device could not keep them (they then last for this session). */
  write(projectId: string, statuses: RequestStatuses): Promise<boolean>;
}

// Until the composition root plugs in the device's store, statuses last for the session.
const session = new Map<string, RequestStatuses>();
let provider: () => Promise<RequestStatusStore> = async () => ({
  read: async (id) => session.get(id) ?? {},
  write: async (id, statuses) => {
    session.set(id, statuses);
    return true;
  },
});

/**
 * Where the statuses come from. As for the device key (./device-key.ts), the composition
 * root (src/app) plugs in the IndexedDB store (src/persistence/request-statuses.ts), loaded
 * with the signing step; steps and signing stay free of storage.
 */
export function provideRequestStatusStore(source: () => Promise<RequestStatusStore>): void {
  provider = source;
}

export function requestStatusStore(): Promise<RequestStatusStore> {
  return provider();
}
