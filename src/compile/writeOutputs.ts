import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * Writes every file through a temporary sibling and a rename, so a reader (or a crash) never
 * sees a half-written file. Call it only once every file's content is known to be good.
 */
export async function writeOutputs(outDir: string, files: Map<string, string>): Promise<void> {
  const staged: [string, string][] = [];
  for (const [path, content] of files) {
    const target = join(outDir, path);
    const temp = `${target}.tmp-${process.pid}`;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(temp, content);
    staged.push([temp, target]);
  }
  for (const [temp, target] of staged) await rename(temp, target);
}
