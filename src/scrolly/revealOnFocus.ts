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
