import type { ChartData, ChartId, ChartSpec, CompiledClaim, CompiledNumber, ExportDeclineRow, LedgerRow } from "../schema/index.ts";

function numbers(claim: CompiledClaim): CompiledNumber[] {
  return claim.values.filter((v): v is CompiledNumber => v.type === "number");
}

/** The claims that feed `chart`, in the order the curated files list them. */
function feeding(chart: ChartId, claims: CompiledClaim[], order: string[]) {
  return claims
    .flatMap((claim) => claim.charts.filter((c) => c.chart === chart).map((entry) => ({ claim, entry })))
    .sort((a, b) => order.indexOf(a.claim.id) - order.indexOf(b.claim.id));
}

function exportDeclineRows(claims: CompiledClaim[], order: string[]): ExportDeclineRow[] {
  return feeding("export-declines", claims, order).map(({ claim, entry }) => {
    const variants = numbers(claim)
      .filter((n) => n.measure === "change")
      .map((n) => ({
        value: n.id,
        signed: n.signed,
        qualifier: n.qualifier,
        display: n.display,
        from: n.comparison?.from ?? null,
        to: n.comparison?.to ?? null,
        seeds: n.seeds,
      }));
    const signed = variants.map((v) => v.signed);
    return {
      claim: claim.id,
      label: entry.label,
      role: entry.role === "total" ? "total" : "category",
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
      value: n.id,
      signed: n.signed,
      unit: n.unit,
      display: n.display,
      comparison: n.comparison?.label ?? null,
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
  const meta = (id: ChartId) => {
    const spec = specs.find((s) => s.id === id)!;
    return { id, title: spec.title, description: spec.description, caveats: spec.caveats };
  };
  return {
    "export-declines": { ...meta("export-declines"), rows: exportDeclineRows(claims, order) },
    "other-ledger": { ...meta("other-ledger"), rows: ledgerRows(claims, order) },
  };
}
