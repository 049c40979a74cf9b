import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { pairToOpen, planSessionImport } from '../domain/workshop-import';
import type { Translate } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-provider';
import { AppActorContext } from '../machine/app.context';
import { describeImportError, type ProjectFileResult } from '../persistence/project-file';
import type { StorageFailure } from '../persistence/project-store';
import {
  MAX_WORKSHOP_FILE_BYTES,
  WORKSHOP_FILE_EXTENSION,
  type WorkshopFileRead,
  importPairProjects,
  parseWorkshopFile,
  readPairCopies,
} from '../persistence/workshop-file';
import type { DraftProject } from '../schemas/project.schema';

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

type Refused = Extract<ProjectFileResult, { ok: false }>;

/** Why a pair's copy cannot be imported, in plain words (the project file reader's reason). */
export function copyRefusal(read: Refused, t: Translate): string {
  switch (read.error) {
    case 'import.tooLarge':
      return t('workshop.file.copyTooLarge');
    case 'import.newerVersion':
      return t('workshop.file.copyNewer');
    case 'import.tooLong':
      return describeImportError(read, t);
    case 'workshop.file.copyOtherProject':
      return t('workshop.file.copyOtherProject');
    default:
      return t('workshop.file.copyDamaged');
  }
}

/** What the device keeps (every id, readable or not) and each missing pair's copy, read. */
interface Reading {
  onDevice: Set<string>;
  copies: Map<string, ProjectFileResult>;
}

/**
 * A session file read: what it holds, which pairs' projects are on this device (kept as
 * they are), which will be imported from the file's copies (checked as an imported project
 * file is) and which cannot be, and whether it replaces a session under way. Nothing
 * changes until « Reprendre la séance »; a bad file changes nothing. An import the storage
 * refuses is named, and can be tried again, the session being resumed meanwhile.
 */
