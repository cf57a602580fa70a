// The compiled data, read through its schemas (src/schema/compiled.ts). Pages import facts only
// from here, never from seeds/ or the compiler.
import claimsJson from "../../data/claims.json";
import reportJson from "../../data/report.json";
import sourcesJson from "../../data/sources.json";
import timelineJson from "../../data/charts/timeline.json";
import exportDeclinesJson from "../../data/charts/export-declines.json";
import otherLedgerJson from "../../data/charts/other-ledger.json";
import type { CompiledClaim } from "../schema/index.ts";
import { readData } from "./readData.ts";

export const claims = readData("claims.json", claimsJson).claims;
export const sources = readData("sources.json", sourcesJson);
export const report = readData("report.json", reportJson);
export const timeline = readData("charts/timeline.json", timelineJson);
export const charts = {
  "export-declines": readData("charts/export-declines.json", exportDeclinesJson),
  "other-ledger": readData("charts/other-ledger.json", otherLedgerJson),
};

const byId = new Map(claims.map((c) => [c.id, c]));

/** The compiled claim with this id; throws at build time if a page names one that does not exist. */
export function claim(id: string): CompiledClaim {
  const found = byId.get(id);
  if (!found) throw new Error(`No compiled claim "${id}" in data/claims.json`);
  return found;
}
