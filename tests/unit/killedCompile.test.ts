// Issue 11, part 2: SIGKILL at random moments of the compiler's write phase never leaves a
// mixed data/, and the next run cleans up whatever the killed run left.
import { cp, rename } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { recoverFolder } from "../../src/compile/atomicSwap.ts";
import { editFile, fingerprint, makeFixture, runCompiler } from "../support/fixture.ts";
import {
  killDuringWrite,
  killTrial,
  leftovers,
  measureWriteWindow,
  resetData,
  WRITE_DELAY_MS,
} from "../support/killCompile.ts";

const TRIALS = 50;

test(
  `data/ is the old or the new output, whole, after SIGKILL at ${TRIALS} random moments of the write`,
  { timeout: 240_000 },
  async () => {
    const root = await makeFixture();
    const data = join(root, "data");
    const oldOutput = await fingerprint(data);
    const oldCopy = join(root, "old-output");
    await cp(data, oldCopy, { recursive: true });
    // A changed title changes claims.json and the timeline, so the two outputs differ.
    await editFile(root, "seeds/claims/events.yaml", (t) => t.replace(/(\n {2}title: )/, "$1Changed "));
    expect(runCompiler(root, ["--out", join(root, "new-output")]).code).toBe(0);
    const newOutput = await fingerprint(join(root, "new-output"));
    expect(newOutput).not.toEqual(oldOutput);
    const outputs = { old: oldOutput, new: newOutput };

    // Measure the write phase once (on a reset data/), then aim the kills across it and a little past it.
    const window = await measureWriteWindow(root, () => resetData(root, oldCopy));

    const seen = { old: 0, new: 0, midWrite: 0, betweenRenames: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      const result = await killTrial(root, oldCopy, outputs, window);
      // "absent" only between the swap's two renames, when the old output waits whole beside it.
      expect(["old", "new", "absent"]).toContain(result.afterKill);
      expect(["old", "new"]).toContain(result.recovered);
      expect(result.leftAfterRecovery).toEqual([]);
      seen[result.recovered as "old" | "new"]++;
      if (result.midWrite) seen.midWrite++;
      if (result.afterKill === "absent") seen.betweenRenames++;
    }
    console.log(
      `write phase ${window.toFixed(0)} ms (${WRITE_DELAY_MS} ms pause per file); ${TRIALS} kills: ${seen.old} left the old output, ${seen.new} the new; ${seen.midWrite} struck mid-write, ${seen.betweenRenames} between the swap's renames`,
    );
    // The kill moments really spanned the write phase.
    expect(seen.midWrite).toBeGreaterThan(0);
    expect(seen.new).toBeGreaterThan(0);

    // A leftover of a killed run, then a whole run: nothing temporary remains.
    await killDuringWrite(root, 2 * WRITE_DELAY_MS);
    expect(runCompiler(root).code).toBe(0);
    expect(await fingerprint(data)).toEqual(newOutput);
    expect(await leftovers(root)).toEqual([]);
    expect(Object.keys(await fingerprint(data)).filter((f) => f.includes(".tmp"))).toEqual([]);
  },
);

test("a run killed between the swap's two renames gets its old data/ back; a live run's folder is left alone", async () => {
  const root = await makeFixture();
  const data = join(root, "data");
  const before = await fingerprint(data);
  const deadPid = 99_999_999; // above Linux's pid_max: no such process
  await cp(data, join(root, `data.tmp-${deadPid}`), { recursive: true });
  await cp(data, join(root, `data.tmp-${process.pid}`), { recursive: true });
  await rename(data, join(root, `data.old-${deadPid}`));

  const done = await recoverFolder(data);
  expect(done).toEqual([
    `restored data/ from data.old-${deadPid}/, left by a run that was stopped mid-swap`,
    `removed data.tmp-${deadPid}/, left by a run that was stopped`,
  ]);
  expect(await fingerprint(data)).toEqual(before);
  expect(await leftovers(root)).toEqual([`data.tmp-${process.pid}`]);
});
