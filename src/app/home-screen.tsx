import { useEffect, useRef, useState } from 'react';
import { EXAMPLES } from '../examples/examples';
import { useI18n } from '../i18n/i18n-provider';
import { parseProjectFile } from '../persistence/project-file';
import type { ProjectSummary } from '../persistence/project-storage';
import type { DraftProject } from '../schemas/project.schema';
import { ImportButton } from './import-button';
import { asNewProject } from './project-actions';

interface Props {
  projects: ProjectSummary[];
  /** True when the user came back from a project: focus then starts at the top. */
  focusHeading?: boolean;
  onNew: () => void;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onImported: (project: DraftProject) => void;
}

export function HomeScreen({ projects, focusHeading = false, onNew, onOpen, onDelete, onImported }: Props) {
  const { t, tk, date } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [exampleError, setExampleError] = useState<string | null>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);

  const openExample = async (load: () => Promise<string>) => {
    const result = parseProjectFile(await load());
    if (result.ok) onImported(asNewProject(result.project));
    else setExampleError(tk(result.error));
  };

  return (
    <div className="home">
      <h1 ref={heading} tabIndex={-1}>
        {t('home.title')}
      </h1>
      <p className="home__lead">{t('home.lead')}</p>
      <div className="home__actions">
        <button type="button" className="button button--primary" onClick={onNew}>
          {t('home.new')}
        </button>
        <ImportButton onImported={onImported} />
      </div>

      {projects.length > 0 && (
        <section aria-labelledby="home-projects">
          <h2 id="home-projects">{t('home.projects')}</h2>
          <ul className="project-list">
            {projects.map((p) => (
              <li key={p.id} className="card project-list__item">
                <h3>{p.title || t('home.untitled')}</h3>
                <p>{p.partnerNames.join(' · ') || t('home.noPartners')}</p>
                <p className="field__hint">
                  {t('home.progress', { steps: p.stepsVisited, signatures: p.signatures })} — {t('home.updated', { date: date(p.updatedAt) })}
                </p>
                <div className="project-list__buttons">
                  <button type="button" className="button button--primary" onClick={() => onOpen(p.id)}>
                    {t('home.resume', { title: p.title || t('home.untitled') })}
                  </button>
                  <button type="button" className="button button--link" onClick={() => onDelete(p.id)}>
                    {t('home.delete', { title: p.title || t('home.untitled') })}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="home-examples">
        <h2 id="home-examples">{t('home.examples')}</h2>
        <p>{t('home.examplesLead')}</p>
        <ul className="example-list">
          {EXAMPLES.map((ex) => (
            <li key={ex.id} className="card">
              <h3>{t(ex.titleKey)}</h3>
              <p>{t(ex.summaryKey)}</p>
              <p className="field__hint">{t('home.illustrative')}</p>
              <button type="button" className="button button--secondary" onClick={() => void openExample(ex.load)}>
                {t('home.useExample', { title: t(ex.titleKey) })}
              </button>
            </li>
          ))}
        </ul>
        {exampleError && (
          <p role="alert" className="field__error">
            {exampleError}
          </p>
        )}
      </section>
    </div>
  );
}
