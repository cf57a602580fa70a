import { fillIn, words } from "../../lib/words.ts";
import type { LedgerRow } from "../../schema/index.ts";

/** "China's exports to Russia, March 2022 against February 2022: down 27%": each panel names its own periods. */
export function changeLabel(row: LedgerRow, level: LedgerRow | undefined): string {
  const w = words().charts;
  return fillIn(w.otherLedger.change, {
    label: row.label,
    period: row.comparison ? fillIn(w.otherLedger.period, { period: row.comparison }) : "",
    change: fillIn(w.change[row.signed < 0 ? "down" : "up"], { display: row.display }),
    level: level ? fillIn(w.otherLedger.level, { display: level.display }) : "",
  });
}

/** "China's trade with Russia: 2% of China's total trade". */
export function shareLabel(row: LedgerRow): string {
  return fillIn(words().charts.otherLedger.share, { label: row.label, display: row.display });
}
