import { useEffect, useState } from 'react';
import { contentFingerprint } from '../../domain/fingerprint';
import { WizardContext } from '../../machine/wizard.context';
import { selectProject } from '../../machine/wizard.selectors';

/** The content fingerprint of the current project, recomputed when its content changes. */
export function useFingerprint(): string | null {
  const project = WizardContext.useSelector(selectProject);
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void contentFingerprint(project).then((f) => live && setFingerprint(f));
    return () => {
      live = false;
    };
  }, [project]);
  return fingerprint;
}
