import type { LedgerRow } from "../../schema/index.ts";

/** "China's exports to Russia, March 2022 against February 2022: down 27%": each panel names its own periods. */
export function changeLabel(row: LedgerRow, level: LedgerRow | undefined): string {
  const to = level ? `, to ${level.display}` : "";
  const period = row.comparison ? `, ${row.comparison}` : "";
  return `${row.label}${period}: ${row.signed < 0 ? "down" : "up"} ${row.display}${to}`;
}

/** "China's trade with Russia: 2% of China's total trade". */
export function shareLabel(row: LedgerRow): string {
  return `${row.label}: ${row.display} of China's total trade`;
}
