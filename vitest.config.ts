import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // Bad-input tests spawn the compiler CLI; give a loaded 2-core machine some room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
