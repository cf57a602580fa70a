// How a number reads on the page, against the articles' wording ("more than 40 percent",
// "almost two-thirds", "$8.9 billion") and the compiler's signed scale (a fall is negative).
import { describe, expect, test } from "vitest";
import { formatNumber, formatWorded, signedNumber, wordings } from "../../src/compile/formatValue.ts";
import { numberValue } from "../support/numberValue.ts";

const value = numberValue;

describe("formatNumber(value)", () => {
  test("prints each unit with its hedge", () => {
    expect(formatNumber(value({ qualifier: "more-than" }))).toBe("more than 40%");
    expect(formatNumber(value({ number: 8.9, unit: "usd-billion", measure: "level" }))).toBe("$8.9bn");
    expect(formatNumber(value({ number: 30, unit: "years", measure: "duration" }))).toBe("30 years");
    expect(formatNumber(value({ number: 2, unit: "rank", measure: "rank", qualifier: "almost" }))).toBe(
      "almost number 2",
    );
    expect(formatNumber(value({ number: 2024, unit: "calendar-year", measure: "target" }))).toBe("2024");
  });

  test("prints a number the article spells in words as those words", () => {
    expect(formatNumber(value({ number: 66.7, spelled: "two-thirds", qualifier: "almost" }))).toBe("almost two-thirds");
  });
});

describe("formatWorded(value, phrases)", () => {
  const twoThirds = value({ number: 66.7, spelled: "two-thirds", qualifier: "almost" });

  test("keeps each article's hedge when they word the figure differently", () => {
    // Article 001: "smartphones by almost two-thirds"; article 003: "cut by nearly two-thirds".
    expect(formatWorded(twoThirds, ["almost two-thirds", "nearly two-thirds"])).toBe("almost/nearly two-thirds");
    expect(formatWorded(twoThirds, ["almost two-thirds", "Almost two-thirds"])).toBe("almost two-thirds");
  });

  test("prints the figure as formatNumber does when there is one wording, or it is in digits", () => {
    expect(formatWorded(twoThirds, ["almost two-thirds"])).toBe("almost two-thirds");
    expect(formatWorded(twoThirds, [])).toBe("almost two-thirds");
    expect(formatWorded(value({ qualifier: "more-than" }), ["more than 40%", "over 40 percent"])).toBe("more than 40%");
  });
});

describe("wordings(value, cited)", () => {
  const twoThirds = value({ number: 66.7, spelled: "two-thirds", qualifier: "almost" });

  test("gives each hedge of a figure in words with the articles that use it", () => {
    const cited = [
      { seed: "003", phrase: "nearly two-thirds" },
      { seed: "001", phrase: "almost two-thirds" },
      { seed: "005", phrase: "Nearly two-thirds" },
    ];
    expect(wordings(twoThirds, cited)).toEqual([
      { display: "nearly two-thirds", seeds: ["003", "005"] },
      { display: "almost two-thirds", seeds: ["001"] },
    ]);
  });

  test("is one wording, with every article, when they hedge alike or give digits", () => {
    expect(wordings(twoThirds, [{ seed: "001", phrase: "almost two-thirds" }])).toEqual([
      { display: "almost two-thirds", seeds: ["001"] },
    ]);
    const laptops = [
      { seed: "002", phrase: "more than 40%" },
      { seed: "003", phrase: "over 40 percent" },
      { seed: "002", phrase: "more than 40%" },
    ];
    expect(wordings(value({ qualifier: "more-than" }), laptops)).toEqual([
      { display: "more than 40%", seeds: ["002", "003"] },
    ]);
  });
});

describe("signedNumber(value)", () => {
  test("makes a fall negative and leaves rises and levels as they are", () => {
    expect(signedNumber(value({ number: 98, direction: "down" }))).toBe(-98);
    expect(signedNumber(value({ number: 56.6, direction: "up" }))).toBe(56.6);
    expect(signedNumber(value({ number: 2, measure: "share", direction: "down" }))).toBe(2);
  });
});
