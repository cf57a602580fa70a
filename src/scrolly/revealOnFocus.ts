/**
 * Brings the whole sticky graphic into view when something inside it takes the focus. Chrome's
 * focus scrolling misjudges elements inside a sticky box that has not stuck yet (at the top of
 * the page), and leaves a focused timeline event or chart tool below the screen's edge
 * (WCAG 2.2 SC 2.4.11). Scrolling until the graphic sticks shows all of it.
 */
export function revealOnFocus(graphic: HTMLElement): void {
  graphic.addEventListener("focusin", () => {
    const stuckAt = Number.parseFloat(getComputedStyle(graphic).top) || 0;
    const gap = graphic.getBoundingClientRect().top - stuckAt;
    if (gap > 1) scrollBy({ top: gap, behavior: "instant" });
  });
}

/**
 * Scrolls a focused section link fully into the nav's own horizontal scroll: Chrome leaves a
 * link that is only just off the nav's right edge where it is, so a phone reader would not see
 * where the focus went.
 */
export function revealNavLinkOnFocus(nav: HTMLElement): void {
  nav.addEventListener("focusin", (event) => {
    if (event.target instanceof HTMLElement)
      event.target.scrollIntoView({ block: "nearest", inline: "nearest", behavior: "instant" });
  });
}
