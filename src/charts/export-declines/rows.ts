import { articlesCell as articles, caveatCell, type ChartTable } from "../table.ts";
import { fillIn, words } from "../../lib/words.ts";
import type { ExportDeclinesData } from "./data.ts";

/**
 * Every figure of the chart, one row per version a source gives. A figure the articles give in
 * words ("almost two-thirds") has no number of its own: `change_percent` stays empty and
 * `as_reported` carries the words.
 */
export function rows(data: ExportDeclinesData): ChartTable {
  const caveat = caveatCell(data.caveats);
  const { caption, columns: heading } = words().charts.tables.exportDeclines;
  return {
    caption,
    columns: [
      { key: "claim" },
      { key: "category", heading: heading.category },
      { key: "role" },
      { key: "variant" },
      { key: "change_percent" },
      { key: "qualifier" },
      {
        key: "as_reported",
        heading: heading.as_reported,
        show: (cell) => fillIn(words().charts.change.down, { display: String(cell) }),
      },
      { key: "measured" },
      { key: "from_month" },
      { key: "to_month" },
      { key: "sources", heading: heading.sources, show: articles },
      { key: "caveat" },
    ],
    rows: data.rows.flatMap((row) =>
      row.variants.map((v) => ({
        claim: row.claim,
        category: row.label,
        role: row.role,
        variant: v.value,
        change_percent: v.spelled ? null : v.signed,
        qualifier: v.qualifier,
        as_reported: v.display,
        measured: row.basis,
        from_month: v.from,
        to_month: v.to,
        sources: v.seeds.join(" "),
        caveat,
      })),
    ),
  };
}
