// Each chart, at each step of the story, as the SVG a reader without JavaScript gets. A change
// to a chart shows up here as a diff; update with `npx vitest run -u` once it looks right.
import { describe, expect, test } from "vitest";
import { DEFAULT_SIZE, renderChart } from "../../src/charts/registry.ts";
import { sceneToSvg } from "../../src/charts/sceneToSvg.ts";
import { inputs, storyModel } from "../support/story.ts";

/** One element per line, so a snapshot diff points at the mark that moved. */
function pretty(svg: string): string {
  return svg.replace(/></g, ">\n<") + "\n";
}

describe("chart snapshots", () => {
  for (const step of storyModel.steps) {
    test(`${step.chart} at step "${step.id}"`, async () => {
      const scene = renderChart(step.chart, inputs[step.chart] as never, step.state as never, DEFAULT_SIZE);
      await expect(pretty(sceneToSvg(scene))).toMatchFileSnapshot(
        `../snapshots/${step.chart}/${String(step.index + 1).padStart(2, "0")}-${step.id}.svg`,
      );
    });
  }
});
