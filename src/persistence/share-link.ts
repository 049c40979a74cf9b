import { compressToEncodedURIComponent } from 'lz-string';
import { appAddress } from '../lib/app-address';
import type { DraftProject } from '../schemas/project.schema';
import { decompressUriSafeBounded } from '../lib/bounded-lz';
import {
  MAX_PROJECT_FILE_BYTES,
  parseProjectFile,
  receiveProjectText,
  serializeProject,
  type ProjectFileResult,
} from './project-file';
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

/** The text a location hash carries: null when it carries no project, an error when it is unreadable. */
function fragmentText(hash: string, maxChars: number): { text: string } | ProjectFileResult | null {
  if (!carriesProject(hash)) return null;
  const text = decompressUriSafeBounded(hash.slice(PREFIX.length), maxChars);
  if (!text.ok) return { ok: false, error: text.reason === 'tooLarge' ? 'share.tooLarge' : 'share.damaged' };
  if (!text.text) return { ok: false, error: 'share.damaged' };
  return { text: text.text };
}

/** The project carried by a location hash, null when the hash carries none (seals unchecked). */
export function readShareFragment(hash: string, maxChars = MAX_SHARED_CHARS): ProjectFileResult | null {
  const read = fragmentText(hash, maxChars);
  return read && 'text' in read ? parseProjectFile(read.text) : read;
}

/**
 * The project a link brings, as it enters the app: read after the current task (the first
 * screen is drawn before a long link is read), signatures with a broken seal left out.
 */
export async function readShareFragmentAsync(hash: string): Promise<ProjectFileResult | null> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const read = fragmentText(hash, MAX_SHARED_CHARS);
  return read && 'text' in read ? receiveProjectText(read.text) : read;
}
