import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { recoverFolder, swapFolder, tempFolderFor } from "./atomicSwap.ts";

// For the kill test only (tests/unit/killedCompile.test.ts): a pause after each file and
// before the swap, so SIGKILL can land anywhere in the write phase. Unset, it costs nothing.
const DELAY_MS = Number(process.env.QUIET_EXIT_WRITE_DELAY_MS ?? 0);
const pause = () => (DELAY_MS > 0 ? new Promise((done) => setTimeout(done, DELAY_MS)) : undefined);

/**
 * Writes every file into a temporary folder beside `outDir`, then swaps that folder in, so
 * `outDir` is always either the previous output or the new one, whole, even if the process
 * is killed. Leftovers of a killed run are cleaned (or restored) first. Call it only once
 * every file's content is known to be good.
 */
export async function writeOutputs(outDir: string, files: Map<string, string>): Promise<void> {
  await recoverFolder(outDir);
  const temp = tempFolderFor(outDir);
  await rm(temp, { recursive: true, force: true });
  if (DELAY_MS > 0) console.error(`writing ${files.size} files into ${temp}`);
  for (const [path, content] of files) {
    const target = join(temp, path);
    await mkdir(dirname(target), { recursive: true });
    // flush: the bytes reach the disk before the rename makes them visible.
    await writeFile(target, content, { flush: true });
    await pause();
  }
  await swapFolder(temp, outDir);
}
