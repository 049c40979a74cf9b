import { compressToEncodedURIComponent } from 'lz-string';
import { appAddress } from '../lib/app-address';
import type { DraftProject } from '../schemas/project.schema';
import { decompressUriSafeBounded } from './bounded-lz';
import { MAX_PROJECT_FILE_BYTES, parseProjectFile, serializeProject, type ProjectFileResult } from './project-file';
import { carriesProject, SHARE_PREFIX as PREFIX } from './share-fragment';

/**
 * The project travels inside the link's fragment (after `#`), which browsers never send
 * to the web server: sharing a link shares nothing with the site that hosts Cocharte.
 */
/**
 * A link never carries more than a project file may hold. Counted in characters: a UTF-8
 * file of MAX bytes has at most MAX characters, so no valid project is refused.
 */
export const MAX_SHARED_CHARS = MAX_PROJECT_FILE_BYTES;

export function shareLink(project: DraftProject, pageUrl: string): string {
  const base = appAddress(pageUrl);
  return `${base}${PREFIX}${compressToEncodedURIComponent(serializeProject(project))}`;
}

export { carriesProject };

/** The project carried by a location hash, null when the hash carries none. */
export function readShareFragment(hash: string, maxChars = MAX_SHARED_CHARS): ProjectFileResult | null {
  if (!carriesProject(hash)) return null;
  const text = decompressUriSafeBounded(hash.slice(PREFIX.length), maxChars);
  if (!text.ok) return { ok: false, error: text.reason === 'tooLarge' ? 'share.tooLarge' : 'share.damaged' };
  if (!text.text) return { ok: false, error: 'share.damaged' };
  return parseProjectFile(text.text);
}

/** The same, after the current task: the first screen is drawn before a long link is read. */
export async function readShareFragmentAsync(hash: string): Promise<ProjectFileResult | null> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return readShareFragment(hash);
}
