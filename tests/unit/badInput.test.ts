import { rm } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { editFile, editSeedKeepingHash } from "../support/fixture.ts";
import { brokenFixture } from "../support/refusal.ts";

const FIGURES = "seeds/claims/figures.yaml";
const EVENTS = "seeds/claims/events.yaml";
const SEED_003 = "003_f2d22cfdd2c7235f.txt";

const { root: fixture, expectRefused: expectFailure } = brokenFixture();

describe("the compiler, given bad input, exits non-zero, names the problem and keeps data/", () => {
  test("malformed YAML names the file and the line", async () => {
    await editFile(fixture(), FIGURES, (t) =>
      t.replace("  kind: figure\n  title: Laptops", "  kind: figure\n  title: [Laptops"),
    );
    await expectFailure(FIGURES, "malformed YAML at line");
  });

  test("a missing field names the claim and the field", async () => {
    await editFile(fixture(), FIGURES, (t) => t.replace("  title: Smartphones\n", ""));
    await expectFailure(FIGURES, 'claim "smartphones-decline"', 'field "title"');
  });

  test("a quote that is not in its seed names the claim, the field and the seed file", async () => {
    await editFile(fixture(), FIGURES, (t) => t.replace("smartphones by 60%", "smartphones by 65%"));
    await expectFailure(
      FIGURES,
      'claim "smartphones-decline"',
      'field "values[0].citations[0].quote"',
      "quote not found in seeds/002_",
    );
  });

  test("an unknown seed names the claim and the field", async () => {
    await editFile(fixture(), FIGURES, (t) =>
      t.replace('{ seed: "002", quote: "smartphones by 60%" }', '{ seed: "009", quote: "smartphones by 60%" }'),
    );
    await expectFailure(
      FIGURES,
      'claim "smartphones-decline"',
      'field "values[0].citations[0].quote"',
      'unknown seed "009"',
    );
  });

  test("a deleted seed file names the file and every claim that cites it", async () => {
    await rm(join(fixture(), "seeds", SEED_003));
    const stderr = await expectFailure(
      `seeds/${SEED_003} is missing`,
      'seed "003", field "file"',
      'claim "beijing-calls-it-war"',
    );
    expect(stderr).toMatch(
      /claim "xiaomi-second-largest", field "values\[0\]\.citations\[0\]\.quote": cannot check the quote/,
    );
  });

  test("a duplicate id names both files", async () => {
    await editFile(fixture(), EVENTS, (t) => t.replace("- id: invasion\n", "- id: laptops-decline\n"));
    await expectFailure(FIGURES, 'claim "laptops-decline", field "id"', `already used in ${EVENTS}`);
  });

  test("an impossible date names the claim and the date field", async () => {
    await editFile(fixture(), EVENTS, (t) => t.replace("day: 2022-02-04", "day: 2022-02-30"));
    await expectFailure(EVENTS, 'claim "gas-deal"', 'field "date.day"', "no such day");
  });

  test("a variant without a source names the claim and the value's citations", async () => {
    await editFile(fixture(), FIGURES, (t) =>
      t.replace('      citations:\n        - { seed: "002", quote: "smartphones by 60%" }\n', "      citations: []\n"),
    );
    await expectFailure(FIGURES, 'claim "smartphones-decline"', 'field "values[0].citations"', "at least one citation");
  });

  test("a number the quote does not give is refused, even when the quote is real", async () => {
    await editFile(fixture(), FIGURES, (t) => t.replace("      number: 98\n", "      number: 90\n"));
    await expectFailure(FIGURES, 'claim "telecom-decline"', "does not give 90");
  });

  test("a hedge the quote does not make is refused (“more than 40%” is not 40%)", async () => {
    await editFile(fixture(), FIGURES, (t) => t.replace("      qualifier: more-than\n", "      qualifier: exactly\n"));
    await expectFailure(FIGURES, 'claim "laptops-decline"', 'as "more-than", but the value says "exactly"');
  });

  test("a seed edited so that a cited quote no longer matches names the claim, and data/ is kept", async () => {
    await editSeedKeepingHash(fixture(), SEED_003, (t) =>
      t.replace("Xiaomi sold the second most phones", "Xiaomi sold the most phones"),
    );
    await expectFailure('claim "xiaomi-second-largest"', `quote not found in seeds/${SEED_003}`);
  });

  test("a seed edited without a new hash is reported as no longer verbatim", async () => {
    await editFile(fixture(), `seeds/${SEED_003}`, (t) => t.replace("Several large", "Several"));
    await expectFailure('seed "003", field "sha256"', "no longer the recorded verbatim text");
  });

  test("a quote inside an ignored part of a seed is refused", async () => {
    await editFile(fixture(), EVENTS, (t) =>
      t.replace(
        '- { seed: "003", quote: "In March, Beijing finally acknowledged',
        '- { seed: "003", quote: "Source: Read Full Article" }\n    - { seed: "003", quote: "In March, Beijing finally acknowledged',
      ),
    );
    await expectFailure('claim "beijing-calls-it-war"', "marked to ignore");
  });

  test("a claim or a charts.yaml entry naming a chart the registry lacks names the file, the claim and the field", async () => {
    await editFile(fixture(), FIGURES, (t) =>
      t.replace(
        "charts: [{ chart: export-declines, label: Smartphones, role: category }]",
        "charts: [{ chart: export-decline, label: Smartphones, role: category }]",
      ),
    );
    await editFile(fixture(), "seeds/charts.yaml", (t) => t.replace("- id: other-ledger\n", "- id: other-ledgers\n"));
    const stderr = await expectFailure(
      FIGURES,
      'claim "smartphones-decline"',
      'field "charts[0].chart"',
      'unknown chart (see src/charts/registry.ts) "export-decline"',
    );
    expect(stderr).toContain(
      'seeds/charts.yaml, chart "other-ledgers", field "id": unknown chart (see src/charts/registry.ts) "other-ledgers"',
    );
    expect(stderr).toContain('seeds/charts.yaml: chart "other-ledger" has no entry');
  });
});
