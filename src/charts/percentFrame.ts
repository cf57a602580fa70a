// What the two percent charts share: the scale their bars run along and how a scene ends,
// with the caveats drawn below the marks so that every rendering carries them.
import { scaleLinear } from "d3-scale";
import { round, type Mark, type Scene, type Size } from "./scene.ts";
import { caveatMarks } from "./textBlock.ts";

/** Left margin of the bars and their labels. */
export const LEFT = 4;

/** 0–100% across the chart, leaving room at the right for the last tick's label. */
export function percentScale(size: Size) {
  return scaleLinear()
    .domain([0, 100])
    .range([LEFT, size.width - 16]);
}

/** The finished scene: `marks` down to `y`, then the caveats; the height follows the content. */
export function closeScene(
  marks: Mark[],
  caveats: Parameters<typeof caveatMarks>[0],
  y: number,
  size: Size,
  description: string,
): Scene {
  const block = caveatMarks(caveats, LEFT, y, percentScale(size)(100) - LEFT);
  return { width: size.width, height: round(y + block.height), description, marks: [...marks, block.mark] };
}
