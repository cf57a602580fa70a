// A fixture whose inputs a test breaks on purpose, and the check that the compiler refused them
// loudly (exit code, the message's fragments, no stack trace) and left data/ byte for byte.
import { join } from "node:path";
import { beforeEach, expect } from "vitest";
import { fingerprint, makeFixture, runCompiler } from "./fixture.ts";

/** Registers a fresh fixture before each test; returns its root and the refusal check. */
export function brokenFixture() {
  const state = { root: "", before: {} as Record<string, string> };
  beforeEach(async () => {
    state.root = await makeFixture();
    state.before = await fingerprint(join(state.root, "data"));
  });
  async function expectRefused(...fragments: string[]): Promise<string> {
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
