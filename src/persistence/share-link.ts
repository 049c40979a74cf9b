import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { DraftProject } from '../schemas/project.schema';
import { parseProjectFile, serializeProject, type ProjectFileResult } from './project-file';

/**
 * The project travels inside the link's fragment (after `#`), which browsers never send
 * to the web server: sharing a link shares nothing with the site that hosts Cocharte.
 */
const PREFIX = '#projet=';

export function shareLink(project: DraftProject, pageUrl: string): string {
  const base = pageUrl.split('#')[0];
  return `${base}${PREFIX}${compressToEncodedURIComponent(serializeProject(project))}`;
}

/** The project carried by a location hash, null when the hash carries none. */
export function readShareFragment(hash: string): ProjectFileResult | null {
  if (!hash.startsWith(PREFIX)) return null;
  let text: string | null = null;
  try {
    text = decompressFromEncodedURIComponent(hash.slice(PREFIX.length));
  } catch {
    text = null;
  }
  if (!text) return { ok: false, error: 'share.damaged' };
  return parseProjectFile(text);
}
