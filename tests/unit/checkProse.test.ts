// The truth check on short hand-written sentences: what it lets through, what it refuses and how
// it says so. The quotes are the articles' own words (seeds/*.txt).
import { describe, expect, test } from "vitest";
import { checkProse, evidenceOf, type Evidence } from "../../src/truth/checkProse.ts";
import { sentences } from "../../src/truth/sentences.ts";
import { parseText } from "../../src/story/parseText.ts";

const cuts: Evidence = evidenceOf({
  citations: [
    {
      quote:
        "According to information from people familiar with the situation, Lenovo and Xiaomi are cutting off supplies to Russia.",
    },
  ],
  values: [],
});
const telecom: Evidence = evidenceOf({
  citations: [],
  values: [{ citations: [{ quote: "exports of telecom base stations saw a staggering decline of 98 percent" }] }],
});
const dji: Evidence = { quotes: ["DJI was the first major Chinese company to openly announce"], hedged: false };
const claims = new Map([
  ["cuts", cuts],
  ["telecom", telecom],
  ["dji", dji],
]);
const check = (text: string, extra: object = {}) => checkProse(parseText(text, "t"), { claims, ...extra });

describe("sentences(segments)", () => {
  test("splits at full stops, and a citation after a full stop belongs to the sentence before it", () => {
    const split = sentences(
      parseText("Exports fell by {value:telecom/n}.{cite:telecom} Lenovo left! Did Xiaomi? “Yes.” Then more", "t"),
    );
    expect(split.map((s) => [s.prose, s.source, s.refs.map((r) => r.claim)])).toEqual([
      ["Exports fell by ◊.", "Exports fell by {value:telecom/n}.{cite:telecom}", ["telecom", "telecom"]],
      ["Lenovo left!", "Lenovo left!", []],
      ["Did Xiaomi?", "Did Xiaomi?", []],
      ["“Yes.”", "“Yes.”", []],
      ["Then more", "Then more", []],
    ]);
  });
});

describe("evidenceOf(claim)", () => {
  test("gathers every quote and marks the claim hedged when one hedges", () => {
    expect(cuts.hedged).toBe(true); // "According to information from people familiar…"
    expect(telecom).toEqual({
      quotes: ["exports of telecom base stations saw a staggering decline of 98 percent"],
      hedged: false,
    });
  });
});

describe("checkProse(segments, context)", () => {
  test("passes a sentence whose facts all come from references and quotes", () => {
    expect(check("Telecom exports fell by {value:telecom/n}.{cite:telecom}")).toEqual([]);
    expect(check("DJI was the first to leave.{cite:dji}")).toEqual([]);
  });

  test("refuses a figure, a date or a quotation typed by hand, saying why", () => {
    expect(check("Telecom exports fell by 98%.{cite:telecom}")).toEqual([
      '"98%" in "Telecom exports fell by 98%.{cite:telecom}": a number must come from a claim reference',
    ]);
    expect(check("In March telecom exports fell.{cite:telecom}")[0]).toMatch(
      /^"March" in .*: a date must come from a \{date:…\} reference$/,
    );
    expect(check("Beijing says “war”.{cite:telecom}")[0]).toMatch(
      /words in quotation marks must come from a \{quote:…\} reference$/,
    );
  });

  test("lets a number, time or strong word through only when a quote of the same sentence uses it", () => {
    expect(check("DJI was the first to leave.{cite:telecom}")).toEqual([
      '"first" in "DJI was the first to leave.{cite:telecom}": a number word must come from a claim reference in the same sentence',
      '"first" in "DJI was the first to leave.{cite:telecom}": a strong word needs a cited quote that uses it in the same sentence',
    ]);
    expect(check("Xiaomi left.{cite:dji} DJI was the first.{cite:telecom}")).toHaveLength(2);
    expect(check("Telecom exports fell last month.{cite:telecom}")[0]).toMatch(
      /"last month" .*a time word must come from a \{date:…\} reference in the same sentence$/,
    );
  });

  test("refuses a hedged claim stated as fact, unless the sentence hedges or attributes it", () => {
    expect(check("Lenovo cut supplies.{cite:cuts}")).toEqual([
      '"Lenovo cut supplies.{cite:cuts}" states cuts, whose quotes hedge ("reportedly", "according to"…), without a hedge or an attribution',
    ]);
    expect(check("Lenovo reportedly cut supplies.{cite:cuts}")).toEqual([]);
    expect(check("Lenovo cut supplies, articles say.{cite:cuts}")).toEqual([]);
    expect(check("Lenovo cut supplies.{cite:cuts}", { hedges: false })).toEqual([]);
  });

  test("asks a sentence with no claim to be listed as framing, when framing is required", () => {
    expect(check("Here is the story.", { framing: new Set<string>() })).toEqual([
      '"Here is the story." cites no claim; add a reference, or list it under `framing` with a reason',
    ]);
    expect(check("Here is the story.", { framing: new Set(["Here is the story."]) })).toEqual([]);
    expect(check("Here is the story.")).toEqual([]);
    expect(check("Lenovo left.", { framing: new Set<string>(), implicit: ["telecom"] })).toEqual([]);
  });
});
