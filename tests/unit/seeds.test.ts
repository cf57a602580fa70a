import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { projectRoot } from "../support/fixture.ts";

// The shared copy sits beside the repository on developers' machines and in CI.
const shared = join(projectRoot, "../shared/seeds");

describe("seeds/", () => {
  test.runIf(existsSync(shared))(
    "keeps the five articles verbatim, under the same names as ../shared/seeds",
    async () => {
      const names = (await readdir(shared)).filter((f) => f.endsWith(".txt")).sort();
      expect(names).toHaveLength(5);
      expect((await readdir(join(projectRoot, "seeds"))).filter((f) => f.endsWith(".txt")).sort()).toEqual(names);
      for (const name of names) {
        expect(await readFile(join(projectRoot, "seeds", name))).toEqual(await readFile(join(shared, name)));
      }
    },
  );
});
