// `npm run faults`: injects every fault of issue 11 into throwaway copies of the project and
// prints what happened and whether anything was lost, as a Markdown table (README "Reliability").
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compile } from "../../src/compile/compile.ts";
import { BAD_INPUTS } from "../support/badInputs.ts";
import { cli, editFile, fingerprint, makeFixture, runCompiler } from "../support/fixture.ts";
import { killTrial, measureWriteWindow, resetData } from "../support/killCompile.ts";
import { absoluteUrls, makeProjectCopy, runBuild } from "../support/projectCopy.ts";

const TRIALS = Number(process.env.FAULT_TRIALS ?? 50);
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
const hook = pathToFileURL(join(import.meta.dirname, "peakMemory.ts")).href;
const rows: string[][] = [];
const row = (...cells: string[]) => {
  rows.push(cells.map((c) => c.replace(/\|/g, "\\|").replace(/\n/g, " ")));
  console.error(`done: ${cells[0]}`);
};
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const clip = (text: string, n = 270) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** The compiler on `root`, with its exit code, wall time, peak memory and first error line. */
async function compileMeasured(root: string) {
  const peakFile = join(await mkdtemp(join(tmpdir(), "quiet-exit-peak-")), "kb");
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--import", hook, cli, "--root", root], {
    encoding: "utf8",
    env: { ...process.env, QUIET_EXIT_PEAK_FILE: peakFile },
  });
  const ms = performance.now() - started;
  const peakMb = Number(await readFile(peakFile, "utf8")) / 1024;
  const message =
    run.stderr
      .split("\n")
      .find((l) => l.startsWith("  - "))
      ?.slice(4) ?? run.stderr.trim();
  // The same compile in this process, timed without Node's start-up: how fast the refusal is.
  const inStarted = performance.now();
  await compile(root).catch(() => undefined);
  const inProcessMs = performance.now() - inStarted;
  return { code: run.status, ms, inProcessMs, peakMb, message, stack: STACK_FRAME.test(run.stderr) };
}

// 0. No fault, for comparison.
{
  const run = await compileMeasured(await makeFixture());
  row(
    "none (a normal compile, for comparison)",
    `exit ${run.code}; ${secs(run.ms)} (in-process ${secs(run.inProcessMs)}), peak ${run.peakMb.toFixed(0)} MB`,
    "nothing",
  );
}

// 1. Each hostile input, on its own fresh fixture.
for (const bad of BAD_INPUTS) {
  const root = await makeFixture();
  const before = await fingerprint(join(root, "data"));
  await bad.apply(root);
  const run = await compileMeasured(root);
  const kept = JSON.stringify(await fingerprint(join(root, "data"))) === JSON.stringify(before);
  const what = `exit ${run.code}${run.stack ? ", STACK TRACE" : ""}; ${secs(run.ms)} (in-process ${secs(run.inProcessMs)}), peak ${run.peakMb.toFixed(0)} MB: ${clip(run.message)}`;
  row(bad.name, what, kept ? "nothing: data/ unchanged" : "DATA/ CHANGED");
}

// 2. SIGKILL at random moments of the compiler's write phase.
{
  const root = await makeFixture();
  const oldCopy = join(root, "old-output");
  await cp(join(root, "data"), oldCopy, { recursive: true });
  await editFile(root, "seeds/claims/events.yaml", (t) => t.replace(/(\n {2}title: )/, "$1Changed "));
  runCompiler(root, ["--out", join(root, "new-output")]);
  const outputs = { old: await fingerprint(oldCopy), new: await fingerprint(join(root, "new-output")) };
  const window = await measureWriteWindow(root, () => resetData(root, oldCopy));
  const count = { old: 0, new: 0, absent: 0, mixed: 0, midWrite: 0, leftover: 0, recoveredBad: 0 };
  for (let i = 0; i < TRIALS; i++) {
    const trial = await killTrial(root, oldCopy, outputs, window);
    count[trial.afterKill]++;
    if (trial.midWrite) count.midWrite++;
    if (trial.leftAfterRecovery.length > 0) count.leftover++;
    if (trial.recovered === "mixed") count.recoveredBad++;
  }
  const final = runCompiler(root);
  const temp = (await readdir(root)).filter((n) => /^data\.(tmp|old)-/.test(n));
  row(
    `compile killed with SIGKILL during its write phase (${TRIALS} random moments over ${window.toFixed(0)} ms)`,
    `data/ was the old output ${count.old} times, the new one ${count.new}, mixed ${count.mixed}; absent between the swap's renames ${count.absent} (restored by the next run); ${count.midWrite} kills struck mid-write`,
    count.mixed + count.recoveredBad + count.leftover === 0 && final.code === 0 && temp.length === 0
      ? "nothing: each time whole old or new output, no temporary file after the next run"
      : `LOST: ${count.mixed} mixed, ${count.leftover} with leftovers, ${temp.length} left at the end`,
  );
}

// 3. Builds, in a copy of the whole project.
{
  const root = await makeProjectCopy();
  const good = runBuild(root);
  const warnings = good.output.match(/SITE_URL is not set[^\n]*/g) ?? [];
  const urls = await absoluteUrls(join(root, "dist"));
  row(
    "build without SITE_URL",
    `exit ${good.code}, ${secs(good.ms)}; ${warnings.length} warning: ${clip(warnings[0] ?? "", 120)}`,
    urls.length === 0
      ? "nothing: no absolute URL, no placeholder host in any page"
      : `WROTE ${urls.length} absolute URLs: ${urls[0]}`,
  );
  const index = await readFile(join(root, "dist/index.html"));
  const page = join(root, "src/pages/sources/index.astro");
  await writeFile(
    page,
    (await readFile(page, "utf8")).replace(/^---\n/, '---\nthrow new Error("broken on purpose");\n'),
  );
  const broken = runBuild(root);
  const same = (await readFile(join(root, "dist/index.html"))).equals(index);
  const temp = (await readdir(root)).filter((n) => /^dist\.(tmp|old)-/.test(n));
  const said = broken.output.split("\n").find((l) => l.startsWith("build failed")) ?? "";
  row(
    "build fails (a page throws)",
    `exit ${broken.code}, ${secs(broken.ms)}: ${said}`,
    same && temp.length === 0 ? "nothing: dist/index.html unchanged, no temporary folder" : "LOST: dist/ changed",
  );
}

console.log("| fault | what happened | lost |\n| --- | --- | --- |");
for (const cells of rows) console.log(`| ${cells.join(" | ")} |`);
