import { untypedChart, type ChartKey } from "../charts/registry.ts";
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

type Links = { prefix: string; target?: "_blank" };

/** The chart at a step, at a size; `notes` sets where its links (the timeline's events) point. */
export function sceneAt(chart: ChartKey, step: StoryStep, size: Size, notes?: Links): Scene {
  const { links, render } = untypedChart(chart);
  return render(links && notes ? links(inputs[chart], notes) : inputs[chart], step.state, size);
}

export { inputs as embedInputs };
