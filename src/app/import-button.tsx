import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { DraftProject } from '../schemas/project.schema';
import { readProjectFile } from './project-actions';

/**
 * A labelled file input that opens a project file; a bad file is reported and changes
 * nothing. `withinProject`: it sits in an open project's toolbar (the message then says
 * that project is unchanged).
 */
export function ImportButton({
  onImported,
  withinProject = false,
}: {
  onImported: (project: DraftProject) => void;
  withinProject?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="import">
      <label htmlFor={id} className="button button--secondary import__label">
        {t('home.import')}
      </label>
      <input
        id={id}
        className="import__input"
        type="file"
        accept=".json,application/json"
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={async (e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (!file) return;
          const result = await readProjectFile(file);
          if (result.ok) {
            setError(null);
            onImported(result.project);
          } else {
            const { describeImportError } = await import('../persistence/project-file');
            setError(describeImportError(result, t));
          }
        }}
      />
      <div role="alert">
        {error && (
          <p id={`${id}-error`} className="field__error">
            {error} {t(withinProject ? 'import.unchanged' : 'import.nothingChanged')}
          </p>
        )}
      </div>
    </div>
  );
}
