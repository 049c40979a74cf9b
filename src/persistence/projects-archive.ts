import { strToU8, zipSync } from 'fflate';
import type { DraftProject } from '../schemas/project.schema';
import { PROJECT_FILE_EXTENSION, projectFileName, serializeProject } from './project-file-format';

/**
 * Several projects as one `.zip` of their project files (a workshop's pairs): one download,
 * where a file each made the browser ask whether the page may download several. Two
 * projects with the same title get distinct names, or unzipping would keep only one.
 */
export function projectsArchive(projects: readonly DraftProject[], savedAt = new Date()): Uint8Array<ArrayBuffer> {
  const files: Record<string, Uint8Array> = {};
  for (const project of projects) {
    const base = projectFileName(project).slice(0, -PROJECT_FILE_EXTENSION.length);
    let name = `${base}${PROJECT_FILE_EXTENSION}`;
    for (let n = 2; name in files; n++) name = `${base}-${n}${PROJECT_FILE_EXTENSION}`;
    files[name] = strToU8(serializeProject(project, savedAt));
  }
  // A copy on its own ArrayBuffer: what a Blob takes.
  return zipSync(files, { mtime: savedAt }).slice();
}
