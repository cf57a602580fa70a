// `npm run bench:compile`: how long the compile step takes, as a user runs it and in-process.
// Prints figures only; timings are never asserted in tests.
import { spawnSync } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "../../src/compile/compile.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const RUNS = 10;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const out = await mkdtemp(join(tmpdir(), "quiet-exit-bench-"));
const cli: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, "src/compile/cli.ts"), "--root", root, "--out", out]);
  if (run.status !== 0) throw new Error(run.stderr.toString());
  cli.push(performance.now() - started);
}

const inProcess: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  await compile(root);
  inProcess.push(performance.now() - started);
}

console.log(`compile step, ${RUNS} runs each (node ${process.version}):`);
console.log(
  `  npm run compile (whole process, Node start-up included): median ${median(cli).toFixed(0)} ms, max ${Math.max(...cli).toFixed(0)} ms`,
);
console.log(
  `  compile() in process: first ${inProcess[0]!.toFixed(0)} ms, then median ${median(inProcess.slice(1)).toFixed(0)} ms`,
);
