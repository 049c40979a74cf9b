import { useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import type { DraftProject } from '../schemas/project.schema';
import type { SetAsideSignature } from '../signing/broken-seals';
import { readProjectFile } from './project-actions';
import { SetAsideSignatures } from './set-aside-signatures';

/**
 * A labelled file input that opens a project file; a bad file is reported and changes
 * nothing. `withinProject`: it sits in an open project's toolbar (the message then says
 * that project is unchanged). A file whose signatures were changed after signing opens
 * only once the user has read which ones are left out.
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
  const [held, setHeld] = useState<{ project: DraftProject; setAside: SetAsideSignature[] } | null>(null);
  const heldRef = useRef<HTMLDivElement>(null);
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
          if (result.ok && result.setAside) {
            setError(null);
            setHeld({ project: result.project, setAside: result.setAside });
            // The choice replaces nothing on screen: take the reader to it.
            requestAnimationFrame(() => heldRef.current?.focus());
          } else if (result.ok) {
            setError(null);
            setHeld(null);
            onImported(result.project);
          } else {
            setHeld(null);
            const { describeImportError } = await import('../persistence/project-file');
            setError(describeImportError(result, t));
          }
        }}
      />
      {held && (
        <div ref={heldRef} tabIndex={-1} role="group" aria-labelledby={`${id}-held`}>
          <SetAsideSignatures setAside={held.setAside} leadId={`${id}-held`} />
          <div className="home__actions">
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setHeld(null);
                onImported(held.project);
              }}
            >
              {t('seal.setAside.open')}
            </button>
            <button type="button" className="button button--link" onClick={() => setHeld(null)}>
              {t('seal.setAside.cancel')}
            </button>
          </div>
        </div>
      )}
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
