/**
 * Removes one item of a repeated block (a risk, a milestone, a contribution…) from the
 * « Retirer » button inside it, and gives the focus a place to go: the button leaves the page
 * with its item, and the focus would fall to the page's top. It goes to the item that takes
 * its place (the next one), else the one before, else the block's own button that adds an
 * item. The item is the button's nearest fieldset; its siblings of the same class are the
 * others.
 */
export function removeKeepingFocus(button: HTMLElement, remove: () => void): void {
  const item = button.closest('fieldset');
  const list = item?.parentElement;
  if (!item || !list) return remove();
  // Its kind: fieldsets of the same class (a risk's card, not the risk catalogue's beside them).
  const others = () =>
    [...list.children].filter(
      (c): c is HTMLElement => c instanceof HTMLFieldSetElement && c !== item && c.className === item.className,
    );
  const at = others().filter((c) => item.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_PRECEDING).length;
  remove();
  // The form draws the removal on its next render: wait for the item to leave (a few frames).
  const settle = (frames: number) => {
    if (item.isConnected && frames > 0) {
      requestAnimationFrame(() => settle(frames - 1));
      return;
    }
    // Something else took the focus meanwhile (a message, a heading): leave it there.
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const rest = others();
    const next = rest[at] ?? rest[at - 1];
    const target =
      next?.querySelector<HTMLElement>('button, input, select, textarea, [tabindex]:not([tabindex="-1"])') ??
      [...list.querySelectorAll<HTMLElement>(':scope > button')].at(-1);
    target?.focus();
  };
  settle(30);
}
