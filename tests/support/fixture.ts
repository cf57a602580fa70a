// A throwaway copy of seeds/ with a good data/ beside it, for tests that break inputs on purpose.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
export const cli = join(projectRoot, "src/compile/cli.ts");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run compile`'s entry point on `root`, as a user would, with the same Node. */
export function runCompiler(root: string, extraArgs: string[] = []): CliRun {
  const run = spawnSync(process.execPath, [cli, "--root", root, ...extraArgs], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * A temporary project root holding a copy of seeds/ and the content files (the story, its
 * locale), with no data/: enough for `compile(root)` in-process.
 */
export async function copyInputs(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "quiet-exit-"));
  await cp(join(projectRoot, "seeds"), join(root, "seeds"), { recursive: true });
  for (const file of ["story.yaml", "locale.yaml", "interface.yaml", "sources-page.yaml"])
    await cp(join(projectRoot, "src/content", file), join(root, "src/content", file));
  return root;
}

/** A temporary project root holding a copy of seeds/ and the content files, and the data/ a
 * good compile makes of them. */
export async function makeFixture(): Promise<string> {
  const root = await copyInputs();
  const run = runCompiler(root);
  if (run.code !== 0) throw new Error(`the fixture's first compile failed:\n${run.stderr}`);
  return root;
}

/** Rewrites one file of the fixture. */
export async function editFile(root: string, path: string, change: (text: string) => string): Promise<void> {
  const file = join(root, path);
  const before = await readFile(file, "utf8");
  const after = change(before);
  if (after === before) throw new Error(`the edit to ${path} changed nothing`);
  await writeFile(file, after);
}

/** Edits a seed's text and records its new hash, so only the effect under test remains. */
export async function editSeedKeepingHash(root: string, file: string, change: (text: string) => string): Promise<void> {
  const oldHash = createHash("sha256")
    .update(await readFile(join(root, "seeds", file)))
    .digest("hex");
  await editFile(root, `seeds/${file}`, change);
  const newHash = createHash("sha256")
    .update(await readFile(join(root, "seeds", file)))
    .digest("hex");
  await editFile(root, "seeds/sources.yaml", (text) => text.replace(oldHash, newHash));
}

/** Every file under `dir` with its sha256, to prove a failed compile changed nothing. */
export async function fingerprint(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const result: Record<string, string> = {};
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(entry.parentPath, entry.name);
    result[relative(dir, path)] = createHash("sha256")
      .update(await readFile(path))
      .digest("hex");
  }
  return result;
}
