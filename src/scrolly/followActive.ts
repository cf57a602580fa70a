import type { Scene } from "../charts/scene.ts";

/**
 * On a phone the timeline runs down the page and is taller than the sticky graphic, so its
 * canvas scrolls (critical.css). Each step brings the band its chart is about (the scene's focus)
 * into the middle of the canvas; a canvas that fits its chart is left alone.
 */
export function followActive(canvas: HTMLElement, scene: Scene, smooth: boolean): void {
  const room = canvas.clientHeight;
  if (!scene.focus || canvas.scrollHeight <= room + 1) return;
  const scale = canvas.clientWidth / scene.width;
  const [top, bottom] = scene.focus.map((y) => y * scale) as [number, number];
  canvas.scrollTo({
    top: Math.max(0, bottom - top > room ? top : (top + bottom - room) / 2),
    behavior: smooth ? "smooth" : "instant",
  });
}
