import { describe, expect, test } from "vitest";
import { claims } from "../../src/data/index.ts";
import { evidenceOf } from "../../src/truth/checkProse.ts";
import { checkStory } from "../../src/truth/checkStory.ts";
import { storyModel } from "../support/story.ts";

const evidence = new Map(claims.map((c) => [c.id, evidenceOf(c)]));
const story = storyModel.story;
const check = (change: Partial<typeof story>) => checkStory({ ...story, ...change }, evidence);

describe("checkStory(story, claims)", () => {
  test("passes the published story", () => {
    expect(checkStory(story, evidence)).toEqual([]);
  });

  test("refuses a headline stronger than its quotes", () => {
    expect(check({ title: "How China's biggest tech firms left Russia" }).join()).toMatch(/^title: "biggest"/);
  });

  test("refuses a dek word no quote supports, and a fact with no claim behind it", () => {
    const problems = check({ dek: "Then Washington threatened sanctions, and the firms simply left." });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^dek: "Then"/),
        expect.stringMatching(/^dek: "simply"/),
        expect.stringMatching(/cites no claim/),
      ]),
    );
  });

  test("refuses a hedged claim stated as fact, and accepts it with its hedge", () => {
    const step = story.sections[0]!.steps[0]!;
    const bare = { ...step, text: "Lenovo and Xiaomi cut shipments.{cite:lenovo-xiaomi-quiet-cuts}" };
    const hedged = {
      ...step,
      text: "Lenovo and Xiaomi cut shipments, articles report.{cite:lenovo-xiaomi-quiet-cuts}",
    };
    const withStep = (s: typeof step) => check({ sections: [{ ...story.sections[0]!, steps: [s] }] });
    expect(withStep(bare).join()).toMatch(/without a hedge or an attribution/);
    expect(withStep(hedged).filter((p) => p.startsWith("sections"))).toEqual([]);
  });
});

describe("checkStory(story, claims): the story's other fields", () => {
  test("names each field it refuses: dateline, key figures, what we know and don't, a section title", () => {
    const fields = (change: Partial<typeof story>) => check(change).map((p) => p.split(":")[0]);
    expect(fields({ dateline: "As of 2022." })).toEqual(["dateline", "dateline"]); // a digit, and no claim
    expect(fields({ methodNote: "Every fact here is checked." })).toContain("methodNote");
    expect(fields({ keyFigures: [...story.keyFigures, "Exports fell 27%."] })).toContain(
      `keyFigures[${story.keyFigures.length}]`,
    );
    expect(fields({ keyFiguresNote: "Shanghai was shut in April." })).toContain("keyFiguresNote");
    expect(fields({ known: ["Lenovo left in May."] })).toContain("known[0]");
    expect(fields({ unknown: [...story.unknown, "Nobody knows why."] })).toContain(`unknown[${story.unknown.length}]`);
    const section = { ...story.sections[0]!, title: "The biggest exits" };
    expect(fields({ sections: [section, ...story.sections.slice(1)] })).toEqual(["sections[0].title"]);
  });

  test("lets a section title use its steps' quotes, and a key figure state a hedged claim plainly", () => {
    // Article 003: "Xiaomi sold the second most phones in Russia last year".
    const section = {
      ...story.sections[0]!,
      title: "The second most phones",
      steps: [
        { ...story.sections[0]!.steps[0]!, text: "Xiaomi sold phones, an article says.{cite:xiaomi-second-largest}" },
        ...story.sections[0]!.steps.slice(1),
      ],
    };
    expect(check({ sections: [section, ...story.sections.slice(1)] })).toEqual([]);
    expect(check({ sections: [{ ...section, title: "The sole exits" }, ...story.sections.slice(1)] })).toEqual([
      expect.stringMatching(/^sections\[0\]\.title: "sole"/),
    ]);
    expect(check({ keyFigures: ["Lenovo and Xiaomi cut shipments.{cite:lenovo-xiaomi-quiet-cuts}"] })).toEqual([]);
  });

  test("refuses a framing sentence the story does not contain, and a malformed reference", () => {
    expect(check({ framing: [...story.framing, { text: "Nothing here.", reason: "none" }] })).toEqual([
      `framing[${story.framing.length}].text: "Nothing here." is not a sentence of the story; remove it`,
    ]);
    expect(check({ dateline: "As of {date:blinken-speech.{cite:blinken-speech}" })).toEqual([
      expect.stringMatching(/^dateline: unknown or malformed reference/),
    ]);
  });
});
