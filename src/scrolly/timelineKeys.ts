/**
 * Keyboard access to the timeline's events with a roving tabindex: one event is in the tab
 * order; arrow keys move between events in date order, Home and End go to the first and last,
 * and Enter follows the event's link to its sources.
 */
function byDate(a: Element, b: Element): number {
  const when = (e: Element) => e.getAttribute("data-start") || "9999";
  return when(a).localeCompare(when(b));
}

export function enableTimelineKeys(svg: SVGSVGElement): void {
  // Lanes come first in the document; readers expect arrows to move through time.
  const events = () => [...svg.querySelectorAll<SVGAElement>("a.event")].sort(byDate);
  const focusAt = (index: number) => {
    const all = events();
    const target = all[Math.max(0, Math.min(index, all.length - 1))];
    if (!target) return;
    for (const e of all) e.setAttribute("tabindex", e === target ? "0" : "-1");
    target.focus();
  };
  const reset = () => events().forEach((e, i) => e.setAttribute("tabindex", i === 0 ? "0" : "-1"));
  reset();
  svg.addEventListener("keydown", (event) => {
    const all = events();
    const current = all.indexOf(event.target as SVGAElement);
    if (current < 0) return;
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      ArrowLeft: current - 1,
      ArrowUp: current - 1,
      Home: 0,
      End: all.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusAt(next);
  });
}

/** Keeps exactly one event tabbable after the marks are redrawn. */
export function keepOneTabStop(svg: SVGSVGElement): void {
  const all = [...svg.querySelectorAll<SVGAElement>("a.event")].sort(byDate);
  if (all.length && !all.some((e) => e.getAttribute("tabindex") === "0")) all[0]!.setAttribute("tabindex", "0");
  for (const e of all) if (!e.hasAttribute("tabindex")) e.setAttribute("tabindex", "-1");
}
