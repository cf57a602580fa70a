// What the story page prints around the steps, and what an editor is told when story.yaml is
// wrong in more than one place or leaves a claim unused. Expected texts are story.yaml's words
// with the references filled in by hand from the seeds, not by the loader's own functions.
import { describe, expect, test } from "vitest";
import { claims } from "../../src/data/index.ts";
import { loadStory, plainText } from "../../src/story/loadStory.ts";
import { StoryError } from "../../src/story/StoryError.ts";
import { copyInputs, editFile } from "../support/fixture.ts";
import { inputs, storyModel } from "../support/story.ts";

describe("the story's furniture, rendered", () => {
  test("the dateline gives the latest date the articles give, with its basis", () => {
    // Article 000 dates Blinken's speech "on May 26"; the year is inferred.
    expect(plainText(storyModel.dateline)).toBe(
      "As of 26 May 2022, the latest date the articles give: the article that gives it says “May 26”, and the sources page explains how the rest is inferred.",
    );
  });

  test("the method note and the key figures, in story.yaml's order", () => {
    expect(plainText(storyModel.methodNote)).toMatch(/^Each fact here is a claim that quotes the articles/);
    expect(storyModel.keyFigures.map(plainText)).toEqual([
      // 001: "more than 40 percent"; 000: "40 percent"; both compare March with February.
      "China's laptop shipments to Russia, March 2022 against February 2022: down more than 40%, by Chinese official figures as articles relay them, or 40%, by a speech by Gina Raimondo that an article relays",
      "China's exports of telecom base stations to Russia, March 2022 against February 2022: down 98%, by Chinese official figures as articles relay them and by Gina Raimondo's speech; articles name the category in different words, which the chart quotes",
      "China's total exports to Russia, March 2022 against February 2022: down 27%, according to official trade data, articles say",
      // 000: "Russia accounted for just 2 percent of China's total trade", with no period.
      "Russia's share of China's trade, for a period the article does not give: 2%",
    ]);
    expect(plainText(storyModel.keyFiguresNote)).toMatch(/quarantine in Shanghai/);
  });

  test("what we know and what is left open, each item with its footnote", () => {
    expect(plainText(storyModel.known[0]!)).toBe(
      "DJI openly announced that it was suspending its business operations in Ukraine and Russia.",
    );
    expect(storyModel.unknown.map(plainText)).toContain(
      "When the cuts began: the articles give no date for Lenovo's and Xiaomi's cuts, though articles place them after Russia's invasion of Ukraine and amid or after the Western sanctions that followed it.",
    );
    const refs = storyModel.known[0]!.filter((s) => s.type === "ref");
    expect(refs.map((s) => (s.type === "ref" ? s.claim : ""))).toEqual(["dji-suspension"]);
  });

  test("notes are numbered from 1 in the order the story first cites them", () => {
    expect(storyModel.notes.slice(0, 3)).toEqual([
      "quiet-exit-despite-promise",
      "dji-suspension",
      "lenovo-xiaomi-quiet-cuts",
    ]);
    const numbers = storyModel.steps.flatMap((s) => s.segments.flatMap((g) => (g.type === "ref" ? [g.note] : [])));
    expect(numbers.every((n) => n >= 1 && n <= storyModel.notes.length)).toBe(true);
  });
});

async function refusal(change: (text: string) => string, claimList = claims): Promise<StoryError> {
  const root = await copyInputs();
  await editFile(root, "src/content/story.yaml", change);
  try {
    loadStory(root, claimList, inputs);
  } catch (error) {
    expect(error).toBeInstanceOf(StoryError);
    return error as StoryError;
  }
  throw new Error("the broken story was accepted");
}

describe("what an editor is told", () => {
  test("a step's schema problem names the step, and says how many more problems there are", async () => {
    const error = await refusal((t) =>
      t.replace("chart: other-ledger", "chart: other-ledgers").replace(/^dateline: >-/m, "dateline: 5\nx: >-"),
    );
    expect(error.message).toMatch(/ \(and \d+ more problems?\)$/);
    const one = await refusal((t) =>
      t.replace("      - id: imports\n        chart: other-ledger", "      - id: imports\n        chart: pie"),
    );
    expect(one.location.id).toBe("imports");
    expect(one.location.field).toMatch(/^sections\[\d+\]\.steps\[0\]\.chart$/);
    expect(one.message).not.toMatch(/more problem/);
  });

  test("a problem outside the steps names no step", async () => {
    const error = await refusal((t) => t.replace(/^dateline: >-/m, "dateline: 5\nignored: >-"));
    expect(error.location.id).toBeUndefined();
    expect(error.location.file).toBe("src/content/story.yaml");
  });

  test("a claim the story neither uses nor lists as background is named", async () => {
    const extra = { ...claims[0]!, id: "an-extra-claim" };
    const plain = await copyInputs();
    let error: StoryError | undefined;
    try {
      loadStory(plain, [...claims, extra], inputs);
    } catch (e) {
      error = e as StoryError;
    }
    expect(error).toBeInstanceOf(StoryError);
    expect(error!.message).toContain("claims neither used in the story nor listed under `background` with a reason");
    expect(error!.message).toContain("an-extra-claim");
    // Listed as background, with a reason, it is accepted.
    const root = await copyInputs();
    await editFile(
      root,
      "src/content/story.yaml",
      (t) => `${t}\nbackground:\n  - claim: an-extra-claim\n    reason: kept for the sources page\n`,
    );
    expect(() => loadStory(root, [...claims, extra], inputs)).not.toThrow();
  });
});
