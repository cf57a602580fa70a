// What the build hands the story's script: every step's chart state as finished geometry (a
// Scene, see src/charts/scene.ts), drawn once per width bucket. The browser never computes a
// chart; it picks the bucket nearest its canvas and lets the SVG's viewBox scale the rest.
import type { ChartKey } from "../charts/index.ts";
import type { Scene } from "../charts/scene.ts";

export interface SceneStep {
  id: string;
  chart: ChartKey;
  section: string;
  scene: Scene;
}

export interface SceneSet {
  /** The width every scene was drawn at; the height follows each chart's content. */
  width: number;
  steps: SceneStep[];
}

/**
 * The widths the build draws (the canvas is clamped to 280–760). Neighbours are at most about
 * a quarter apart, so the picked bucket is within about 12% of the canvas and text scales little.
 */
export const SCENE_WIDTHS = [280, 340, 420, 520, 640, 760];

/** The bucket nearest `width` by ratio, among `widths`. */
export function nearestWidth(width: number, widths: number[] = SCENE_WIDTHS): number {
  const off = (w: number) => Math.abs(Math.log(w / width));
  return widths.reduce((best, w) => (off(w) < off(best) ? w : best));
}

/** Where a bucket's scenes are, relative to the story page: JSON, and (for file://) a script. */
export const sceneSetPath = (width: number, ext: "json" | "js") => `scenes/${width}.${ext}`;

/** The function a scenes script (the file:// edition) calls with its scene set. */
export const SCENES_CALLBACK = "quietExitScenes";
