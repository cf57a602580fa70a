import { renderChart, type ChartKey } from "../charts/index.ts";
import type { Scene, Size } from "../charts/scene.ts";
import { chartInputs } from "../data/chartInputs.ts";
import { claims } from "../data/index.ts";
import { loadStory, type StoryStep } from "../story/loadStory.ts";

const inputs = chartInputs();
const { story, steps } = loadStory(process.cwd(), claims, inputs);

export const storyCredit = story.credit;
export const storyTitle = story.title;

/** The story steps that show `chart`, in story order: the states an embed can show. */
export function chartStates(chart: ChartKey): StoryStep[] {
  return steps.filter((s) => s.chart === chart);
}

/** The default state of an embed: the chart's last step in the story, which shows the most. */
export function defaultState(chart: ChartKey): StoryStep {
  return chartStates(chart).at(-1)!;
}

/** The chart at a step, at a size; `notes` sets where timeline events link to. */
export function sceneAt(chart: ChartKey, step: StoryStep, size: Size, notes?: { prefix: string; target?: "_blank" }): Scene {
  const data = chart === "timeline" && notes ? { ...inputs.timeline, notes } : inputs[chart];
  return renderChart(chart, data as never, step.state as never, size);
}

export { inputs as embedInputs };
