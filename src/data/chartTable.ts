import { untypedChart, type ChartKey, type InputsOf } from "../charts/registry.ts";
import type { ChartTable } from "../charts/table.ts";

/** The chart's one table (its `rows`), from which its CSV, its JSON download and its HTML table come. */
export function chartTable<K extends ChartKey>(chart: K, data: InputsOf<K>): ChartTable {
  return untypedChart(chart).rows(data);
}
