import { downloadBlob } from '../lib/download-file';
import type { ProjectFileResult } from '../persistence/project-file';
import { MAX_PROJECT_FILE_BYTES, projectFileName, serializeProject } from '../persistence/project-file-format';
import type { DraftProject } from '../schemas/project.schema';

export function exportProjectFile(project: DraftProject): void {
  const blob = new Blob([serializeProject(project)], { type: 'application/json' });
  downloadBlob(blob, projectFileName(project));
}

export async function readProjectFile(file: File): Promise<ProjectFileResult> {
  // Refused before reading, so a huge wrong file never sits in memory.
  if (file.size > MAX_PROJECT_FILE_BYTES) return { ok: false, error: 'import.tooLarge' };
  // The reader (zod and the project schema) loads when a file is chosen, not with the home screen.
  const { receiveProjectText } = await import('../persistence/project-file');
  try {
    return await receiveProjectText(await file.text());
  } catch {
    return { ok: false, error: 'import.notJson' };
  }
}
