// `npm run mutation` ends here: the mutation score per folder, read from Stryker's JSON report
// (or from the report given as the first argument).
// Score = mutants the tests detect (killed or timed out) / mutants that could be tested
// (also survived and not covered); static mutants Stryker ignores (ignoreStatic) are counted apart.
import { readFileSync } from "node:fs";
import { dirname } from "node:path";

interface Report {
  files: Record<string, { mutants: { status: string }[] }>;
}

const report = JSON.parse(readFileSync(process.argv[2] ?? "reports/mutation/mutation.json", "utf8")) as Report;
const folders = new Map<string, Record<string, number>>();
for (const [path, file] of Object.entries(report.files)) {
  const counts = folders.get(dirname(path)) ?? {};
  for (const { status } of file.mutants) counts[status] = (counts[status] ?? 0) + 1;
  folders.set(dirname(path), counts);
}

const n = (c: Record<string, number>, ...keys: string[]) => keys.reduce((sum, k) => sum + (c[k] ?? 0), 0);
console.log("folder           score  killed  survived  no coverage  ignored (static)");
for (const [folder, c] of [...folders].sort()) {
  const detected = n(c, "Killed", "Timeout");
  const valid = detected + n(c, "Survived", "NoCoverage");
  const score = valid === 0 ? "n/a" : `${((100 * detected) / valid).toFixed(1)}%`;
  console.log(
    `${folder.padEnd(16)} ${score.padStart(6)}  ${String(detected).padStart(6)}  ${String(n(c, "Survived")).padStart(8)}  ${String(n(c, "NoCoverage")).padStart(11)}  ${String(n(c, "Ignored")).padStart(16)}`,
  );
}
