import type { CompiledCitation, Corroboration } from "../schema/index.ts";

/**
 * Which articles support a claim, and which reports they credit for it. Five articles relaying
 * one WSJ story are five witnesses to the relay, not five independent sources.
 */
export function corroborate(citations: CompiledCitation[]): Corroboration {
  const seeds = [...new Set(citations.map((c) => c.seed))].sort();
  const reports = [...new Set(citations.flatMap((c) => c.credits.map((credit) => credit.report)))].sort();
  const origins = reports.map((report) => ({
    report,
    seeds: [...new Set(citations.filter((c) => c.credits.some((k) => k.report === report)).map((c) => c.seed))].sort(),
  }));
  return { seeds, count: seeds.length, origins };
}
