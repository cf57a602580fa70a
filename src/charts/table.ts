// A chart's data as one table. The CSV in data/ and the embed's downloads write every column;
// the HTML data table shows the columns that have a heading, in words a reader expects.
import { articleList } from "../lib/credit.ts";

export type Cell = string | number | null;

export interface Column {
  /** The CSV header, and the key of each row's cell. */
  key: string;
  /** The HTML table's heading; a column without one is in the downloads only. */
  heading?: string;
  /** How the HTML table words the cell ("articles 001 and 003" for "001 003"); as-is by default. */
  show?: (cell: Cell, row: Record<string, Cell>) => string;
}

export interface ChartTable {
  /** The HTML table's caption. */
  caption: string;
  columns: Column[];
  rows: Record<string, Cell>[];
}

/** The HTML data table: a caption, headings and the cells' words. */
export interface ReaderTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** The table a reader sees: the columns with a heading, each cell worded for reading. */
export function readerTable(table: ChartTable): ReaderTable {
  const shown = table.columns.filter((c) => c.heading !== undefined);
  return {
    caption: table.caption,
    columns: shown.map((c) => c.heading!),
    rows: table.rows.map((row) =>
      shown.map((c) => (c.show ? c.show(row[c.key] ?? null, row) : String(row[c.key] ?? ""))),
    ),
  };
}

/** The chart's caveats as one cell that travels with every row into a spreadsheet. */
export function caveatCell(caveats: { title: string; statement: string }[]): string {
  return caveats.map((c) => `${c.title}: ${c.statement}`).join(" ");
}

/** A cell of seed ids ("001 003") as a reader reads it: "articles 001 and 003". */
export const articlesCell = (cell: Cell) => articleList(String(cell ?? "").split(" "));
