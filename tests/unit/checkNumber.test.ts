import { describe, expect, test } from "vitest";
import { checkNumberInQuote } from "../../src/compile/checkNumber.ts";
import type { NumberValue } from "../../src/schema/index.ts";

const value = (over: Partial<NumberValue>): NumberValue => ({
  id: "v",
  type: "number",
  number: 40,
  unit: "percent",
  qualifier: "exactly",
  measure: "change",
  citations: [{ seed: "000", quote: "x" }],
  ...over,
});

describe("checkNumberInQuote(value, quote)", () => {
  test("accepts the number with its unit written as %, percent or $…billion", () => {
    expect(checkNumberInQuote(value({}), "shipments dropped 40 percent in March")).toBeNull();
    expect(checkNumberInQuote(value({ number: 98 }), "telecom base exports falling 98%")).toBeNull();
    expect(checkNumberInQuote(value({ number: 8.9, unit: "usd-billion", measure: "level" }), "in April to $8.9 billion")).toBeNull();
  });

  test("rejects a number that is only part of another number", () => {
    expect(checkNumberInQuote(value({ number: 6.6 }), "rose 56.6 percent")).toMatch(/does not give 6.6/);
    expect(checkNumberInQuote(value({ number: 56 }), "rose 56.6 percent")).toMatch(/does not give 56/);
  });

  test("reads the hedge before the number: “more than”, “over”, “almost”, “nearly”", () => {
    expect(checkNumberInQuote(value({ qualifier: "more-than" }), "fell by more than 40%")).toBeNull();
    expect(checkNumberInQuote(value({ qualifier: "more-than" }), "slashed by over 40 percent")).toBeNull();
    expect(checkNumberInQuote(value({ qualifier: "exactly" }), "fell by more than 40%")).toMatch(/"more-than"/);
    expect(checkNumberInQuote(value({ qualifier: "more-than" }), "dropped 40 percent")).toMatch(/"exactly"/);
  });

  test("accepts a spelled number only when the figure matches the words", () => {
    const twoThirds = value({ number: 66.7, spelled: "two-thirds", qualifier: "almost" });
    expect(checkNumberInQuote(twoThirds, "smartphones by almost two-thirds")).toBeNull();
    expect(checkNumberInQuote(twoThirds, "cut by nearly two-thirds.")).toBeNull();
    expect(checkNumberInQuote({ ...twoThirds, number: 70 }, "almost two-thirds")).toMatch(/does not match "two-thirds"/);
    expect(checkNumberInQuote({ ...twoThirds, spelled: "umpteen" }, "umpteen")).toMatch(/not a number word/);
  });
});
