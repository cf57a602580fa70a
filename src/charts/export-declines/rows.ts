import { articlesCell as articles, caveatCell, type Cell, type ChartTable } from "../table.ts";
import { fillIn, words } from "../../lib/words.ts";
import type { ExportDeclinesData } from "./data.ts";
import { wordedOtherwise } from "./labels.ts";

/** "Telecom base stations (Article 000 words it: “…telecommunications equipment…”)". */
const category = (cell: Cell, row: Record<string, Cell>) =>
  row.worded_otherwise
    ? fillIn(words().charts.tables.wordedOtherwise, { category: String(cell), others: String(row.worded_otherwise) })
    : String(cell);

/**
 * Every figure of the chart, one row per version a source gives. A figure the articles give in
 * words ("almost two-thirds") has no number of its own: `change_percent` stays empty and
 * `as_reported` carries the words. Articles that hedge it differently get a row each.
 */
export function rows(data: ExportDeclinesData): ChartTable {
  const caveat = caveatCell(data.caveats);
  const { caption, columns: heading } = words().charts.tables.exportDeclines;
  return {
    caption,
    columns: [
      { key: "claim" },
      { key: "category", heading: heading.category, show: category },
      { key: "worded_otherwise" },
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
      // A row per wording, so "almost two-thirds" and "nearly two-thirds" each name their article.
      row.variants.flatMap((v) =>
        v.worded.map((w) => ({
          claim: row.claim,
          category: row.label,
          // How articles that name the category in other words put it, as the chart's notes say.
          worded_otherwise: wordedOtherwise(row).join("; ") || null,
          role: row.role,
          variant: v.value,
          change_percent: v.spelled ? null : v.signed,
          qualifier: v.qualifier,
          as_reported: w.display,
          measured: row.basis,
          from_month: v.from,
          to_month: v.to,
          sources: w.seeds.join(" "),
          caveat,
        })),
      ),
    ),
  };
}
