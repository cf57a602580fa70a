import type { CompileReport, CompiledClaim, CoverageMention } from "../schema/index.ts";

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The numbers the compile step prints and writes to data/report.json. */
export function buildReport(
  claims: CompiledClaim[],
  mentions: CoverageMention[],
  seeds: number,
  namings: CompileReport["namings"] = [],
): CompileReport {
  const counts = claims.map((c) => c.corroboration.count).sort((a, b) => a - b);
  const citations = claims.reduce(
    (n, c) => n + c.citations.length + c.values.reduce((m, v) => m + v.citations.length, 0),
    0,
  );
  const count = (status: CoverageMention["status"]) => mentions.filter((m) => m.status === status).length;
  return {
    claims: claims.length,
    citations,
    seeds,
    sourcesPerClaim: {
      min: counts[0] ?? 0,
      median: median(counts),
      max: counts.at(-1) ?? 0,
      single: claims.filter((c) => c.corroboration.count === 1).map((c) => c.id),
    },
    conflicts: claims.flatMap((c) => c.conflict ?? []),
    namings,
    coverage: {
      mentions: mentions.length,
      used: count("used"),
      ignored: count("ignored"),
      excluded: count("excluded"),
      uncovered: mentions.filter((m) => m.status === "uncovered"),
    },
  };
}

/** The short report printed after a successful compile. */
export function formatReport(report: CompileReport, elapsedMs: number): string {
  const { sourcesPerClaim: spc, coverage: cov } = report;
  const lines = [
    `compiled ${report.claims} claims with ${report.citations} citations from ${report.seeds} seeds in ${elapsedMs.toFixed(0)} ms`,
    `sources per claim: min ${spc.min}, median ${spc.median}, max ${spc.max}; single-source: ${spc.single.length} (${spc.single.join(", ")})`,
    `conflicts: ${report.conflicts.length}`,
    ...report.conflicts.map((c) => `  - [${c.kind}] ${c.summary}`),
    ...report.namings.map(
      (n) => `  - [naming] ${n.label}: ${n.wordings.map((w) => `article ${w.seed} says “${w.quote}”`).join("; ")}`,
    ),
    `coverage: ${cov.mentions} figures and dates in the seeds: ${cov.used} used by claims, ${cov.ignored} in ignored parts, ${cov.excluded} excluded, ${cov.uncovered.length} uncovered`,
    ...cov.uncovered.map(
      (m) =>
        `  - uncovered: seed ${m.seed} "${m.text}" (add a claim that quotes it, or list it in seeds/exclusions.yaml)`,
    ),
  ];
  return lines.join("\n");
}
