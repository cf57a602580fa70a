// SIGKILL during the compiler's write phase, for tests/unit/killedCompile.test.ts and `npm run faults`.
import { spawn } from "node:child_process";
import { cp, readdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { recoverFolder } from "../../src/compile/atomicSwap.ts";
import { cli, fingerprint } from "./fixture.ts";

/** Per file: ten files and the swap make a write phase of some 55 to 110 ms. */
export const WRITE_DELAY_MS = 5;

/**
 * Starts the compiler on `root` and kills it `afterMs` after it says it has begun writing
 * (never, for Infinity). Resolves with how long the write phase lasted when not killed.
 */
export function killDuringWrite(root: string, afterMs: number): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, "--root", root], {
      env: { ...process.env, QUIET_EXIT_WRITE_DELAY_MS: String(WRITE_DELAY_MS) },
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

export const leftovers = async (root: string) => (await readdir(root)).filter((name) => /^data\.(tmp|old)-/.test(name));
export type Fingerprint = Record<string, string>;

export interface Trial {
  /** data/ right after the kill: the old output, the new one, or absent (killed between the swap's renames). */
  afterKill: "old" | "new" | "absent" | "mixed";
  /** A temporary folder was left: the kill struck mid-write. */
  midWrite: boolean;
  /** data/ once the next run's recovery has run. */
  recovered: "old" | "new" | "mixed";
  leftAfterRecovery: string[];
}

/** Puts the old output back in data/. */
export async function resetData(root: string, oldCopy: string): Promise<void> {
  await rm(join(root, "data"), { recursive: true, force: true });
  await cp(oldCopy, join(root, "data"), { recursive: true });
}

/** The write phase's length: the median of three whole runs (the machine's load varies). */
export async function measureWriteWindow(root: string, reset: () => Promise<unknown>): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    await reset();
    runs.push(await killDuringWrite(root, Infinity));
  }
  return runs.sort((a, b) => a - b)[1]!;
}

/** One trial: reset data/ to `oldCopy`, kill the compiler at a random moment of the write (or just after), recover. */
export async function killTrial(
  root: string,
  oldCopy: string,
  outputs: { old: Fingerprint; new: Fingerprint },
  windowMs: number,
): Promise<Trial> {
  const data = join(root, "data");
  await resetData(root, oldCopy);
  await killDuringWrite(root, Math.random() * 1.5 * windowMs);
  const which = (print: Fingerprint | null) =>
    print === null
      ? "absent"
      : JSON.stringify(print) === JSON.stringify(outputs.old)
        ? "old"
        : JSON.stringify(print) === JSON.stringify(outputs.new)
          ? "new"
          : "mixed";
  const afterKill = which(await fingerprint(data).catch(() => null));
  const midWrite = (await leftovers(root)).some((n) => n.startsWith("data.tmp-"));
  await recoverFolder(data);
  const recovered = which(await fingerprint(data).catch(() => null));
  return {
    afterKill,
    midWrite,
    recovered: recovered === "absent" ? "mixed" : recovered,
    leftAfterRecovery: await leftovers(root),
  };
}
