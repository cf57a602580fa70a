import { comparisonLabel } from "../lib/formatMonth.ts";
import type { ChartData, ChartId, ChartSpec, CompiledClaim, CompiledNumber, ExportDeclineRow, LedgerRow } from "../schema/index.ts";
import { otherWordings } from "./labelWording.ts";
import { renderText as renderStatement } from "../story/renderText.ts";

function numbers(claim: CompiledClaim): CompiledNumber[] {
  return claim.values.filter((v): v is CompiledNumber => v.type === "number");
}

/** The claims that feed `chart`, in the order the curated files list them. */
function feeding(chart: ChartId, claims: CompiledClaim[], order: string[]) {
  return claims
    .flatMap((claim) => claim.charts.filter((c) => c.chart === chart).map((entry) => ({ claim, entry })))
    .sort((a, b) => order.indexOf(a.claim.id) - order.indexOf(b.claim.id));
}

/** What a number is measured against: "value, 2022-03 against 2022-02". Two rows share a scale only if this agrees. */
export function basisOf(n: CompiledNumber): string {
  const period = n.comparison ? `${n.comparison.to} against ${n.comparison.from}` : "no comparison";
  return `${n.measure} of ${n.measured ?? "unstated"} (${n.unit}), ${period}`;
}

function exportDeclineRows(claims: CompiledClaim[], order: string[]): ExportDeclineRow[] {
  return feeding("export-declines", claims, order).map(({ claim, entry }) => {
    const changes = numbers(claim).filter((n) => n.measure === "change");
    const variants = changes.map((n) => ({
      value: n.id,
      signed: n.signed,
      qualifier: n.qualifier,
      spelled: n.spelled,
      display: n.display,
      from: n.comparison?.from ?? null,
      to: n.comparison?.to ?? null,
      seeds: n.seeds,
    }));
    const signed = variants.map((v) => v.signed);
    const role = entry.role === "total" ? "total" : "category";
    return {
      claim: claim.id,
      label: entry.label,
      role,
      // The total's basis differs from the categories' (one article says "in value"), so it gets its own scale.
      scale: role,
      basis: basisOf(changes[0]!),
      bases: [...new Set(changes.map(basisOf))],
      otherWordings: otherWordings(entry.label, changes.flatMap((n) => n.citations)) ?? [],
      variants,
      low: Math.min(...signed),
      high: Math.max(...signed),
    };
  });
}

function ledgerRows(claims: CompiledClaim[], order: string[]): LedgerRow[] {
  return feeding("other-ledger", claims, order).flatMap(({ claim, entry }) =>
    numbers(claim).map((n) => ({
      claim: claim.id,
      label: entry.label,
      role: entry.role as LedgerRow["role"],
      // Each part of the ledger compares different periods, so each is drawn on its own scale.
      // A level ("to $8.9bn") is printed beside its change, not drawn against an axis.
      scale: n.measure === "level" ? "label" : `${entry.role}:${n.unit}`,
      basis: basisOf(n),
      value: n.id,
      signed: n.signed,
      unit: n.unit,
      qualifier: n.qualifier,
      display: n.display,
      comparison: n.comparison ? comparisonLabel(n.comparison) : null,
      seeds: n.seeds,
    })),
  );
}

export interface ChartsData {
  "export-declines": ChartData<ExportDeclineRow>;
  "other-ledger": ChartData<LedgerRow>;
}

/** Each chart's rows, built only from compiled claims, so a chart cannot show an unsourced number. */
export function shapeCharts(specs: ChartSpec[], claims: CompiledClaim[], order: string[]): ChartsData {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const meta = (id: ChartId) => {
    const spec = specs.find((s) => s.id === id)!;
    const render = (text: string) => renderStatement(text, byId, `seeds/charts.yaml, chart "${id}"`);
    const caveats = spec.caveats.map((c) => byId.get(c)!).map((c) => ({ claim: c.id, title: c.title, statement: c.statement }));
    const axes = Object.fromEntries(Object.entries(spec.axes).map(([scale, text]) => [scale, render(text)]));
    return { id, title: render(spec.title), description: render(spec.description), caveats, axes };
  };
  return {
    "export-declines": { ...meta("export-declines"), rows: exportDeclineRows(claims, order) },
    "other-ledger": { ...meta("other-ledger"), rows: ledgerRows(claims, order) },
  };
}
