import type { Mark, Scene } from "../charts/scene.ts";

/** The top and bottom, in the scene's units, of everything drawn for the highlighted events. */
export function activeExtent(scene: Scene): [number, number] | null {
  const ys: number[] = [];
  const collect = (m: Mark) => {
    const a = m.attrs;
    // A wrapped label's lines go down by their dy from its first baseline.
    const lines = m.tag === "text" ? (m.children ?? []).reduce((sum, t) => sum + Number(t.attrs.dy ?? 0), 0) : 0;
    if (typeof a.y === "number") ys.push(a.y, a.y + (typeof a.height === "number" ? a.height : lines));
    if (typeof a.cy === "number" && typeof a.r === "number") ys.push(a.cy - a.r, a.cy + a.r);
    m.children?.forEach(collect);
  };
  const walk = (m: Mark) => (m.tag === "a" && String(m.attrs.class).includes("is-active") ? collect(m) : m.children?.forEach(walk));
  scene.marks.forEach(walk);
  // A text's y is its baseline; a few pixels either side keep its letters in view.
  return ys.length ? [Math.min(...ys) - 16, Math.max(...ys) + 8] : null;
}

/**
 * On a phone the timeline runs down the page and is taller than the sticky graphic, so its
 * canvas scrolls (global.css). Each step brings its own events into the middle of the canvas;
 * a canvas that fits its chart is left alone.
 */
export function followActive(canvas: HTMLElement, scene: Scene, smooth: boolean): void {
  if (canvas.scrollHeight <= canvas.clientHeight + 1) return;
  const extent = activeExtent(scene);
  if (!extent) return;
  const scale = canvas.clientWidth / scene.width;
  const [top, bottom] = [extent[0] * scale, extent[1] * scale];
  const room = canvas.clientHeight;
  const target = bottom - top > room ? top : (top + bottom) / 2 - room / 2;
  canvas.scrollTo({ top: Math.max(0, target), behavior: smooth ? "smooth" : "instant" });
}
