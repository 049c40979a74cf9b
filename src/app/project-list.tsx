import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { registerFrenchPart } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-provider';
import { projectListFr } from '../i18n/messages/project-list.fr';
import type { ProjectSummary } from '../persistence/project-store';

// Loaded only when this device keeps projects (home-screen.tsx), with its messages.
registerFrenchPart(projectListFr);

interface HomeProjectsProps extends Props {
  /** The project just deleted (its title), while its deletion can be undone. */
  deletedTitle: string | null;
  onUndoDelete: () => void;
}

/**
 * The home screen's part about the projects on this device: the list under its heading and
 * the live region that says a project was deleted (with « Annuler la suppression ») or
 * duplicated. Deleting takes away the button pressed, and undoing takes away « Annuler la
 * suppression »: the focus goes to the way back, then to the project restored, not to the
 * page's top; a copy goes to the top of the list, away from the focus, so it is said.
 */
export function HomeProjects({ deletedTitle, onUndoDelete, ...list }: HomeProjectsProps) {
  const { t } = useI18n();
  const { projects, onDuplicate, onDelete } = list;
  const undoButton = useRef<HTMLButtonElement>(null);
  const projectsHeading = useRef<HTMLHeadingElement>(null);
  const lastDeleted = useRef<string | null>(null);
  const focusNext = useRef<'undo' | 'restored' | null>(null);
  useLayoutEffect(() => {
    const id = lastDeleted.current;
    if (focusNext.current === null || id === null) return;
    const listed = projects.some((p) => p.id === id);
    if (focusNext.current === 'undo') {
      if (deletedTitle === null || listed) return;
      undoButton.current?.focus();
    } else {
      if (!listed) return;
      document.querySelector<HTMLElement>(`[data-resume="${CSS.escape(id)}"]`)?.focus();
    }
    focusNext.current = null;
  }, [deletedTitle, projects]);

  const [copied, setCopied] = useState<string | null>(null);
  const copyingFrom = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    const before = copyingFrom.current;
    const copy = before && projects.find((p) => !before.has(p.id));
    if (!copy) return;
    copyingFrom.current = null;
    setCopied(copy.title);
  }, [projects]);

  return (
    <>
      <div role="status">
        {copied !== null && <p className="panel">{t('home.duplicated', { title: copied || t('home.untitled') })}</p>}
        {deletedTitle !== null && (
          <p className="panel">
            {t('home.deleted', { title: deletedTitle || t('home.untitled') })}{' '}
            <button
              ref={undoButton}
              type="button"
              className="button button--link"
              onClick={() => {
                focusNext.current = 'restored';
                // Until the project is back in the list, the focus waits on the list's heading.
                projectsHeading.current?.focus();
                onUndoDelete();
              }}
            >
              {t('home.undo')}
            </button>
          </p>
        )}
      </div>
      {projects.length > 0 && (
        <section aria-labelledby="home-projects">
          <h2 id="home-projects" ref={projectsHeading} tabIndex={-1}>
            {t('home.projects')}
          </h2>
          <ProjectList
            {...list}
            onDuplicate={(id) => {
              copyingFrom.current = new Set(projects.map((p) => p.id));
              setCopied(null);
              onDuplicate(id);
            }}
            onDelete={(id) => {
              setCopied(null);
              lastDeleted.current = id;
              focusNext.current = 'undo';
              onDelete(id);
            }}
          />
        </section>
      )}
    </>
  );
}

interface Props {
  projects: ProjectSummary[];
  onOpen: (id: string) => void;
  /** The pointer or the focus is on an "open" button: its code may start downloading. */
  onIntent?: () => void;
  onRename: (id: string, title: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
}

/** The projects on this device, newest first, each with what the user can do with it. */
export function ProjectList({ projects, onOpen, onIntent, onRename, onDuplicate, onDelete }: Props) {
  const { t, date } = useI18n();
  const [renaming, setRenaming] = useState<string | null>(null);
  // The rename form goes with its field once saved or cancelled: the focus comes back to
  // the « Renommer » button that opened it, not to the page's top.
  const list = useRef<HTMLUListElement>(null);
  const renamed = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (renaming !== null || renamed.current === null) return;
    list.current?.querySelector<HTMLElement>(`[data-rename="${CSS.escape(renamed.current)}"]`)?.focus();
    renamed.current = null;
  }, [renaming]);
  return (
    <ul className="project-list" ref={list}>
      {projects.map((p) => {
        const title = p.title || t('home.untitled');
        return (
          <li key={p.id} className="card project-list__item">
            <h3>{title}</h3>
            <p>{p.partnerNames.join(' · ') || t('home.noPartners')}</p>
            <p className="field__hint">
              {t('home.place', { place: t(`home.place.${p.place}`) })} —{' '}
              {t('home.progress', { steps: p.stepsVisited, signatures: p.signatures })} —{' '}
              {t('home.updated', { date: date(p.updatedAt) })}
            </p>
            {renaming === p.id ? (
              <RenameForm
                initial={p.title}
                onDone={(next) => {
                  if (next !== null) onRename(p.id, next);
                  renamed.current = p.id;
                  setRenaming(null);
                }}
              />
            ) : (
              <div className="project-list__buttons">
                <button
                  type="button"
                  className="button button--primary"
                  // The home screen gives it the focus when this project comes back (undo).
                  data-resume={p.id}
                  onClick={() => onOpen(p.id)}
                  onPointerEnter={onIntent}
                  onPointerDown={onIntent}
                  onFocus={onIntent}
                >
                  {t('home.resume', { title })}
                </button>
                <button
                  type="button"
                  className="button button--link"
                  data-rename={p.id}
                  onClick={() => setRenaming(p.id)}
                >
                  {t('home.rename', { title })}
                </button>
                <button type="button" className="button button--link" onClick={() => onDuplicate(p.id)}>
                  {t('home.duplicate', { title })}
                </button>
                <button type="button" className="button button--link" onClick={() => onDelete(p.id)}>
                  {t('home.delete', { title })}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function RenameForm({ initial, onDone }: { initial: string; onDone: (title: string | null) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [value, setValue] = useState(initial);
  return (
    <form
      className="rename"
      onSubmit={(e) => {
        e.preventDefault();
        onDone(value.trim() ? value.trim() : null);
      }}
    >
      <label htmlFor={id}>{t('home.newTitle')}</label>
      <input
        id={id}
        value={value}
        maxLength={200}
        autoFocus
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && onDone(null)}
      />
      <div className="project-list__buttons">
        <button type="submit" className="button button--primary">
          {t('home.saveTitle')}
        </button>
        <button type="button" className="button button--link" onClick={() => onDone(null)}>
          {t('home.cancel')}
        </button>
      </div>
    </form>
  );
}
