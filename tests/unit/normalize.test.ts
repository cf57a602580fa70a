import { describe, expect, test } from "vitest";
import { locateQuote } from "../../src/compile/locateQuote.ts";
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
    expect([...text].map((_, i) => source[origin[i]!]!.replace(/\s/, " "))).toEqual(['a', ' ', '“', 'b', '”', ' ', 'c']);
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
