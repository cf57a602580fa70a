import { describe, expect, test } from "vitest";
import { compile } from "../../src/compile/compile.ts";
import { findMentions } from "../../src/compile/findMentions.ts";
import { editSeedKeepingHash, makeFixture, projectRoot } from "../support/fixture.ts";

describe("findMentions(text)", () => {
  test("finds figures with a unit and explicit dates, whole", () => {
    const text = "rose 56.6 percent in April to $8.9 billion; on Feb. 4 and May 26; by 2024; in March 2022; 27% and 20 million euros";
    expect(findMentions(text).map((m) => m.text)).toEqual(["56.6 percent", "$8.9 billion", "Feb. 4", "May 26", "2024", "March 2022", "27%", "20 million"]);
  });

  test("ignores numbers without a unit and month names without a day or year", () => {
    expect(findMentions("three weeks, a 30-year deal, in late April, 3rd parties")).toEqual([]);
  });
});

describe("coverage", () => {
  test("every figure and date in the seeds is used by a claim, ignored or excluded", async () => {
    const { report } = await compile(projectRoot);
    expect(report.coverage.uncovered).toEqual([]);
    expect(report.coverage.used).toBeGreaterThan(20);
    expect(report.coverage.mentions).toBe(report.coverage.used + report.coverage.ignored + report.coverage.excluded);
  });

  test("a figure added to a seed is reported as uncovered", async () => {
    const root = await makeFixture();
    await editSeedKeepingHash(root, "004_8d7c29266ee1bc16.txt", (t) => t.replace("Notably, ", "Their market share reached 35%. Notably, "));
    const { report } = await compile(root);
    expect(report.coverage.uncovered.map((m) => [m.seed, m.text])).toEqual([["004", "35%"]]);
  });
});
