import { words } from "../../lib/words.ts";
import { describeCaveats } from "../chart.ts";
import type { ExportDeclinesData } from "./data.ts";
import { rowLabel, rowNotes } from "./labels.ts";
import type { ExportDeclinesState } from "./state.ts";

/** The text alternative for a state: the rows shown, each with its figures, sources and basis, and the caveats. */
export function describeExportDeclines(data: ExportDeclinesData, state: ExportDeclinesState): string {
  const shown = data.rows.filter((r) => state.reveal.includes(r.claim));
  const parts = shown.map((r) => [rowLabel(r), ...rowNotes(r)].join(". ") + ` (${data.axes[r.scale] ?? ""})`);
  return [
    shown.length ? parts.join(" ") : words().charts.exportDeclines.noneShown,
    ...describeCaveats(data.caveats),
  ].join(" ");
}
