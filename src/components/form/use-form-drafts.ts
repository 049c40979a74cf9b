import { useCallback, useEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { FLUSH_DRAFTS_EVENT } from '../../lib/flush-drafts';

/** How long typing may pause before a form's values are handed on; well under the autosave's second. */
const DRAFT_DELAY_MS = 300;
/** Continuous typing still hands them on at least this often. */
const DRAFT_MAX_WAIT_MS = 500;

/**
 * Hands what a form holds to `deliver` while the user types (the wizard's steps, the
 * record's forms): after a short pause, at least twice a second while typing goes on, and
 * at once when the form closes, when the app changes screen (FLUSH_DRAFTS_EVENT) and when
 * the tab goes away (`pagehide`), so the app's autosave stores the last keystrokes.
 * `deliver` gets react-hook-form's live values (read them at once: the object changes as
 * the user types). Returns `drop`, which forgets what waits (the form was just submitted).
 */
export function useFormDrafts<V extends FieldValues, C, T>(
  form: UseFormReturn<V, C, T>,
  deliver: (values: unknown) => void,
): () => void {
  const pending = useRef<unknown>(null);
  const latest = useRef(deliver);
  latest.current = deliver;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstPendingAt: number | null = null;
    const flush = () => {
      clearTimeout(timer);
      firstPendingAt = null;
      if (pending.current === null) return;
      const values = pending.current;
      pending.current = null;
      latest.current(values);
    };
    const subscription = form.watch((values) => {
      pending.current = values;
      clearTimeout(timer);
      firstPendingAt ??= Date.now();
      const maxWait = firstPendingAt + DRAFT_MAX_WAIT_MS - Date.now();
      timer = setTimeout(flush, Math.max(0, Math.min(DRAFT_DELAY_MS, maxWait)));
    });
    window.addEventListener('pagehide', flush);
    window.addEventListener(FLUSH_DRAFTS_EVENT, flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      window.removeEventListener(FLUSH_DRAFTS_EVENT, flush);
      flush();
    };
  }, [form]);

  return useCallback(() => {
    pending.current = null;
  }, []);
}
