import type { ChartKey } from "../charts/registry.ts";
import { chartDescription, chartTitle, sourceLine } from "../data/chartMeta.ts";
import { defaultState, sceneAt, storyCredit } from "./embedCharts.ts";
import type { StoryStep } from "../story/loadStory.ts";
import { suggestedHeight } from "./suggestedHeight.ts";
import { ui } from "../content/ui.ts";

export const NARROW_SIZE = { width: 320, height: 420 };
export const WIDE_SIZE = { width: 640, height: 440 };

export function embedFooter(chart: ChartKey): string {
  return `${sourceLine(chart)}. ${storyCredit}.`;
}

/** The height the embed code suggests for `chart` at `state` (its default state when absent). */
export function embedSuggestedHeight(chart: ChartKey, state: StoryStep = defaultState(chart)): number {
  return suggestedHeight(sceneAt(chart, state, WIDE_SIZE).height, sceneAt(chart, state, NARROW_SIZE).height, {
    title: chartTitle(chart),
    description: chartDescription(chart),
    footer: `${embedFooter(chart)} ${ui.embed.readStory}`,
  });
}
