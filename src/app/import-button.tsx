import { type ReactNode, Suspense, useId, useState } from 'react';
import { registerFrenchPart } from '../i18n/i18n';
import { useI18n } from '../i18n/i18n-provider';
import type { DraftProject } from '../schemas/project.schema';
import type { SetAsideSignature } from '../signing/broken-seals';
import { readProjectFile } from './project-actions';
import { lazyWithReload } from './lazy-with-reload';

// Rare (a file whose signatures were changed after signing): its code loads when needed.
const HeldImport = lazyWithReload(async () => ({ default: (await import('./set-aside-signatures')).HeldImport }));

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
  // A file read whose broken signatures the user must see before it opens.
  const [held, setHeld] = useState<{ project: DraftProject; setAside?: SetAsideSignature[] } | null>(null);
  // What a workshop's session file holds, and the question to resume it (workshop-session-file.tsx).
  const [session, setSession] = useState<ReactNode>(null);
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
          setError(null);
          setSession(null);
          setHeld(result.ok && result.setAside ? result : null);
          if (result.ok && !result.setAside) onImported(result.project);
          else if (!result.ok) {
            // The refusal's messages load with it (the home screen does not carry them).
            registerFrenchPart((await import('../i18n/messages/import-errors.fr')).importErrorsFr);
            // No project: perhaps a workshop's session file, whose reader loads only then.
            const answer = await (await import('./workshop-mode')).sessionFileAnswer(file, result, setSession);
            if (answer) return setSession(answer);
            const { describeImportError } = await import('../persistence/project-file');
            setError(describeImportError(result, t));
          }
        }}
      />
      {held?.setAside && (
        <Suspense fallback={null}>
          <HeldImport
            setAside={held.setAside}
            onOpen={() => {
              setHeld(null);
              onImported(held.project);
            }}
            onCancel={() => setHeld(null)}
          />
        </Suspense>
      )}
      {session}
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
