import { type Dispatch, type SetStateAction, useEffect, useState } from 'react';
import { type RequestStatuses, requestStatusStore } from './request-status-store';

/**
 * Where signing by link stands for a project, as kept on this device: the charter's
 * requests (by partner id) and its amendments' (see amendmentStatusKey), in one entry
 * beside the project — never in it: its fingerprint must not move. So a reload or a
 * reopened project still says who was asked and who declined, and why.
 */
export function useRequestStatuses(projectId: string): [RequestStatuses, Dispatch<SetStateAction<RequestStatuses>>] {
  const [statuses, setStatuses] = useState<RequestStatuses>({});
  const [loaded, setLoaded] = useState(false);

  // Read once on opening; what happened meanwhile wins over what was read.
  useEffect(() => {
    let live = true;
    void requestStatusStore()
      .then((store) => store.read(projectId))
      .catch(() => ({}))
      .then((stored) => {
        if (!live) return;
        setStatuses((now) => ({ ...stored, ...now }));
        setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, [projectId]);

  // Written on each change, never over what was kept: before the first read has answered
  // (a link asked for at once, the screen left at once), what is kept is read and merged.
  useEffect(() => {
    if (!loaded && Object.keys(statuses).length === 0) return;
    void requestStatusStore()
      .then(async (store) =>
        store.write(projectId, loaded ? statuses : { ...(await store.read(projectId)), ...statuses }),
      )
      .catch(() => false);
  }, [loaded, projectId, statuses]);

  return [statuses, setStatuses];
}

/**
 * The key of a partner's status for an amendment, beside the charter's (keyed by partner
 * id alone): by the amendment's number, unique in a project's record, so the key stays a
 * plain id (a discarded draft's status then shows as about an earlier version).
 */
export function amendmentStatusKey(amendmentNumber: number, partnerId: string): string {
  return `amendment-${amendmentNumber}-${partnerId}`;
}
