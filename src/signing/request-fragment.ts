/**
 * The fragment that marks a signature request link (signature-request.ts). Alone in its
 * module so the first screen can recognise such a link without loading the rest.
 */
export const REQUEST_FRAGMENT = '#signer=';

export function isSignatureRequestHash(hash: string): boolean {
  return hash.startsWith(REQUEST_FRAGMENT);
}
