import { articlesCell as articles, caveatCell, type Cell, type ChartTable } from "../table.ts";
import { fillIn, words } from "../../lib/words.ts";
import type { OtherLedgerData } from "./data.ts";

/** "down 27%" for a change in percent; a level or a share as reported. */
const figure = (cell: Cell, row: Record<string, Cell>) =>
  row.role !== "share" && row.unit === "percent"
    ? fillIn(words().charts.change[Number(row.number) < 0 ? "down" : "up"], { display: String(cell) })
    : String(cell);

/** Every figure of the ledger, a change's level ("to $8.9bn") on a row of its own. */
export function rows(data: OtherLedgerData): ChartTable {
  const caveat = caveatCell(data.caveats);
  const { caption, columns: heading } = words().charts.tables.otherLedger;
  return {
    caption,
    columns: [
      { key: "claim" },
      { key: "label", heading: heading.label },
      { key: "role" },
      { key: "value" },
      { key: "number" },
      { key: "qualifier" },
      { key: "unit" },
      { key: "as_reported", heading: heading.as_reported, show: figure },
      { key: "measured" },
      { key: "comparison", heading: heading.comparison },
      { key: "sources", heading: heading.sources, show: articles },
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
