// The worked examples as their files hold them (src/examples), read in Node as a user's file is.
import { readFileSync } from 'node:fs';
import { parseProjectFile } from '../persistence/project-file';
import type { DraftProject } from '../schemas/project.schema';

/** The project of `src/examples/<fileName>`, through the same reader as an imported file. */
export function loadExampleFile(fileName: string): DraftProject {
  const parsed = parseProjectFile(readFileSync(new URL(`../examples/${fileName}`, import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`${fileName}: ${parsed.error}`);
  return parsed.project;
}
