import { describe, expect, test } from "vitest";
import { locateQuote, overlaps, within } from "../../src/compile/locateQuote.ts";
import { normalize, normalized } from "../../src/compile/normalize.ts";

describe("normalize(…)", () => {
  test("maps typographic quotes and dashes to ASCII and collapses whitespace", () => {
    expect(normalized("Beijing’s  “no limits”\n pact — or not")).toBe(`Beijing's "no limits" pact - or not`);
  });

  test("keeps case, letters, digits and other punctuation as they are", () => {
    expect(normalized("Wall Street Journal… 40%!")).toBe("Wall Street Journal… 40%!");
    expect(normalized("wall street journal")).not.toBe(normalized("Wall Street Journal"));
  });

  test("maps every normalised character back to its offset in the original", () => {
    const source = "a  “b”\n\nc";
    const { text, origin } = normalize(source);
    expect(text).toBe('a "b" c');
    expect([...text].map((_, i) => source[origin[i]!]!.replace(/\s/, " "))).toEqual([
      "a",
      " ",
      "“",
      "b",
      "”",
      " ",
      "c",
    ]);
  });
});

describe("locateQuote(seed, quote)", () => {
  const verbatim = "Intro.\n\nChina’s total exports to Russia fell by 27% from February to March.";
  const seed = normalize(verbatim);

  test("finds a quote typed with straight quotes and returns offsets into the verbatim text", () => {
    const range = locateQuote(seed, "China's total exports to Russia fell by 27%")!;
    expect(verbatim.slice(range.start, range.end)).toBe("China’s total exports to Russia fell by 27%");
  });

  test("returns null when a single word, digit or capital differs", () => {
    expect(locateQuote(seed, "China's total exports to Russia fell by 28%")).toBeNull();
    expect(locateQuote(seed, "china's total exports")).toBeNull();
    expect(locateQuote(seed, "exports to Russia dropped by 27%")).toBeNull();
  });
});

describe("normalize(…), at the edges", () => {
  test("drops leading and trailing whitespace, and maps every kind of typographic quote and dash", () => {
    expect(normalized("\n  a  b \t")).toBe("a b");
    expect(
      normalized(
        "\u2018\u2019\u201A\u201B\u2032|\u201C\u201D\u201E\u201F\u2033|\u2010\u2011\u2012\u2013\u2014\u2015\u2212",
      ),
    ).toBe(`'''''|"""""|-------`);
  });
});

describe("locateQuote(…), overlaps(…) and within(…)", () => {
  test("spans the verbatim text a quote covers, across collapsed whitespace, to the seed's last character", () => {
    const verbatim = "Exports fell  by\n27% in March";
    const range = locateQuote(normalize(verbatim), "fell by 27% in March")!;
    expect(verbatim.slice(range.start, range.end)).toBe("fell  by\n27% in March");
    expect(range).toEqual({ start: 8, end: verbatim.length });
    expect(locateQuote(normalize(verbatim), "  ")).toBeNull();
  });

  test("count ranges that only touch as apart, and a range inside its own bounds as within", () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 5, end: 9 }, { start: 0, end: 5 })).toBe(false);
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(within({ start: 2, end: 5 }, { start: 2, end: 5 })).toBe(true);
    expect(within({ start: 1, end: 5 }, { start: 2, end: 5 })).toBe(false);
    expect(within({ start: 2, end: 6 }, { start: 2, end: 5 })).toBe(false);
  });
});
