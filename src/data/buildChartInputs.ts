import { untypedCharts, type ChartInputs } from "../charts/registry.ts";

/**
 * What each chart needs, from its compiled file. Kept apart from index.ts (which reads data/)
 * so the compile step can check the story against the data it is about to write.
 */
export function buildChartInputs(files: Record<string, unknown>): ChartInputs {
  return Object.fromEntries(untypedCharts.map((c) => [c.id, c.inputs(files[c.id])])) as ChartInputs;
}
