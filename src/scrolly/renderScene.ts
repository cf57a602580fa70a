import { select, type Selection } from "d3-selection";
import "d3-transition";
import type { Mark, Scene } from "../charts/scene.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

type Marks = Selection<SVGElement, Mark, SVGElement, unknown>;

/** The join key of a mark, or of an element drawn at build time that has no data bound yet. */
function keyOf(this: Element, mark: Mark | undefined): string {
  return mark ? `${mark.tag}:${mark.key}` : `${this.tagName}:${this.getAttribute("data-key")}`;
}

function applyAttrs(element: SVGElement, mark: Mark, duration: number): void {
  // A direct draw (a chart switch, a resize, reduced motion) first stops any transition still
  // running from an earlier state, which would otherwise go on to move the mark back there.
  const target = duration > 0 ? select(element).transition().duration(duration) : select(element).interrupt();
  for (const [name, value] of Object.entries(mark.attrs)) target.attr(name, value);
  if (mark.text !== undefined) element.textContent = mark.text;
  // A label that wraps into lines (tspans) replaces the single line of text it had before.
  else for (const node of [...element.childNodes]) if (node.nodeType === Node.TEXT_NODE) node.remove();
}

/**
 * Joins `marks` into `parent` by key: marks present in both states move to their new
 * attributes; new marks appear in place (sliding in from the origin would mislead).
 */
function join(parent: SVGElement, marks: Mark[], duration: number): void {
  const entered = new Set<SVGElement>();
  const joined: Marks = (select(parent).selectChildren("[data-key]") as unknown as Marks)
    .data(marks, keyOf as never)
    .join(
      (enter) =>
        enter
          .append((m) => document.createElementNS(SVG_NS, m.tag) as SVGElement)
          .attr("data-key", (m) => m.key)
          .each(function () {
            entered.add(this);
          }),
      (update) => update,
      (exit) => exit.remove(),
    )
    .order();
  joined.each(function (mark) {
    const fresh = entered.has(this);
    applyAttrs(this, mark, fresh ? 0 : duration);
    if (mark.children) join(this, mark.children, fresh ? 0 : duration);
  });
}

/**
 * Draws `scene` into the SVG drawn at build time, moving marks that exist in both states with
 * D3 transitions (none when `duration` is 0, as under reduced motion).
 */
export function renderScene(svg: SVGSVGElement, scene: Scene, duration: number): void {
  svg.setAttribute("viewBox", `0 0 ${scene.width} ${scene.height}`);
  svg.setAttribute("width", String(scene.width));
  svg.setAttribute("height", String(scene.height));
  join(svg, scene.marks, duration);
}
