import { charts as registry, type ChartKey, type FileOf } from "../charts/registry.ts";
import type { ChartWords, ShapeInput } from "../charts/chart.ts";
import type { ChartSpec, CompiledClaim, CompiledNumber } from "../schema/index.ts";
import { renderText as renderStatement } from "../story/renderText.ts";
import { otherWordings } from "./labelWording.ts";

/** What a number is measured against: "value, 2022-03 against 2022-02". Two rows share a scale only if this agrees. */
export function basisOf(n: CompiledNumber): string {
  const period = n.comparison ? `${n.comparison.to} against ${n.comparison.from}` : "no comparison";
  return `${n.measure} of ${n.measured ?? "unstated"} (${n.unit}), ${period}`;
}

/** Each chart's file in data/charts/, by chart id (src/charts/registry.ts). */
export type ChartsData = { [K in ChartKey]: FileOf<K> };

/** The chart's entry in seeds/charts.yaml with its references rendered to words. */
function specWords(spec: ChartSpec, byId: Map<string, CompiledClaim>): ChartWords & { id: string } {
  const render = (text: string) => renderStatement(text, byId, `seeds/charts.yaml, chart "${spec.id}"`);
  const caveats = spec.caveats
    .map((c) => byId.get(c)!)
    .map((c) => ({ claim: c.id, title: c.title, statement: c.statement }));
  const axes = Object.fromEntries(Object.entries(spec.axes).map(([scale, text]) => [scale, render(text)]));
  return { id: spec.id, title: render(spec.title), description: render(spec.description), caveats, axes };
}

/** Each registered chart's file, shaped by the chart itself from compiled claims only. */
export function shapeCharts(specs: ChartSpec[], claims: CompiledClaim[], order: string[]): ChartsData {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const ordered = [...claims].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return Object.fromEntries(
    registry.map((chart) => {
      const spec = specs.find((s) => s.id === chart.id);
      const input: ShapeInput = {
        claims: ordered,
        feeding: ordered.flatMap((claim) =>
          claim.charts.filter((c) => c.chart === chart.id).map((entry) => ({ claim, entry })),
        ),
        spec: spec ? specWords(spec, byId) : null,
        basisOf,
        otherWordings,
      };
      return [chart.id, chart.shape(input)];
    }),
  ) as ChartsData;
}
