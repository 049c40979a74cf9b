/**
 * Dispatched on window before every screen change and before another tab takes the
 * project over: each step form sends the draft it still holds in its debounce to the
 * wizard at once (src/components/form/use-form-drafts.ts), so the autosave flush that follows
 * saves the last keystrokes too.
 */
export const FLUSH_DRAFTS_EVENT = 'cocharte:flush-drafts';

export function flushDrafts(): void {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(FLUSH_DRAFTS_EVENT));
}
