// A fixture whose inputs a test breaks on purpose, and the check that the compiler refused them
// loudly (exit code, the message's fragments, no stack trace) and left data/ byte for byte.
import { join } from "node:path";
import { beforeEach, expect } from "vitest";
import { compile } from "../../src/compile/compile.ts";
import { CompileFailure } from "../../src/compile/CompileError.ts";
import { copyInputs, fingerprint, makeFixture, runCompiler } from "./fixture.ts";

// Under `npm run mutation` the compiler's mutants live only in the test process, so a spawned
// CLI would run the unmutated code: there the refusal is checked in-process only (see vitest.mutation.config.ts).
const inProcessOnly = process.env.QUIET_EXIT_IN_PROCESS === "1";

/** The message `compile(root)` refuses the inputs with, called as a library. */
async function refusal(root: string): Promise<string> {
  const error = await compile(root).then(
    () => new Error("compile(root) accepted the broken inputs"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CompileFailure);
  return (error as CompileFailure).message;
}

/** Registers a fresh fixture before each test; returns its root and the refusal check. */
export function brokenFixture() {
  const state = { root: "", before: {} as Record<string, string> };
  beforeEach(async () => {
    state.root = inProcessOnly ? await copyInputs() : await makeFixture();
    state.before = inProcessOnly ? {} : await fingerprint(join(state.root, "data"));
  });
  async function expectRefused(...fragments: string[]): Promise<string> {
    const message = await refusal(state.root);
    for (const fragment of fragments) expect(message).toContain(fragment);
    if (inProcessOnly) return message;
    const run = runCompiler(state.root);
    expect(run.code).not.toBe(0);
    for (const fragment of fragments) expect(run.stderr).toContain(fragment);
    expect(run.stderr).toContain("was left as it was");
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(await fingerprint(join(state.root, "data"))).toEqual(state.before);
    return run.stderr;
  }
  return { root: () => state.root, expectRefused };
}
