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
      expect.arrayContaining([expect.stringMatching(/^dek: "Then"/), expect.stringMatching(/^dek: "simply"/), expect.stringMatching(/cites no claim/)]),
    );
  });

  test("refuses a hedged claim stated as fact, and accepts it with its hedge", () => {
    const step = story.sections[0]!.steps[0]!;
    const bare = { ...step, text: "Lenovo and Xiaomi cut shipments.{cite:lenovo-xiaomi-quiet-cuts}" };
    const hedged = { ...step, text: "Lenovo and Xiaomi cut shipments, articles report.{cite:lenovo-xiaomi-quiet-cuts}" };
    const withStep = (s: typeof step) => check({ sections: [{ ...story.sections[0]!, steps: [s] }] });
    expect(withStep(bare).join()).toMatch(/without a hedge or an attribution/);
    expect(withStep(hedged).filter((p) => p.startsWith("sections"))).toEqual([]);
  });
});
