// The sources page's sentence-by-sentence audit of the story: each sentence as printed, with the
// claims behind it, or the reason a framing sentence has none (src/content/story.yaml, `framing`).
import { expect, test } from "vitest";
import { claims } from "../../src/data/index.ts";
import { storySentences } from "../../src/story/storySentences.ts";
import { storyModel } from "../support/story.ts";

test("lists every sentence with its claims, printed from them, and framing sentences with their reason", () => {
  const audited = storySentences(storyModel.story, new Map(claims.map((c) => [c.id, c])));
  expect(audited[0]).toEqual({
    where: "dek",
    text: "Major Chinese technology companies quietly exited Russia in the face of US sanctions threats, despite Beijing's promise of a “no limits” relationship, an article says.",
    claims: ["quiet-exit-despite-promise"],
    framing: null,
  });
  const lede = audited.filter((s) => s.where === "lede");
  expect(lede.map((s) => s.claims)).toEqual([
    ["lenovo-xiaomi-quiet-cuts"],
    ["lenovo-xiaomi-quiet-cuts"],
    ["dji-suspension"],
  ]);
  expect(lede[2]!.text).toContain("openly announced in late April 2022 that");
  const pointer = audited.find(
    (s) => s.text === "What follows goes back to the beginning, and sets out what the articles report, step by step.",
  );
  expect(pointer).toMatchObject({
    where: "why-it-matters",
    claims: [],
    framing: expect.stringMatching(/^Tells the reader that the story now turns/),
  });
});
