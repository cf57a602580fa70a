import { articlesCell as articles, caveatCell, type Cell, type ChartTable } from "../table.ts";
import { fillIn, words } from "../../lib/words.ts";
import type { OtherLedgerData } from "./data.ts";

/** "down 27%" for a change in percent, "2% of China's total trade" for a share, a level as reported. */
function figure(cell: Cell, row: Record<string, Cell>): string {
  const display = String(cell);
  if (row.role === "share") return fillIn(words().charts.otherLedger.shareOf, { display });
  if (row.unit !== "percent") return display;
  return fillIn(words().charts.change[Number(row.number) < 0 ? "down" : "up"], { display });
}

/** The months a figure compares; a share's period, which the article does not give, said so. */
const period = (cell: Cell, row: Record<string, Cell>) =>
  cell === null && row.role === "share" ? words().charts.otherLedger.noPeriod : String(cell ?? "");

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
      { key: "comparison", heading: heading.comparison, show: period },
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
