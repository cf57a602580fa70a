// The story's charts by id. Each is a pure function of (data, state, size) returning a Scene
// with its text alternative. Data tables live in tables.ts, which the browser never needs.
import { exportDeclines, type ExportDeclinesData, type ExportDeclinesState } from "./exportDeclines.ts";
import { otherLedger, type OtherLedgerData, type OtherLedgerState } from "./otherLedger.ts";
import type { Scene, Size } from "./scene.ts";
import { timeline, type TimelineChartData, type TimelineState } from "./timeline.ts";

export interface ChartTypes {
  "export-declines": { data: ExportDeclinesData; state: ExportDeclinesState };
  "other-ledger": { data: OtherLedgerData; state: OtherLedgerState };
  timeline: { data: TimelineChartData; state: TimelineState };
}

export type ChartKey = keyof ChartTypes;

export interface ChartModule<K extends ChartKey> {
  render(data: ChartTypes[K]["data"], state: ChartTypes[K]["state"], size: Size): Scene;
  /** "group" when the chart holds links a reader can reach (the timeline's events). */
  role: "img" | "group";
}

export const chartModules: { [K in ChartKey]: ChartModule<K> } = {
  "export-declines": { render: exportDeclines, role: "img" },
  "other-ledger": { render: otherLedger, role: "img" },
  timeline: { render: timeline, role: "group" },
};

export type ChartInputs = { [K in ChartKey]: ChartTypes[K]["data"] };

/** The size charts are drawn at in the HTML; the browser redraws them at the real size. */
export const DEFAULT_SIZE: Size = { width: 640, height: 420 };

/** Renders any chart by id, keeping the data and state types tied to the id. */
export function renderChart<K extends ChartKey>(id: K, data: ChartInputs[K], state: ChartTypes[K]["state"], size: Size): Scene {
  return (chartModules[id] as ChartModule<K>).render(data, state, size);
}
