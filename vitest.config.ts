import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // The charts and credit lines print the locale's words, which src/content/ui.ts loads.
    setupFiles: ["tests/setup/words.ts"],
    // Bad-input tests spawn the compiler CLI; give a loaded 2-core machine some room.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
