// Issue 11, part 4: each hostile input gets one clear message (file, line, field), no stack
// trace, and data/ stays as it was. The cases live in tests/support/badInputs.ts.
import { join } from "node:path";
import { expect, test } from "vitest";
import { BAD_INPUTS } from "../support/badInputs.ts";
import { fingerprint, makeFixture, runCompiler } from "../support/fixture.ts";

// A V8 stack frame: "    at readYaml (file:///…/loadYaml.ts:12:3)".
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

test.each(BAD_INPUTS)(
  "$name is refused with one message, no stack trace, and data/ kept",
  async ({ apply, expect: fragments }) => {
    const root = await makeFixture();
    const before = await fingerprint(join(root, "data"));
    await apply(root);
    const run = runCompiler(root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("1 problem in the inputs:");
    for (const fragment of fragments) expect(run.stderr).toContain(fragment);
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(await fingerprint(join(root, "data"))).toEqual(before);
  },
);
