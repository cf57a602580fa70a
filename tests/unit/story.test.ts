import { describe, expect, test } from "vitest";
import { activeStepIndex } from "../../src/scrolly/activeStepIndex.ts";
import { parseText } from "../../src/story/parseText.ts";
import { storyModel } from "../support/story.ts";

describe("parseText(text, where)", () => {
  test("splits prose from references to claims", () => {
    expect(parseText("Down {value:telecom-decline/ninety-eight}.{cite:telecom-decline}", "t")).toEqual([
      { type: "text", text: "Down " },
      { type: "ref", kind: "value", claim: "telecom-decline", value: "ninety-eight" },
      { type: "text", text: "." },
      { type: "ref", kind: "cite", claim: "telecom-decline", value: null },
    ]);
  });

  test("refuses a malformed or unknown reference instead of printing it", () => {
    expect(() => parseText("Down {number:telecom-decline}.", "step x")).toThrow(/malformed reference/);
    expect(() => parseText("Down {value:telecom-decline}.", "step x")).toThrow(/needs a value id/);
  });
});

describe("the story", () => {
  test("opens with the exits, then tells the rest in order", () => {
    expect(storyModel.story.sections.map((s) => s.id)).toEqual([
      "exits",
      "promise",
      "war",
      "collapse",
      "cuts",
      "beijing",
      "washington",
      "ledger",
      "next",
    ]);
    expect(storyModel.steps[0]!.segments.map((s) => s.text).join("")).toMatch(/Lenovo and Xiaomi/);
  });

  test("renders its figures from the claims, each with a footnote", () => {
    const laptops = storyModel.steps.find((s) => s.id === "laptops")!;
    expect(laptops.segments).toContainEqual(
      expect.objectContaining({ type: "ref", text: "more than 40%", claim: "laptops-decline" }),
    );
    const smartphones = storyModel.steps.find((s) => s.id === "smartphones")!;
    const both = smartphones.segments.find((s) => s.type === "ref")!;
    // Each article's own words, read off the seeds: 002 "smartphones by 60%", 001 "almost
    // two-thirds", 003 "nearly two-thirds".
    expect(both.text).toBe("60% (article 002), almost two-thirds (article 001) or nearly two-thirds (article 003)");
  });

  test("numbers each claim's footnote once, in order of first mention", () => {
    expect(new Set(storyModel.notes).size).toBe(storyModel.notes.length);
    // Read in src/content/story.yaml: the dek cites three claims, the dateline one, then the four key figures.
    expect(storyModel.notes.slice(0, 8)).toEqual([
      "quiet-exit-despite-promise",
      "dji-suspension",
      "lenovo-xiaomi-quiet-cuts",
      "blinken-speech",
      "laptops-decline",
      "telecom-decline",
      "total-exports-decline",
      "russia-share-of-trade",
    ]);
  });
});

describe("the story's completeness and furniture", () => {
  test("uses every compiled claim, or lists it as background with a reason", async () => {
    const { claims } = await import("../../src/data/index.ts");
    const background = storyModel.story.background.map((b) => b.claim);
    expect(
      claims.filter((c) => !storyModel.notes.includes(c.id) && !background.includes(c.id)).map((c) => c.id),
    ).toEqual([]);
  });

  test("has a dateline, key figures and what we know and don't, each from claims", () => {
    expect(storyModel.dateline.some((s) => s.type === "ref" && s.claim === "blinken-speech")).toBe(true);
    const figures = storyModel.keyFigures.map((f) =>
      f.filter((s) => s.type === "ref" && /%/.test(s.text)).map((s) => s.text),
    );
    // Laptops: articles 001-004 say more than 40%, article 000 says 40% (seeds, hand-checked); both
    // are given, each with where it comes from.
    expect(figures).toEqual([["more than 40%", "40%"], ["98%"], ["27%"], ["2%"]]);
    expect(storyModel.keyFiguresNote.map((s) => s.text).join("")).toContain("quarantine in Shanghai");
    expect(storyModel.unknown.length).toBeGreaterThanOrEqual(3);
    expect(storyModel.readingMinutes).toBeGreaterThan(2);
  });
});

describe("activeStepIndex(stepTops, triggerY)", () => {
  test("is the last step whose top has passed the trigger line", () => {
    expect(activeStepIndex([-900, -100, 300, 1100], 400)).toBe(2);
  });

  test("is -1 before the story starts, and the last step after it ends", () => {
    expect(activeStepIndex([500, 1300], 400)).toBe(-1);
    expect(activeStepIndex([-3000, -2000], 400)).toBe(1);
  });

  test("depends on positions only, so a skipped step changes nothing", () => {
    expect(activeStepIndex([-5000, -4000, -3000, 200], 400)).toBe(3);
  });
});

describe("the story's sources", () => {
  test("every timeline event and every chart caveat has a note, so its link resolves", async () => {
    const { inputs } = await import("../support/story.ts");
    const { charts } = await import("../../src/data/index.ts");
    for (const event of inputs.timeline.events) expect(storyModel.notes, event.claim).toContain(event.claim);
    for (const caveat of [...charts["export-declines"].caveats, ...charts["other-ledger"].caveats])
      expect(storyModel.notes).toContain(caveat.claim);
  });
});
