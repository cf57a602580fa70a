// The unit tests as `npm run mutation` (Stryker) runs them. Stryker switches mutants on inside
// the test process, so tests that spawn the compiler or the build cannot see them; and on a
// shared 2-core machine the tests that compile the project (or a fixture per test) make a run
// take hours. Both are left out here (they still run in `npm test`), so the score is a lower
// bound: it counts what the direct unit tests of each function detect.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.ts";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        "tests/unit/build.test.ts",
        "tests/unit/killedCompile.test.ts",
        "tests/unit/hostileInput.test.ts",
        "tests/unit/badInput.test.ts",
        "tests/unit/truthRules.test.ts",
        "tests/unit/seeds.test.ts",
        // These compile the whole project in a test: each surviving mutant would pay for it.
        "tests/unit/coverage.test.ts",
        "tests/unit/compiled.test.ts",
        // These read the source files' text, which Stryker's instrumented copies change.
        "tests/unit/noTypedInterface.test.ts",
        "tests/unit/noTypedFacts.test.ts",
        "tests/unit/boundaries.test.ts",
      ],
    },
  }),
);
