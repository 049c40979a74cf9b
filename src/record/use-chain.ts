import { useEffect, useState } from 'react';
import type { DraftProject } from '../schemas/project.schema';
import { checkChain, type ChainCheck } from '../domain/record-amendments';

/** The amendment chain of the project, checked again whenever the project changes. */
export function useChain(project: DraftProject): ChainCheck | null {
  const [chain, setChain] = useState<ChainCheck | null>(null);
  useEffect(() => {
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
