import { articlesCell as articles, caveatCell, type Cell, type ChartTable } from "../table.ts";
import type { OtherLedgerData } from "./data.ts";

/** "down 27%" for a change in percent; a level or a share as reported. */
const figure = (cell: Cell, row: Record<string, Cell>) =>
  row.role !== "share" && row.unit === "percent" ? `${Number(row.number) < 0 ? "down" : "up"} ${cell}` : String(cell);

/** Every figure of the ledger, a change's level ("to $8.9bn") on a row of its own. */
export function rows(data: OtherLedgerData): ChartTable {
  const caveat = caveatCell(data.caveats);
  return {
    caption: "China's trade with Russia: the figures the sources give",
    columns: [
      { key: "claim" },
      { key: "label", heading: "Measure" },
      { key: "role" },
      { key: "value" },
      { key: "number" },
      { key: "qualifier" },
      { key: "unit" },
      { key: "as_reported", heading: "Figure", show: figure },
      { key: "measured" },
      { key: "comparison", heading: "Compared with" },
      { key: "sources", heading: "Articles", show: articles },
      { key: "caveat" },
    ],
    rows: data.rows.map((r) => ({
      claim: r.claim,
      label: r.label,
      role: r.role,
      value: r.value,
      number: r.signed,
      qualifier: r.qualifier,
      unit: r.unit,
      as_reported: r.display,
      measured: r.basis,
      comparison: r.comparison,
      sources: r.seeds.join(" "),
      caveat,
    })),
  };
}
