import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { AppActorContext } from '../machine/app.context';
import type { ProjectFileResult } from '../persistence/project-file';
import {
  MAX_WORKSHOP_FILE_BYTES,
  WORKSHOP_FILE_EXTENSION,
  type WorkshopFileRead,
  parseWorkshopFile,
} from '../persistence/workshop-file';

/**
 * What « Ouvrir un fichier » shows for a workshop's session file (`.cocharte-atelier.json`),
 * or null when the file is no session file (the project reader's message then stands).
 * Loaded only when a chosen file is not a project.
 */
export async function sessionFileAnswer(
  file: File,
  refused: ProjectFileResult,
  show: (answer: ReactNode) => void,
): Promise<ReactNode | null> {
  // A session file is no project: the project reader calls it "not a project", or too large.
  if (refused.ok || (refused.error !== 'import.notProject' && refused.error !== 'import.tooLarge')) return null;
  const onDone = () => show(null);
  // Refused before reading, as project files are; a file this large is named a session by its name only.
  if (file.size > MAX_WORKSHOP_FILE_BYTES)
    return file.name.endsWith(WORKSHOP_FILE_EXTENSION) ? (
      <SessionFileAnswer read={{ ok: false, error: 'workshop.file.tooLarge' }} onDone={onDone} />
    ) : null;
  let text: string;
  try {
    text = await file.text();
  } catch {
    return null;
  }
  const read = parseWorkshopFile(text);
  return read && <SessionFileAnswer read={read} onDone={onDone} />;
}

const pairLabel = (word: string, p: { number: number; name: string }) =>
  `${word} ${p.number}${p.name ? ` — ${p.name}` : ''}`;

/**
 * A session file read: what it holds, which pairs' projects are on this device and which
 * are not (they open from their own project files), and whether it replaces a session under
 * way. Nothing changes until « Reprendre la séance »; a bad file changes nothing.
 */
export function SessionFileAnswer({ read, onDone }: { read: WorkshopFileRead; onDone: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const app = AppActorContext.useActorRef();
  const current = AppActorContext.useSelector((s) => s.context.workshop);
  const question = useRef<HTMLParagraphElement>(null);
  // Cancelled, the focus goes back to the file button the answer sits under.
  const cancel = () => {
    question.current?.closest('.import')?.querySelector('input')?.focus();
    onDone();
  };
  // The ids of the projects kept on this device, read once the file is read.
  const [kept, setKept] = useState<Set<string> | null>(null);
  const [resumed, setResumed] = useState(false);
  useEffect(() => {
    if (!read.ok) return;
    let live = true;
    void app
      .getSnapshot()
      .context.input.store.list()
      .then((list) => {
        if (live) setKept(new Set(list.ok ? list.projects.map((p) => p.id) : []));
      });
    return () => {
      live = false;
    };
  }, [app, read]);
  useEffect(() => {
    if (kept) question.current?.focus();
  }, [kept]);

  if (!read.ok)
    return (
      <div role="alert">
        <p className="field__error">
          {t(read.error)} {t('import.nothingChanged')}
        </p>
      </div>
    );
  if (!kept) return null;
  if (resumed)
    return (
      <p role="status" className="panel">
        {t('workshop.file.resumedNone')}
      </p>
    );

  const { session, unlinked = [] } = read;
  const word = t('workshop.pair');
  const here = session.pairs.filter((p) => kept.has(p.projectId));
  const away = session.pairs.filter((p) => !kept.has(p.projectId));
  const others = current?.pairs.length ?? 0;

  const resume = () => {
    const { input, open, view } = app.getSnapshot().context;
    input.workshop?.write(session);
    app.send({ type: 'workshop.synced', workshop: session });
    const last = here.at(-1);
    if (!last) return setResumed(true);
    onDone();
    // The latest pair's project opens, with the facilitator's view and the session's pairs.
    if (open?.project.id === last.projectId) return;
    app.send(
      view === 'home'
        ? { type: 'project.resume', id: last.projectId }
        : { type: 'route.changed', route: { id: last.projectId } },
    );
  };

  return (
    <div
      className="panel next-pair"
      role="group"
      aria-labelledby={`${id}-q`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancel();
      }}
    >
      <p id={`${id}-q`} ref={question} tabIndex={-1}>
        <strong>{t('workshop.file.question')}</strong>
      </p>
      <p>{t('workshop.file.summary', { count: session.pairs.length + unlinked.length, minutes: session.minutes })}</p>
      {here.length > 0 && (
        <p>
          {t('workshop.file.present', { count: here.length, pairs: here.map((p) => pairLabel(word, p)).join(', ') })}
        </p>
      )}
      {away.length > 0 && (
        <p>
          {t('workshop.file.missing', { count: away.length, pairs: away.map((p) => pairLabel(word, p)).join(', ') })}
        </p>
      )}
      {unlinked.length > 0 && (
        <p>
          {t('workshop.file.unlinked', {
            count: unlinked.length,
            pairs: unlinked.map((p) => pairLabel(word, p)).join(', '),
          })}
        </p>
      )}
      {others > 0 && <p>{t('workshop.file.replaces', { count: others })}</p>}
      <div className="home__actions">
        <button type="button" className="button button--primary" onClick={resume}>
          {t('workshop.file.resume')}
        </button>
        <button type="button" className="button button--link" onClick={cancel}>
          {t('home.cancel')}
        </button>
      </div>
    </div>
  );
}
