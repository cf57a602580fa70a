// The reference build comes without .gz files; a copy of it gets them, written by the same
// code as the project's own build (src/build/precompress.ts), so both are served alike.
import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { precompressFile, TEXT_FILE } from "../../src/build/precompress.ts";

export async function precompressedCopy(dir: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), "quiet-exit-reference-"));
  await cp(dir, copy, { recursive: true });
  for (const file of (await readdir(copy, { recursive: true })).filter((f) => TEXT_FILE.test(f)))
    await precompressFile(join(copy, file));
  return copy;
}
