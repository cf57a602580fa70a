// What the build hands the story's script: every step's chart state as finished geometry (a
// Scene, see src/charts/scene.ts), drawn once per width bucket. The browser never computes a
// chart; it picks the widest bucket that fits its canvas and lets the SVG's viewBox scale it up.
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
 * The widths the build draws (the canvas is clamped to 280–760), at most about 15% apart. A
 * canvas gets the widest bucket that fits it, scaled up to fill it: labels are never shrunk
 * below the size they were laid out at, and a chart narrower than 600 px on screen is drawn in
 * its narrow layout (the timeline runs down the page below 600 px).
 */
export const SCENE_WIDTHS = [280, 320, 360, 420, 480, 540, 600, 680, 760];

/** The widest bucket no wider than `width`, among `widths` (the narrowest if none fits). */
export function bucketWidth(width: number, widths: number[] = SCENE_WIDTHS): number {
  const sorted = [...widths].sort((a, b) => a - b);
  return sorted.filter((w) => w <= width).at(-1) ?? sorted[0]!;
}

/** Where a bucket's scenes are, relative to the story page: JSON, and (for file://) a script. */
export const sceneSetPath = (width: number, ext: "json" | "js") => `scenes/${width}.${ext}`;

/** The function a scenes script (the file:// edition) calls with its scene set. */
export const SCENES_CALLBACK = "quietExitScenes";
