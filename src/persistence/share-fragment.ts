/**
 * How a share link marks the project in its fragment. Kept apart from share-link.ts so the
 * first screen can tell a link carries a project without loading the decompressor.
 */
export const SHARE_PREFIX = '#projet=';

export const carriesProject = (hash: string) => hash.startsWith(SHARE_PREFIX);
