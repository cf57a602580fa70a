import { words } from "../../lib/words.ts";
import { describeCaveats } from "../chart.ts";
import type { OtherLedgerData } from "./data.ts";
import { changeLabel, shareLabel } from "./labels.ts";
import type { OtherLedgerState } from "./state.ts";

/** The text alternative: the figures shown in this state with their bases, and the caveats. */
export function describeOtherLedger(data: OtherLedgerData, state: OtherLedgerState): string {
  const parts = data.rows
    .filter((r) => r.scale !== "label" && state.show.includes(r.role))
    .map((r) => {
      const level = data.rows.find((l) => l.claim === r.claim && l.scale === "label");
      const text = r.role === "share" ? shareLabel(r) : changeLabel(r, level);
      return `${text} (${data.axes[r.scale] ?? ""})`;
    });
  return [
    parts.length ? parts.join(" ") : words().charts.otherLedger.nothingShown,
    ...describeCaveats(data.caveats),
  ].join(" ");
}
