import { untypedChart, type ChartInputs } from "../charts/registry.ts";
import type { StoryStep } from "./loadStory.ts";

/**
 * The chart data the story page draws: only the claims the story cites or a step's state names.
 * The ledger can grow (a newsroom keeps adding claims: `npm run bench:scale` copies each one
 * ten times), but a claim the story never mentions is never revealed or highlighted, so on the
 * story it would only be weight: hidden rows in every chart and rows in the data tables. Its
 * embed pages, data files and the sources page still carry the whole ledger. Each chart says
 * how to keep only some claims (`only` in its build.ts), so no chart is named here.
 */
export function storyChartInputs(
  ledger: ChartInputs,
  steps: readonly StoryStep[],
  notes: readonly string[],
): ChartInputs {
  const named = new Set(notes);
  for (const step of steps) {
    const refs = untypedChart(step.chart).refs?.(step.state, ledger[step.chart]);
    for (const id of refs?.ids ?? []) named.add(id);
  }
  const kept = Object.entries(ledger).map(([id, data]) => [id, untypedChart(id).only?.(data, named) ?? data]);
  return Object.fromEntries(kept) as ChartInputs;
}
