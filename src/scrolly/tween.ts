// A tiny tween for SVG attributes, in place of d3-transition: numbers inside an attribute's
// value (a bar's y, a path's d) move from where they are to where the new state puts them; all
// else changes at once. Many SVG geometry attributes (a line's y1, a text's y) are not CSS
// properties, so CSS transitions could move some marks and not others.

/** Attributes that are geometry or opacity; others (a date in data-start, a label) never move. */
const MOVES = new Set([
  "x",
  "y",
  "x1",
  "x2",
  "y1",
  "y2",
  "cx",
  "cy",
  "r",
  "rx",
  "ry",
  "width",
  "height",
  "d",
  "transform",
  "opacity",
  "dx",
  "dy",
]);

const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/** A function from progress (0–1) to the value between `from` and `to`, or null when they do not share a shape. */
export function interpolate(from: string, to: string): ((t: number) => string) | null {
  const a = from.match(NUMBER);
  const b = to.match(NUMBER);
  if (!a || !b || a.length !== b.length || from.replace(NUMBER, "#") !== to.replace(NUMBER, "#")) return null;
  const text = to.split(NUMBER);
  const start = a.map(Number);
  const end = b.map(Number);
  return (t) =>
    text.reduce(
      (out, part, i) =>
        out + (i ? String(Math.round((start[i - 1]! + (end[i - 1]! - start[i - 1]!) * t) * 100) / 100) : "") + part,
      "",
    );
}

/** Slow in, slow out (cubic), as D3 transitions ease by default. */
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

interface Tween {
  start: number;
  duration: number;
  attrs: [name: string, at: (t: number) => string, end: string][];
}

const running = new Map<Element, Tween>();
let scheduled = false;

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(tick);
}

function tick(now: number): void {
  scheduled = false;
  for (const [element, tween] of running) {
    const t = Math.min(1, Math.max(0, (now - tween.start) / tween.duration));
    for (const [name, at, end] of tween.attrs) element.setAttribute(name, t === 1 ? end : at(ease(t)));
    if (t === 1) running.delete(element);
  }
  if (running.size) schedule();
}

/**
 * Sets `attrs` on `element`: over `duration` ms for numbers that change, at once for the rest.
 * A move still running on the element stops where it is, and the new one starts from there.
 */
export function setAttrs(element: Element, attrs: Record<string, string | number>, duration: number): void {
  running.delete(element);
  const moves: Tween["attrs"] = [];
  for (const [name, value] of Object.entries(attrs)) {
    const end = String(value);
    const now = element.getAttribute(name);
    if (now === end) continue;
    const at = duration > 0 && now !== null && MOVES.has(name) ? interpolate(now, end) : null;
    if (at) moves.push([name, at, end]);
    else element.setAttribute(name, end);
  }
  if (!moves.length) return;
  running.set(element, { start: performance.now(), duration, attrs: moves });
  schedule();
}
