/**
 * The app's own address, for a link sent to someone else: no query (the sender's open
 * project and step mean nothing on the receiver's device, where they made the app warn of
 * a deleted project) and no fragment.
 */
export function appAddress(pageUrl: string): string {
  const url = new URL(pageUrl);
  return `${url.origin}${url.pathname}`;
}