export function SessionFileAnswer({ read, onDone }: { read: WorkshopFileRead; onDone: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const app = AppActorContext.useActorRef();
  const current = AppActorContext.useSelector((s) => s.context.workshop);
  const question = useRef<HTMLParagraphElement>(null);
  const failure = useRef<HTMLParagraphElement>(null);
  // A second press while the copies are written would write them twice: ignored.
  const busy = useRef(false);
  // Cancelled, the focus goes back to the file button the answer sits under. Not once the
  // copies are being written: the session is then resumed whatever happens.
  const cancel = () => {
    if (busy.current) return;
    question.current?.closest('.import')?.querySelector('input')?.focus();
    onDone();
  };
  const [reading, setReading] = useState<Reading | null>(null);
  const [resumed, setResumed] = useState(false);
  // The copies the storage refused (full or unavailable), and why: offered again.
  const [failed, setFailed] = useState<{ project: DraftProject; reason: StorageFailure }[]>([]);
  useEffect(() => {
    if (!read.ok) return;
    let live = true;
    void (async () => {
      const list = await app.getSnapshot().context.input.store.list();
      // A record this device cannot read is still the user's: never overwritten by a copy.
      const onDevice = new Set(list.ok ? [...list.projects, ...list.unreadable].map((p) => p.id) : []);
      const missing = read.session.pairs.map((p) => p.projectId).filter((pid) => !onDevice.has(pid));
      const copies = await readPairCopies(read.copies, missing);
      if (live) setReading({ onDevice, copies });
    })();
    return () => {
      live = false;
    };
  }, [app, read]);
  useEffect(() => {
    if (reading) question.current?.focus();
  }, [reading]);
  useEffect(() => {
    if (failed.length > 0) failure.current?.focus();
  }, [failed]);

  if (!read.ok)
    return (
      <div role="alert">
        <p className="field__error">
          {t(read.error)} {t('import.nothingChanged')}
        </p>
      </div>
    );
  if (!reading) return null;
  if (resumed && failed.length === 0)
    return (
      <p role="status" className="panel">
        {t('workshop.file.resumedNone')}
      </p>
    );

  const { session, unlinked = [] } = read;
  const word = t('workshop.pair');
  const plan = planSessionImport(session.pairs, reading.onDevice, reading.copies);
  const others = current?.pairs.length ?? 0;
  const names = (pairs: { number: number; name: string }[]) => pairs.map((p) => pairLabel(word, p)).join(', ');
  const pairOfProject = (projectId: string) => session.pairs.find((p) => p.projectId === projectId);

  /** The latest pair on this device opens, with the facilitator's view and the session's pairs. */
  const openLatest = (onDevice: ReadonlySet<string>) => {
    const last = pairToOpen(session.pairs, onDevice);
    if (!last) return setResumed(true);
    onDone();
    const { open, view } = app.getSnapshot().context;
    if (open?.project.id === last.projectId) return;
    app.send(
      view === 'home'
        ? { type: 'project.resume', id: last.projectId }
        : { type: 'route.changed', route: { id: last.projectId } },
    );
  };

  /** Imports the given copies (all the importable ones, or those the storage refused), then resumes. */
  const resume = async (projects: DraftProject[]) => {
    if (busy.current) return;
    busy.current = true;
    const { input, view } = app.getSnapshot().context;
    const done = await importPairProjects(input.store, projects, input.announce);
    const onDevice = new Set([...reading.onDevice, ...done.imported, ...done.kept]);
    setReading({ ...reading, onDevice });
    if (!resumed) {
      input.workshop?.write(session);
      app.send({ type: 'workshop.synced', workshop: session });
    }
    busy.current = false;
    if (done.failed.length === 0) return openLatest(onDevice);
    setResumed(true);
    setFailed(
      done.failed.flatMap((f) => {
        const project = projects.find((p) => p.id === f.projectId);
        return project ? [{ project, reason: f.reason }] : [];
      }),
    );
    // Staying on the home screen: its list shows the projects that were imported.
    if (view === 'home' && done.imported.length > 0) app.send({ type: 'library.changed' });
  };

  if (failed.length > 0) {
    const failedPairs = (reason: StorageFailure) =>
      failed.flatMap((f) => (f.reason === reason ? (pairOfProject(f.project.id) ?? []) : []));
    const full = failedPairs('full');
    const unavailable = failedPairs('unavailable');
    const canContinue = pairToOpen(session.pairs, reading.onDevice) !== undefined;
    return (
      <div className="panel next-pair" role="group" aria-labelledby={`${id}-failed`}>
        <p id={`${id}-failed`} ref={failure} tabIndex={-1} role="alert">
          {t('workshop.file.resumed')}{' '}
          {full.length > 0 && t('workshop.file.notImportedFull', { count: full.length, pairs: names(full) })}{' '}
          {unavailable.length > 0 &&
            t('workshop.file.notImportedUnavailable', { count: unavailable.length, pairs: names(unavailable) })}
        </p>
        <p>{t('workshop.file.retryHint')}</p>
        <div className="home__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void resume(failed.map((f) => f.project))}
          >
            {t('workshop.file.retry')}
          </button>
          {canContinue && (
            <button type="button" className="button button--link" onClick={() => openLatest(reading.onDevice)}>
              {t('workshop.file.continue', { count: failed.length })}
            </button>
          )}
        </div>
      </div>
    );
  }

  const setAside = plan.importable.filter((i) => (i.read.setAside?.length ?? 0) > 0);
  const cannot = plan.noCopy.length + plan.refused.length;
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
      {plan.here.length > 0 && (
        <p>{t('workshop.file.present', { count: plan.here.length, pairs: names(plan.here) })}</p>
      )}
      {plan.importable.length > 0 && (
        <p>
          {t('workshop.file.importable', {
            count: plan.importable.length,
            pairs: names(plan.importable.map((i) => i.pair)),
          })}
        </p>
      )}
      {setAside.map((i) => (
        <p key={i.pair.number}>
          {t('workshop.file.setAside', { pair: pairLabel(word, i.pair), count: i.read.setAside?.length ?? 0 })}
        </p>
      ))}
      {plan.noCopy.length > 0 && (
        <p>{t('workshop.file.missing', { count: plan.noCopy.length, pairs: names(plan.noCopy) })}</p>
      )}
      {plan.refused.length > 0 && (
        <>
          <p id={`${id}-refused`}>{t('workshop.file.refused', { count: plan.refused.length })}</p>
          <ul aria-labelledby={`${id}-refused`}>
            {plan.refused.map((r) => (
              <li key={r.pair.number}>
                {t('workshop.file.refusedPair', { pair: pairLabel(word, r.pair), reason: copyRefusal(r.read, t) })}
              </li>
            ))}
          </ul>
        </>
      )}
      {cannot > 0 && <p>{t('workshop.file.openOwn', { count: cannot })}</p>}
      {unlinked.length > 0 && (
        <p>
          {t('workshop.file.unlinked', {
            count: unlinked.length,
            pairs: names(unlinked),
          })}
        </p>
      )}
      {others > 0 && <p>{t('workshop.file.replaces', { count: others })}</p>}
      <div className="home__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void resume(plan.importable.map((i) => i.read.project))}
        >
          {t('workshop.file.resume')}
        </button>
        <button type="button" className="button button--link" onClick={cancel}>
          {t('home.cancel')}
        </button>
      </div>
    </div>
  );
}
