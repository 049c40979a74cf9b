import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { EXAMPLES, findExample } from '../examples/examples';
import { useI18n } from '../i18n/i18n-provider';
import type { AppNotice } from '../machine/app.machine';
import type { ProjectSummary } from '../persistence/project-store';
import type { DraftProject } from '../schemas/project.schema';
import { ImportButton } from './import-button';
import { lazyWithReload } from './lazy-with-reload';
import { useHomePage } from './use-home-page';
import { WorksheetDownload } from './worksheet-download';

// Pages the home screen opens on a click load then, with their messages: the first screen
// carries only what it shows.
const ExampleReader = lazyWithReload(async () => ({ default: (await import('./example-reader')).ExampleReader }));
// A first visit has no project: the list and its messages load once there is one.
const HomeProjects = lazyWithReload(async () => ({ default: (await import('./project-list')).HomeProjects }));
/** Started with the page when this device keeps projects, so the list shows with the home screen. */
export const preloadProjectList = (): void => void HomeProjects.preload().catch(() => undefined);
const HomeNotices = lazyWithReload(async () => ({ default: (await import('./home-notices')).HomeNotices }));
const AboutSources = lazyWithReload(async () => ({ default: (await import('../about/about-sources')).AboutSources }));

interface Props {
  projects: ProjectSummary[];
  /** Projects kept on this device that cannot be read (kept, not listed). */
  unreadableCount?: number;
  /** Why the last project asked for could not be opened. */
  notice?: AppNotice | null;
  onDismissNotice?: () => void;
  /** True when the user came back from a project: focus then starts at the top. */
  focusHeading?: boolean;
  deletedTitle: string | null;
  onNew: () => void;
  /**
   * The pointer is on (or the focus reaches) a button that opens a project: the project's
   * code (wizard, schemas, messages) may start downloading before the click.
   */
  onIntent?: () => void;
  onOpen: (id: string) => void;
  onRename: (id: string, title: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
  onUndoDelete: () => void;
  onImported: (project: DraftProject) => void;
  /** Opens "About the sources"; without it, the home screen shows that page itself. */
  onAbout?: () => void;
}

export function HomeScreen({
  projects,
  unreadableCount = 0,
  notice = null,
  onDismissNotice,
  focusHeading = false,
  deletedTitle,
  onNew,
  onIntent,
  onOpen,
  onRename,
  onDuplicate,
  onDelete,
  onUndoDelete,
  onImported,
  onAbout,
}: Props) {
  const { t, tk, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [exampleError, setExampleError] = useState<string | null>(null);
  const [reading, setReading] = useState<DraftProject | null>(null);
  const homePage = useHomePage();
  const aboutOpen = homePage.page !== null && 'sources' in homePage.page;
  const readId = homePage.page && 'example' in homePage.page ? homePage.page.example : null;
  useLayoutEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);

  const loadExample = async (load: (l: typeof locale) => Promise<string>, then: (project: DraftProject) => void) => {
    // The example, the file reader (zod, the schemas) and its messages download together.
    const [text, { parseProjectFile }] = await Promise.all([load(locale), import('../persistence/project-file')]);
    const result = parseProjectFile(text);
    if (result.ok) then(result.project);
    else setExampleError(tk(result.error));
  };

  // The example the address names is read; an address naming none shows the home screen.
  const { close: closePage } = homePage;
  useEffect(() => {
    if (readId === null) return setReading(null);
    const example = findExample(readId);
    if (!example) return closePage();
    let live = true;
    void loadExample(example.load, (project) => live && setReading(project));
    return () => {
      live = false;
    };
    // loadExample is remade each render; the example to read is what matters.
  }, [readId, closePage]);
  /** An example used as the start of a project: a copy with its own identity (domain/edits). */
  const startFromExample = async (project: DraftProject) => {
    const { asNewProject } = await import('../domain/edits');
    onImported(asNewProject(project, new Date()));
  };

  // Back from a page opened over the home screen (its button, or the browser's Back), the
  // focus returns to the button that opened it: a trainer reading the examples one after
  // another goes on from there, not from the page's top.
  const aboutButton = useRef<HTMLButtonElement>(null);
  const openedFrom = useRef<{ example: string } | { sources: true } | null>(null);
  if (readId !== null) openedFrom.current = { example: readId };
  else if (aboutOpen) openedFrom.current = { sources: true };
  const pageOpen = readId !== null || aboutOpen;
  useLayoutEffect(() => {
    const from = openedFrom.current;
    if (pageOpen || from === null) return;
    openedFrom.current = null;
    const opener =
      'example' in from
        ? document.querySelector<HTMLElement>(`[data-read-example="${CSS.escape(from.example)}"]`)
        : aboutButton.current;
    opener?.focus();
  }, [pageOpen]);

  const loading = <p role="status">{t('app.loading')}</p>;

  if (aboutOpen) return <AboutSources fallback={loading} onBack={homePage.close} />;

  if (readId !== null) {
    if (reading?.illustrativeExample !== readId) return loading;
    return (
      <ExampleReader
        fallback={loading}
        project={reading}
        onBack={homePage.close}
        onUse={() => void startFromExample(reading)}
      />
    );
  }

  return (
    <div className="home">
      <h1 ref={heading} tabIndex={-1}>
        {t('home.title')}
      </h1>
      <p className="home__lead">{t('home.lead')}</p>
      <div className="home__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={onNew}
          onPointerEnter={onIntent}
          onPointerDown={onIntent}
          onFocus={onIntent}
        >
          {t('home.new')}
        </button>
        <ImportButton onImported={onImported} />
      </div>

      {(notice || unreadableCount > 0) && (
        <HomeNotices notice={notice} onDismissNotice={onDismissNotice} unreadableCount={unreadableCount} />
      )}

      {/* A first visit has no project: the list, its live region and their code load once there is one. */}
      {(projects.length > 0 || deletedTitle !== null) && (
        <HomeProjects
          projects={projects}
          deletedTitle={deletedTitle}
          onOpen={onOpen}
          onIntent={onIntent}
          onRename={onRename}
          onDuplicate={onDuplicate}
          onDelete={onDelete}
          onUndoDelete={onUndoDelete}
        />
      )}

      <section aria-labelledby="home-examples">
        <h2 id="home-examples">{t('home.examples')}</h2>
        <p>{t('home.examplesLead')}</p>
        <ul className="example-list">
          {EXAMPLES.map((ex) => (
            <li key={ex.id} className="card">
              <h3>{t(ex.titleKey)}</h3>
              <p>{t(ex.summaryKey)}</p>
              <p className="field__hint">{t('guide.examples.illustrative')}</p>
              <p className="field__hint">{t(ex.sourcesKey)}</p>
              <div className="project-list__buttons">
                <button
                  type="button"
                  className="button button--secondary"
                  data-read-example={ex.id}
                  onClick={() => {
                    void ExampleReader.preload();
                    homePage.open({ example: ex.id });
                  }}
                >
                  {t('home.readExample', { title: t(ex.titleKey) })}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    onIntent?.();
                    void loadExample(ex.load, (p) => void startFromExample(p));
                  }}
                  onPointerEnter={onIntent}
                  onFocus={onIntent}
                >
                  {t('home.useExample', { title: t(ex.titleKey) })}
                </button>
              </div>
            </li>
          ))}
        </ul>
        {exampleError && (
          <p role="alert" className="field__error">
            {exampleError}
          </p>
        )}
      </section>

      <WorksheetDownload />
      <p>
        <button
          ref={aboutButton}
          type="button"
          className="button button--link"
          onClick={
            onAbout ??
            (() => {
              void AboutSources.preload();
              homePage.open({ sources: true });
            })
          }
        >
          {t('guideUi.about.link')}
        </button>
      </p>
    </div>
  );
}
