import { CompileError } from "../io/CompileError.ts";
import { CHARTS_FILE } from "./readInputs.ts";
import type { ScaledRow } from "../charts/chart.ts";
import { untypedCharts } from "../charts/registry.ts";
import type { ChartsData } from "./shapeCharts.ts";

/**
 * Refuses a chart that puts figures of different bases on one scale: a month-on-month change
 * beside a year-on-year one, or a change in value beside one whose measure is not stated.
 */
export function checkChartBases(charts: ChartsData, errors: CompileError[]): void {
  for (const { id, scales } of untypedCharts) {
    if (!scales) continue;
    const chart = scales(charts[id as keyof ChartsData]);
    const firstOnScale = new Map<string, ScaledRow>();
    for (const row of chart.rows.filter((r) => r.scale !== "label")) {
      const location = { file: CHARTS_FILE, kind: "chart", id, field: `rows[${row.claim}]` } as const;
      if (!(row.scale in chart.axes)) {
        errors.push(
          new CompileError(
            { ...location, field: `axes.${row.scale}` },
            `claim "${row.claim}" is drawn on scale "${row.scale}", which has no axis title`,
          ),
        );
      }
      if (row.bases && row.bases.length > 1) {
        errors.push(
          new CompileError(
            location,
            `claim "${row.claim}" draws versions of different bases on one bar: ${row.bases.join("; ")}`,
          ),
        );
      }
      const first = firstOnScale.get(row.scale);
      if (!first) firstOnScale.set(row.scale, row);
      else if (first.basis !== row.basis) {
        errors.push(
          new CompileError(
            location,
            `claim "${row.claim}" (${row.basis}) shares a scale with claim "${first.claim}" (${first.basis}); figures of different bases need scales of their own`,
          ),
        );
      }
    }
  }
}
