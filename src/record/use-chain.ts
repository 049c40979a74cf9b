import { useEffect, useState } from 'react';
import type { DraftProject } from '../schemas/project.schema';
import { checkChain, type ChainCheck } from '../domain/record-amendments';

/**
 * The amendment chain of the project, checked again whenever the project changes; none
 * for `null` (a caller that needs it only once the charter is signed saves the hashing).
 */
export function useChain(project: DraftProject | null): ChainCheck | null {
  const [chain, setChain] = useState<ChainCheck | null>(null);
  useEffect(() => {
    if (!project) {
      setChain(null);
      return;
    }
    let live = true;
    checkChain(project).then((c) => {
      if (live) setChain(c);
    });
    return () => {
      live = false;
    };
  }, [project]);
  return chain;
}
