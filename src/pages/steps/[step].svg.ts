// Each story step's chart as an image file (src/story/stepImage.ts), which the story page
// loads lazily only where it shows it: without the scroll mode.
import type { APIRoute } from "astro";
import { renderChart, DEFAULT_SIZE } from "../../charts/index.ts";
import { chartInputs } from "../../data/chartInputs.ts";
import { chartTitle } from "../../data/chartMeta.ts";
import { NARROW_SIZE } from "../../embed/embedHeight.ts";
import { claims } from "../../data/index.ts";
import { loadStory } from "../../story/loadStory.ts";
import { stepImage } from "../../story/stepImage.ts";
import { storyChartInputs } from "../../story/storyChartInputs.ts";

export function getStaticPaths() {
  const ledger = chartInputs();
  const { steps, notes } = loadStory(process.cwd(), claims, ledger);
  const inputs = storyChartInputs(ledger, steps, notes);
  // Each step at the page's size and at a phone's: `<id>.svg` and `<id>-narrow.svg`.
  const sizes = [
    { suffix: "", size: DEFAULT_SIZE },
    { suffix: "-narrow", size: NARROW_SIZE },
  ];
  return steps.flatMap((step) =>
    sizes.map(({ suffix, size }) => ({
      params: { step: `${step.id}${suffix}` },
      props: {
        svg: stepImage(
          renderChart(step.chart, inputs[step.chart] as never, step.state as never, size),
          chartTitle(step.chart),
        ),
      },
    })),
  );
}

export const GET: APIRoute = ({ props }) =>
  new Response(props.svg as string, { headers: { "content-type": "image/svg+xml" } });
