import type { Scene } from "../charts/scene.ts";

const pending = new WeakMap<HTMLElement, number>();

/**
 * On a phone the timeline runs down the page and is taller than the sticky graphic, so its
 * canvas scrolls (critical.css). Each step brings the band its chart is about (the scene's focus)
 * into the middle of the canvas; a canvas that fits its chart is left alone.
 *
 * The canvas is measured in the next frame, not now: the step change has just rewritten the
 * chart, and reading its size at once would force a layout in the middle of the scroll handler
 * (up to 20 ms at 4× CPU slowdown), which the frame would then do again. In the frame callback
 * that layout is the one the frame needs anyway. Only the last step of a frame is followed.
 */
export function followActive(canvas: HTMLElement, scene: Scene, smooth: boolean): void {
  cancelAnimationFrame(pending.get(canvas) ?? 0);
  const focus = scene.focus;
  if (!focus) return;
  pending.set(
    canvas,
    requestAnimationFrame(() => {
      const room = canvas.clientHeight;
      if (canvas.scrollHeight <= room + 1) return;
      const scale = canvas.clientWidth / scene.width;
      const [top, bottom] = focus.map((y) => y * scale) as [number, number];
      canvas.scrollTo({
        top: Math.max(0, bottom - top > room ? top : (top + bottom - room) / 2),
        behavior: smooth ? "smooth" : "instant",
      });
    }),
  );
}
