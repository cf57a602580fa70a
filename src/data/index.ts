// The compiled data, read through its schemas (src/schema/compiled.ts, and each chart's own).
// Pages import facts only from here, never from seeds/ or the compiler.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import claimsJson from "../../data/claims.json";
import reportJson from "../../data/report.json";
import sourcesJson from "../../data/sources.json";
import { charts as registry, type ChartKey } from "../charts/registry.ts";
import type { CompiledClaim } from "../schema/index.ts";
import { readData, type DataOf } from "./readData.ts";

export const claims = readData("claims.json", claimsJson).claims;
export const sources = readData("sources.json", sourcesJson);
export const report = readData("report.json", reportJson);

/** Each chart's file in data/charts/, by chart id: the registry decides which files there are. */
export type ChartFiles = { [K in ChartKey]: DataOf<`charts/${K}.json`> };
export const charts = Object.fromEntries(
  registry.map((c) => {
    const file = `charts/${c.id}.json` as const;
    return [c.id, readData(file, JSON.parse(readFileSync(join(process.cwd(), "data", file), "utf8")))];
  }),
) as ChartFiles;

const byId = new Map(claims.map((c) => [c.id, c]));

/** The compiled claim with this id; throws at build time if a page names one that does not exist. */
export function claim(id: string): CompiledClaim {
  const found = byId.get(id);
  if (!found) throw new Error(`No compiled claim "${id}" in data/claims.json`);
  return found;
}
