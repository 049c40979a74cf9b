/**
 * What one tab tells the others about the projects on this device (BroadcastChannel):
 * a project was saved (by a merge, a rename, a takeover…) or deleted. The home screen
 * re-reads its list; a tab with that project open stops saving and says why (tab-guard.ts).
 */
export type LibraryMessage =
  | { type: 'saved'; projectId: string; from: string }
  | { type: 'deleted'; projectId: string; from: string }
  | { type: 'takeover'; projectId: string; from: string }
  | { type: 'released'; projectId: string; from: string; to: string };

export interface ChannelLike {
  postMessage(message: LibraryMessage): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

export const LIBRARY_CHANNEL = 'cocharte.library';

function randomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** One id per page load: messages from this page are not news to it. */
export const PAGE_TAB_ID = randomId();

export function isLibraryMessage(data: unknown): data is LibraryMessage {
  if (data === null || typeof data !== 'object') return false;
  const m = data as Record<string, unknown>;
  return typeof m.type === 'string' && typeof m.projectId === 'string' && typeof m.from === 'string';
}

export function openLibraryChannel(): ChannelLike | null {
  try {
    return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(LIBRARY_CHANNEL);
  } catch {
    return null;
  }
}

/** Listens to the other tabs; returns the function that stops listening. */
export function listenToLibrary(
  channel: ChannelLike | null,
  onMessage: (message: LibraryMessage) => void,
  tabId = PAGE_TAB_ID,
): () => void {
  if (!channel) return () => undefined;
  const listener = (event: { data: unknown }) => {
    if (isLibraryMessage(event.data) && event.data.from !== tabId) onMessage(event.data);
  };
  channel.addEventListener('message', listener);
  return () => channel.removeEventListener('message', listener);
}

export function announce(channel: ChannelLike | null, message: LibraryMessage): void {
  try {
    channel?.postMessage(message);
  } catch {
    // A closed channel: nobody to tell.
  }
}
