// The story's charts: the one list that the compiler, the pages, the embeds, the downloads and
// the tests iterate over. A new chart is its folder, its entry in seeds/charts.yaml, and one
// line here (README, "Adding a chart"). The first is the story's lead chart (its share card).
import type { Chart } from "./chart.ts";
import type { Scene, Size } from "./scene.ts";
import exportDeclines from "./export-declines/index.ts";
import otherLedger from "./other-ledger/index.ts";
import timeline from "./timeline/index.ts";

export const charts = [exportDeclines, otherLedger, timeline] as const;

export type AnyChart = (typeof charts)[number];
export type ChartKey = AnyChart["id"];
export type ChartOf<K extends ChartKey> = Extract<AnyChart, { id: K }>;
/** What chart K's drawing needs (from its file in data/charts/). */
export type InputsOf<K extends ChartKey> = Parameters<ChartOf<K>["render"]>[0];
/** A story step's state for chart K. */
export type StateOf<K extends ChartKey> = Parameters<ChartOf<K>["render"]>[1];
/** Chart K's file in data/charts/. */
export type FileOf<K extends ChartKey> = Parameters<ChartOf<K>["inputs"]>[0];
export type ChartInputs = { [K in ChartKey]: InputsOf<K> };

/**
 * The charts with their data, state and file types forgotten, for code that only hands a
 * chart's own values back to it (the compiler, the loaders, the downloads).
 */
export type UntypedChart = Chart<string, unknown, unknown, unknown>;
export const untypedCharts: readonly UntypedChart[] = [...charts];

/** The chart with this id, its types forgotten (see UntypedChart). */
export function untypedChart(id: string): UntypedChart {
  return chartById(id as ChartKey);
}

export const CHART_KEYS: ChartKey[] = charts.map((c) => c.id);

/** The chart with this id; throws naming the id when none is registered. */
export function chartById<K extends ChartKey>(id: K): ChartOf<K> {
  const found = charts.find((c) => c.id === id);
  if (!found) throw new Error(`src/charts/registry.ts has no chart "${id}"`);
  return found as ChartOf<K>;
}

/** Renders any chart by id, keeping the data and state types tied to the id. */
export function renderChart<K extends ChartKey>(id: K, data: InputsOf<K>, state: StateOf<K>, size: Size): Scene {
  return untypedChart(id).render(data, state, size);
}

/** The size charts are drawn at in the HTML; the browser redraws them at the real size. */
export const DEFAULT_SIZE: Size = { width: 640, height: 420 };
