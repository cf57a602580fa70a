import { describe, expect, test } from "vitest";
import { readNumberInQuote } from "../../src/compile/readNumberInQuote.ts";
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

describe("readNumberInQuote(value, quote)", () => {
  test("accepts the number with its unit written as %, percent or $…billion", () => {
    expect(readNumberInQuote(value({}), "shipments dropped 40 percent in March").problem).toBeUndefined();
    expect(readNumberInQuote(value({ number: 98 }), "telecom base exports falling 98%").problem).toBeUndefined();
    expect(readNumberInQuote(value({ number: 8.9, unit: "usd-billion", measure: "level" }), "in April to $8.9 billion").problem).toBeUndefined();
  });

  test("rejects a number that is only part of another number", () => {
    expect(readNumberInQuote(value({ number: 6.6 }), "rose 56.6 percent").problem).toMatch(/does not give 6.6/);
    expect(readNumberInQuote(value({ number: 56 }), "rose 56.6 percent").problem).toMatch(/does not give 56/);
  });

  test("reads the hedge before the number: “more than”, “over”, “almost”, “nearly”", () => {
    expect(readNumberInQuote(value({ qualifier: "more-than" }), "fell by more than 40%").problem).toBeUndefined();
    expect(readNumberInQuote(value({ qualifier: "more-than" }), "slashed by over 40 percent").problem).toBeUndefined();
    expect(readNumberInQuote(value({ qualifier: "exactly" }), "fell by more than 40%").problem).toMatch(/"more-than"/);
    expect(readNumberInQuote(value({ qualifier: "more-than" }), "dropped 40 percent").problem).toMatch(/"exactly"/);
  });

  test("refuses hedges it has no qualifier for, and does not read “turnover” as “over”", () => {
    expect(readNumberInQuote(value({}), "fell by less than 40 percent").problem).toMatch(/"less than"/);
    expect(readNumberInQuote(value({}), "up to 40%").problem).toMatch(/"up to"/);
    expect(readNumberInQuote(value({}), "turnover 40%").problem).toBeUndefined();
  });

  test("returns the phrase as the quote writes it, hedge included", () => {
    expect(readNumberInQuote(value({ qualifier: "more-than" }), "slashed by over 40 percent").phrase).toBe("over 40 percent");
    expect(readNumberInQuote(value({ number: 66.7, spelled: "two-thirds", qualifier: "almost" }), "cut by nearly two-thirds.").phrase).toBe("nearly two-thirds");
  });

  test("accepts a spelled number only when the figure matches the words", () => {
    const twoThirds = value({ number: 66.7, spelled: "two-thirds", qualifier: "almost" });
    expect(readNumberInQuote(twoThirds, "smartphones by almost two-thirds").problem).toBeUndefined();
    expect(readNumberInQuote(twoThirds, "cut by nearly two-thirds.").problem).toBeUndefined();
    expect(readNumberInQuote({ ...twoThirds, number: 70 }, "almost two-thirds").problem).toMatch(/does not match "two-thirds"/);
    expect(readNumberInQuote({ ...twoThirds, spelled: "umpteen" }, "umpteen").problem).toMatch(/not a number word/);
  });
});
