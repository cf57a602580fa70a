// Build time: the story's chart states as Scenes at one width, through the charts' one public
// entry (renderChart), so the browser receives geometry, not chart code.
import { renderChart } from "../charts/index.ts";
import { chartInputs } from "../data/chartInputs.ts";
import { claims } from "../data/index.ts";
import type { SceneSet } from "../scrolly/sceneSet.ts";
import { loadStory } from "../story/loadStory.ts";
import { storyChartInputs } from "../story/storyChartInputs.ts";

const cache = new Map<number, SceneSet>();

/** Every step's scene at `width` (the JSON and the script of a bucket share one rendering). */
export function storyScenes(width: number): SceneSet {
  const done = cache.get(width);
  if (done) return done;
  const ledger = chartInputs();
  const { steps, notes } = loadStory(process.cwd(), claims, ledger);
  // As on the page: the story's charts hold what it cites, so the scenes a reader fetches grow
  // with the story, not with the ledger.
  const inputs = storyChartInputs(ledger, steps, notes);
  const set: SceneSet = {
    width,
    // The height passed is the default canvas's; the charts size their height to their content.
    steps: steps.map(({ id, chart, section, state }) => ({
      id,
      chart,
      section,
      scene: renderChart(chart, inputs[chart] as never, state as never, { width, height: 420 }),
    })),
  };
  cache.set(width, set);
  return set;
}

/** JSON for a <script> or a file: "<" escaped, so no "</script" can end a block early. */
export function sceneSetJson(set: SceneSet): string {
  return JSON.stringify(set).replace(/</g, "\\u003c");
}
