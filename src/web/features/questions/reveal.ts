/**
 * Scrolls just enough to show `element` below the sticky app header (on a phone the header takes
 * up to a third of the screen, and a plain focus() or scrollIntoView() would leave the element
 * under it), then focuses `focus` without scrolling again.
 */
export function revealBelowHeader(element: Element, focus?: HTMLElement): void {
  const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
  const margin = 8;
  // Room at the bottom for the toast that usually confirms what just happened.
  const toastRoom = 96;
  const box = element.getBoundingClientRect();
  const visibleTop = Math.max(header, 0) + margin;
  const visibleBottom = window.innerHeight - toastRoom;
  if (box.top < visibleTop) window.scrollBy({ top: box.top - visibleTop });
  else if (box.bottom > visibleBottom) {
    // Below the fold: bring its bottom up, but never its top under the header.
    window.scrollBy({ top: Math.min(box.bottom - visibleBottom, box.top - visibleTop) });
  }
  focus?.focus({ preventScroll: true });
}
