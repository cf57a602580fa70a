// Each story step's chart as an image file (src/story/stepImage.ts), which the story page
// loads lazily only where it shows it: without the scroll mode.
import type { APIRoute } from "astro";
import { renderChart, DEFAULT_SIZE } from "../../charts/index.ts";
import { chartInputs } from "../../data/chartInputs.ts";
import { chartTitle } from "../../data/chartMeta.ts";
import { claims } from "../../data/index.ts";
import { loadStory } from "../../story/loadStory.ts";
import { stepImage } from "../../story/stepImage.ts";
import { storyChartInputs } from "../../story/storyChartInputs.ts";

export function getStaticPaths() {
  const ledger = chartInputs();
  const { steps, notes } = loadStory(process.cwd(), claims, ledger);
  const inputs = storyChartInputs(ledger, steps, notes);
  return steps.map((step) => ({
    params: { step: step.id },
    props: { svg: stepImage(renderChart(step.chart, inputs[step.chart] as never, step.state as never, DEFAULT_SIZE), chartTitle(step.chart)) },
  }));
}

export const GET: APIRoute = ({ props }) => new Response(props.svg as string, { headers: { "content-type": "image/svg+xml" } });
