import type { Mark, Scene } from "../charts/scene.ts";
import { setAttrs } from "./tween.ts";

const SVG_NS = "http://www.w3.org/2000/svg";

/** The join key: the same for a mark and for the element drawn from it (data-key, set below or at build time). */
const keyOf = (tag: string, key: string | null) => `${tag}:${key}`;

/**
 * Joins `marks` into `parent` by key: marks present in both states move to their new
 * attributes; new marks appear in place (sliding in from the origin would mislead); marks the
 * state no longer has go. Children without a data-key are left alone.
 */
function join(parent: Element, marks: Mark[], duration: number): void {
  const old = new Map<string, Element>();
  for (const child of parent.children)
    if (child.hasAttribute("data-key")) old.set(keyOf(child.tagName, child.getAttribute("data-key")), child);
  let previous: Element | null = null;
  for (const mark of marks) {
    const key = keyOf(mark.tag, mark.key);
    let element = old.get(key);
    const fresh = !element;
    if (element) old.delete(key);
    else {
      element = document.createElementNS(SVG_NS, mark.tag);
      element.setAttribute("data-key", mark.key);
    }
    // In the state's order, moving an element only where it is out of place.
    const next: Element | null = previous ? previous.nextElementSibling : parent.firstElementChild;
    if (next !== element) parent.insertBefore(element, next);
    previous = element;
    setAttrs(element, mark.attrs, fresh ? 0 : duration);
    if (mark.text !== undefined) {
      if (element.childElementCount || element.textContent !== mark.text) element.textContent = mark.text;
    } else {
      // A label that wraps into lines (tspans) replaces the single line of text it had before.
      for (const node of [...element.childNodes]) if (node.nodeType === Node.TEXT_NODE) node.remove();
      join(element, mark.children ?? [], fresh ? 0 : duration);
    }
  }
  for (const gone of old.values()) gone.remove();
}

/**
 * Draws `scene` into the SVG drawn at build time, moving marks that exist in both states over
 * `duration` ms (none when it is 0, as under reduced motion).
 */
export function renderScene(svg: SVGSVGElement, scene: Scene, duration: number): void {
  setAttrs(svg, { viewBox: `0 0 ${scene.width} ${scene.height}`, width: scene.width, height: scene.height }, 0);
  join(svg, scene.marks, duration);
}
