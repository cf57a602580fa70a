// Issue 11, part 2: SIGKILL at random moments of the compiler's write phase never leaves a
// mixed data/, and the next run cleans up whatever the killed run left.
import { spawn } from "node:child_process";
import { cp, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { recoverFolder } from "../../src/compile/atomicSwap.ts";
import { cli, editFile, fingerprint, makeFixture, runCompiler } from "../support/fixture.ts";

const TRIALS = 50;
const DELAY_MS = 5; // per file: nine files and the swap make a write phase of about 50 ms

/**
 * Starts the compiler and kills it `afterMs` after it says it has begun writing (never, for
 * Infinity). Resolves with how long the write phase lasted when it was not killed.
 */
function killDuringWrite(root: string, afterMs: number): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, "--root", root], {
      env: { ...process.env, QUIET_EXIT_WRITE_DELAY_MS: String(DELAY_MS) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let writing = 0;
    child.stderr.once("data", () => {
      writing = performance.now();
      if (Number.isFinite(afterMs)) setTimeout(() => child.kill("SIGKILL"), afterMs);
    });
    child.on("exit", () => done(performance.now() - writing));
  });
}

const fingerprintOrNull = (dir: string) => fingerprint(dir).catch(() => null);
const leftovers = async (root: string) => (await readdir(root)).filter((name) => /^data\.(tmp|old)-/.test(name));

test(`data/ is the old or the new output, whole, after SIGKILL at ${TRIALS} random moments of the write`, { timeout: 240_000 }, async () => {
  const root = await makeFixture();
  const data = join(root, "data");
  const oldOutput = await fingerprint(data);
  await cp(data, join(root, "old-output"), { recursive: true });
  // A changed title changes claims.json and the timeline, so the two outputs differ.
  await editFile(root, "seeds/claims/events.yaml", (t) => t.replace(/(\n  title: )/, "$1Changed "));
  expect(runCompiler(root, ["--out", join(root, "new-output")]).code).toBe(0);
  const newOutput = await fingerprint(join(root, "new-output"));
  expect(newOutput).not.toEqual(oldOutput);

  const reset = async () => {
    await rm(data, { recursive: true, force: true });
    await cp(join(root, "old-output"), data, { recursive: true });
  };
  // Measure the write phase once, then aim the kills across it and a little past its end.
  await reset();
  const window = await killDuringWrite(root, Infinity);

  const seen = { old: 0, new: 0, midWrite: 0, betweenRenames: 0 };
  for (let trial = 0; trial < TRIALS; trial++) {
    await reset();
    await killDuringWrite(root, Math.random() * 1.2 * window);

    const after = await fingerprintOrNull(data);
    const left = await leftovers(root);
    if (after === null) {
      // Killed between the two renames of the swap: the old output is whole beside it.
      seen.betweenRenames++;
      expect(left.filter((n) => n.startsWith("data.old-"))).toHaveLength(1);
    } else {
      expect([oldOutput, newOutput]).toContainEqual(after);
      if (left.some((n) => n.startsWith("data.tmp-"))) seen.midWrite++;
    }
    // What the next run does first.
    await recoverFolder(data);
    const recovered = await fingerprint(data);
    expect([oldOutput, newOutput]).toContainEqual(recovered);
    seen[recovered["claims.json"] === newOutput["claims.json"] ? "new" : "old"]++;
    expect(await leftovers(root)).toEqual([]);
  }
  console.log(`write phase ${window.toFixed(0)} ms; ${TRIALS} kills: ${seen.old} left the old output, ${seen.new} the new; ${seen.midWrite} struck mid-write, ${seen.betweenRenames} between the swap's renames`);
  // The kill moments really spanned the write phase.
  expect(seen.midWrite).toBeGreaterThan(0);
  expect(seen.new).toBeGreaterThan(0);

  // A leftover of a killed run, and then a whole run: nothing temporary remains.
  await killDuringWrite(root, 2 * DELAY_MS);
  expect(runCompiler(root).code).toBe(0);
  expect(await fingerprint(data)).toEqual(newOutput);
  expect(await leftovers(root)).toEqual([]);
  expect(Object.keys(await fingerprint(data)).filter((f) => f.includes(".tmp"))).toEqual([]);
});

test("a run killed between the swap's two renames gets its old data/ back; a live run's folder is left alone", async () => {
  const root = await makeFixture();
  const data = join(root, "data");
  const before = await fingerprint(data);
  const deadPid = 99_999_999; // above Linux's pid_max: no such process
  await cp(data, join(root, `data.tmp-${deadPid}`), { recursive: true });
  await cp(data, join(root, `data.tmp-${process.pid}`), { recursive: true });
  await rename(data, join(root, `data.old-${deadPid}`));

  const done = await recoverFolder(data);
  expect(done).toEqual([`restored data/ from data.old-${deadPid}/, left by a run that was stopped mid-swap`, `removed data.tmp-${deadPid}/, left by a run that was stopped`]);
  expect(await fingerprint(data)).toEqual(before);
  expect(await leftovers(root)).toEqual([`data.tmp-${process.pid}`]);
});
