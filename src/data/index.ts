// The compiled data, typed. Pages import facts only from here, never from seeds/.
import type { CompiledClaim } from "../schema/index.ts";
import type { SourcesData } from "../compile/shapeSources.ts";
import type { TimelineData } from "../compile/shapeTimeline.ts";
import type { ChartsData } from "../compile/shapeCharts.ts";
import claimsJson from "../../data/claims.json";
import sourcesJson from "../../data/sources.json";
import timelineJson from "../../data/charts/timeline.json";
import exportDeclinesJson from "../../data/charts/export-declines.json";
import otherLedgerJson from "../../data/charts/other-ledger.json";

// JSON imports are typed loosely by TypeScript; the compiler wrote them with these shapes.
export const claims = claimsJson.claims as CompiledClaim[];
export const sources = sourcesJson as SourcesData;
export const timeline = timelineJson as TimelineData;
export const charts: ChartsData = {
  "export-declines": exportDeclinesJson as ChartsData["export-declines"],
  "other-ledger": otherLedgerJson as ChartsData["other-ledger"],
};

const byId = new Map(claims.map((c) => [c.id, c]));

/** The compiled claim with this id; throws at build time if a page names one that does not exist. */
export function claim(id: string): CompiledClaim {
  const found = byId.get(id);
  if (!found) throw new Error(`No compiled claim "${id}" in data/claims.json`);
  return found;
}
