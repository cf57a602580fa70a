import { describe, expect, test } from "vitest";
import { compile } from "../../src/compile/compile.ts";
import { copyInputs, editSeedKeepingHash, projectRoot } from "../support/fixture.ts";

describe("coverage", () => {
  test("every figure and date in the seeds is used by a claim, ignored or excluded", async () => {
    const { report, mentions } = await compile(projectRoot);
    expect(report.coverage.uncovered).toEqual([]);
    expect(report.coverage.used).toBeGreaterThan(20);
    // Counted by hand in the five seeds: the relative dates ("last month", "last year") are among them.
    expect(mentions.filter((m) => /^last (month|year)$/i.test(m.text)).map((m) => m.seed)).toEqual([
      "001",
      "003",
      "003",
      "004",
      "004",
    ]);
  });

  test("a figure added to a seed is reported as uncovered", async () => {
    const root = await copyInputs();
    await editSeedKeepingHash(root, "004_8d7c29266ee1bc16.txt", (t) =>
      t.replace("Notably, ", "Their market share reached 35%. Notably, "),
    );
    const { report } = await compile(root);
    expect(report.coverage.uncovered.map((m) => [m.seed, m.text])).toEqual([["004", "35%"]]);
  });
});
