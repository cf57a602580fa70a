import { describe, expect, test } from "vitest";
import { readNumberInQuote } from "../../src/compile/readNumberInQuote.ts";
import { numberValue } from "../support/numberValue.ts";

const value = numberValue;

describe("readNumberInQuote(value, quote)", () => {
  test("accepts the number with its unit written as %, percent or $…billion", () => {
    expect(readNumberInQuote(value({}), "shipments dropped 40 percent in March").problem).toBeUndefined();
    expect(readNumberInQuote(value({ number: 98 }), "telecom base exports falling 98%").problem).toBeUndefined();
    expect(
      readNumberInQuote(value({ number: 8.9, unit: "usd-billion", measure: "level" }), "in April to $8.9 billion")
        .problem,
    ).toBeUndefined();
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
    expect(readNumberInQuote(value({ qualifier: "more-than" }), "slashed by over 40 percent").phrase).toBe(
      "over 40 percent",
    );
    expect(
      readNumberInQuote(
        value({ number: 66.7, spelled: "two-thirds", qualifier: "almost" }),
        "cut by nearly two-thirds.",
      ).phrase,
    ).toBe("nearly two-thirds");
  });

  test("accepts a spelled number only when the figure matches the words", () => {
    const twoThirds = value({ number: 66.7, spelled: "two-thirds", qualifier: "almost" });
    expect(readNumberInQuote(twoThirds, "smartphones by almost two-thirds").problem).toBeUndefined();
    expect(readNumberInQuote(twoThirds, "cut by nearly two-thirds.").problem).toBeUndefined();
    expect(readNumberInQuote({ ...twoThirds, number: 70 }, "almost two-thirds").problem).toMatch(
      /does not match "two-thirds"/,
    );
    expect(readNumberInQuote({ ...twoThirds, spelled: "umpteen" }, "umpteen").problem).toMatch(/not a number word/);
  });

  test("reads each unit as the articles write it, and nothing that only looks like it", () => {
    expect(readNumberInQuote(value({ number: 8.9, unit: "usd-billion", measure: "level" }), "to $ 8.9bn").phrase).toBe(
      "$ 8.9bn",
    );
    expect(
      readNumberInQuote(value({ number: 30, unit: "years", measure: "duration" }), "a 30-year agreement to supply gas")
        .phrase,
    ).toBe("30-year");
    expect(
      readNumberInQuote(value({ number: 2024, unit: "calendar-year", measure: "target" }), "$250 billion by 2024")
        .phrase,
    ).toBe("2024");
    expect(readNumberInQuote(value({ number: 27 }), "fell by 27 per cent").phrase).toBe("27 per cent");
    expect(readNumberInQuote(value({}), "fell by 400 percent").problem).toBe(
      'the quote does not give 40 (percent): "fell by 400 percent"',
    );
    expect(readNumberInQuote(value({}), "fell by 40.5 percent").problem).toMatch(/does not give 40/);
    expect(readNumberInQuote(value({}), "fell by 40 units").problem).toMatch(/does not give 40/);
    expect(
      readNumberInQuote(value({ number: 30, unit: "years", measure: "duration" }), "for 30 years").problem,
    ).toMatch(/does not give 30 \(years\)/);
  });

  test("names the hedge it cannot read, and reads hedges in any case", () => {
    expect(readNumberInQuote(value({}), "fell by about 40%").problem).toBe(
      'the quote hedges 40 (percent) with "about", which no qualifier stands for: "fell by about 40%"',
    );
    expect(readNumberInQuote(value({ qualifier: "more-than" }), "Over 40% of them").phrase).toBe("Over 40%");
    expect(readNumberInQuote(value({ qualifier: "almost" }), "NEARLY 40 percent").phrase).toBe("NEARLY 40 percent");
    expect(readNumberInQuote(value({ qualifier: "almost" }), "fell by 40 percent").problem).toBe(
      'the quote gives 40 (percent) as "exactly", but the value says "almost": "fell by 40 percent"',
    );
  });

  test("allows a spelled fraction rounded to one decimal, no further, and knows a half", () => {
    const twoThirds = value({ number: 66.7, spelled: "two-thirds", qualifier: "almost" });
    expect(readNumberInQuote({ ...twoThirds, number: 66.6 }, "almost two-thirds").problem).toBe(
      '66.6 does not match "two-thirds" (66.667)',
    );
    expect(readNumberInQuote({ ...twoThirds, number: 66.65 }, "almost two-thirds").problem).toBeUndefined();
    expect(readNumberInQuote(value({ number: 50, spelled: "half" }), "cut by half").phrase).toBe("half");
    expect(readNumberInQuote(value({ number: 50, spelled: "half" }), "cut by half-way").problem).toMatch(
      /does not give half/,
    );
    expect(
      readNumberInQuote(
        value({ number: 2, spelled: "second", unit: "rank", measure: "rank" }),
        "sold the second most phones",
      ).phrase,
    ).toBe("second");
  });
});
