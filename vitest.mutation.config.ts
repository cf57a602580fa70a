// The unit tests as `npm run mutation` (Stryker) runs them. Stryker switches mutants on inside
// the test process, so tests that only spawn the compiler or the build cannot see them: they are
// left out here (they still run in `npm test`), and the refusal tests check the compiler in-process.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.ts";

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ["tests/unit/build.test.ts", "tests/unit/killedCompile.test.ts", "tests/unit/hostileInput.test.ts", "tests/unit/seeds.test.ts"],
      env: { QUIET_EXIT_IN_PROCESS: "1" },
    },
  }),
);
