// Each rule of the truth check (README, "How the facts are kept"), broken on purpose in a copy
// of seeds/: the compiler must refuse it, name the file, the claim and the field, and keep data/.
import { describe, test } from "vitest";
import { editFile } from "../support/fixture.ts";
import { brokenFixture } from "../support/refusal.ts";

const FIGURES = "seeds/claims/figures.yaml";
const EVENTS = "seeds/claims/events.yaml";
const SOURCES = "seeds/sources.yaml";

const { root: fixture, expectRefused } = brokenFixture();

describe("the truth check refuses, naming the file, the claim and the field", () => {
  test("a figure typed into a statement instead of a reference", async () => {
    await editFile(fixture(), FIGURES, (t) =>
      t.replace("fell by {value:telecom-decline/ninety-eight},", "fell by 98%,"),
    );
    await expectRefused(
      FIGURES,
      'claim "telecom-decline"',
      'field "statement"',
      '"98%"',
      "a number must come from a claim reference",
    );
  });

  test("a month typed into a title", async () => {
    await editFile(fixture(), EVENTS, (t) =>
      t.replace("  title: Russia invades Ukraine", "  title: Russia invades Ukraine in February"),
    );
    await expectRefused(EVENTS, 'claim "invasion"', 'field "title"', '"February"');
  });

  test("a number word that no cited quote uses", async () => {
    await editFile(fixture(), EVENTS, (t) =>
      t.replace("Russia launched its full-scale invasion", "Russia launched its two-pronged invasion"),
    );
    await expectRefused(EVENTS, 'claim "invasion"', 'field "statement"', '"two"', "number word");
  });

  test("a relative time that no cited quote uses", async () => {
    await editFile(fixture(), EVENTS, (t) =>
      t.replace(
        "Russia launched its full-scale invasion of Ukraine in {date:invasion}.",
        "Russia launched its invasion of Ukraine last year.",
      ),
    );
    await expectRefused(EVENTS, 'claim "invasion"', 'field "statement"', '"last year"', "time word");
  });

  test("a strong word that no cited quote uses, though a quote elsewhere may", async () => {
    await editFile(fixture(), EVENTS, (t) =>
      t.replace(
        "the Chinese drone maker DJI openly announced",
        "the Chinese drone maker DJI was the only company that announced",
      ),
    );
    await expectRefused(
      EVENTS,
      'claim "dji-suspension"',
      'field "statement"',
      '"only"',
      "a strong word needs a cited quote",
    );
  });

  test("a hedged claim stated without its hedge", async () => {
    await editFile(fixture(), EVENTS, (t) =>
      t
        .replace(
          "China reportedly ordered a {quote:sanctions-stress-test/stress-test}",
          "China ordered a {quote:sanctions-stress-test/stress-test}",
        )
        .replace("the exercise reportedly began", "the exercise began"),
    );
    await expectRefused(
      EVENTS,
      'claim "sanctions-stress-test"',
      'field "statement"',
      "without a hedge or an attribution",
    );
  });

  test("a quotation typed into a title instead of a {quote:…} reference", async () => {
    await editFile(fixture(), EVENTS, (t) =>
      t.replace("  title: Beijing says {quote:beijing-calls-it-war/war}", "  title: Beijing says “war”"),
    );
    await expectRefused(EVENTS, 'claim "beijing-calls-it-war"', 'field "title"', "quotation marks");
  });

  test("a day the quote does not name", async () => {
    await editFile(fixture(), EVENTS, (t) =>
      t.replace(
        "{ precision: part-of-month, month: 2022-04, part: late, text: in late April,",
        "{ precision: day, day: 2022-04-25, text: in late April,",
      ),
    );
    await expectRefused(EVENTS, 'claim "dji-suspension"', 'field "date.precision"', "names no day");
  });

  test("part of a month the quote does not give", async () => {
    await editFile(fixture(), EVENTS, (t) =>
      t.replace(
        '{ precision: month, month: 2022-03, text: in March, basis: "The article gives no year; it reports the letter',
        '{ precision: part-of-month, month: 2022-03, part: early, text: in March, basis: "The article gives no year; it reports the letter',
      ),
    );
    await expectRefused(EVENTS, 'claim "chip-supplier-letter"', 'field "date.precision"', 'does not say "early"');
  });

  test("a credit whose name the article does not spell in its quote", async () => {
    await editFile(fixture(), SOURCES, (t) => t.replace("        as: Apollo News\n", "        as: Reuters\n"));
    await expectRefused(SOURCES, 'seed "004"', "`as` must be words of `quote`");
  });

  test("a second-hand source the article does not name in its quote", async () => {
    await editFile(fixture(), SOURCES, (t) =>
      t.replace("        cites: the latest Chinese official trade data\n", "        cites: Xinhua\n"),
    );
    await expectRefused(SOURCES, 'seed "004"', "`cites` must be words of `quote`");
  });

  test("figures of different bases on one scale", async () => {
    await editFile(fixture(), FIGURES, (t) =>
      t.replace(
        "- { chart: export-declines, label: China's exports to Russia, role: total }",
        "- { chart: export-declines, label: China's exports to Russia, role: category }",
      ),
    );
    await expectRefused("seeds/charts.yaml", 'chart "export-declines"', "shares a scale", "different bases");
  });

  test("a chart label in words no cited quote uses", async () => {
    await editFile(fixture(), FIGURES, (t) =>
      t.replace(
        "charts: [{ chart: export-declines, label: Smartphones, role: category }]",
        "charts: [{ chart: export-declines, label: Mobile handsets, role: category }]",
      ),
    );
    await expectRefused(FIGURES, 'claim "smartphones-decline"', 'field "charts[0].label"', "no cited quote names it");
  });

  test("a change in value that no quote says is in value", async () => {
    await editFile(fixture(), FIGURES, (t) =>
      t.replace(
        '      measured: unstated\n      direction: down\n      comparison: { from: 2022-02, to: 2022-03 }\n      citations:\n        - { seed: "000", quote: "exports of telecom',
        '      measured: value\n      direction: down\n      comparison: { from: 2022-02, to: 2022-03 }\n      citations:\n        - { seed: "000", quote: "exports of telecom',
      ),
    );
    await expectRefused(FIGURES, 'claim "telecom-decline"', "measured", "value");
  });
});
