import { describe, expect, test } from "vitest";
import { claims } from "../../src/data/index.ts";
import { claimCitations } from "../../src/lib/claimCitations.ts";
import { quoteLink } from "../../src/sources/citationLinks.ts";
import { sourcesCopy } from "../../src/content/ui.ts";
import { corroborationPlot, matrixCells } from "../../src/sources/corroborationPlot.ts";
import { readMatrix } from "../../src/sources/readMatrix.ts";
import { segmentArticle } from "../../src/compile/segmentArticle.ts";

describe("segmentArticle(text, citations, ignored)", () => {
  const text = "Intro. The quick brown fox jumps. Advert here.";
  const segments = segmentArticle(
    text,
    [
      { id: "a", start: 7, end: 26 },
      { id: "b", start: 17, end: 33 },
    ],
    [{ start: 34, end: 46, reason: "advert" }],
  );

  test("keeps the text whole, in order", () => {
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });

  test("marks overlapping quotes on every stretch they cover, with an anchor where each starts", () => {
    expect(segments.find((s) => s.text === "brown fox")).toMatchObject({ cited: ["a", "b"], anchors: ["b"] });
    expect(segments.find((s) => s.text === "The quick ")).toMatchObject({ cited: ["a"], anchors: ["a"] });
    expect(segments.find((s) => s.text === "Advert here.")?.ignored).toBe("advert");
  });
});

describe("claimCitations(claim) and quoteLink(…)", () => {
  test("number every citation of a claim, values included, with a stable anchor", () => {
    const smartphones = claims.find((c) => c.id === "smartphones-decline")!;
    expect(claimCitations(smartphones).map((c) => c.anchor)).toEqual([
      "cite-smartphones-decline-1",
      "cite-smartphones-decline-2",
      "cite-smartphones-decline-3",
      "cite-smartphones-decline-4",
    ]);
  });

  test("link to the anchor, with a text fragment that escapes dashes and commas", () => {
    expect(quoteLink("articles/003/", "cite-x-1", "a 30-year deal")).toBe(
      "articles/003/#cite-x-1:~:text=a%2030%2Dyear%20deal",
    );
    expect(quoteLink("a/", "c", "one two three four five six seven eight nine, ten")).toBe(
      "a/#c:~:text=one%20two%20three%20four,seven%20eight%20nine%2C%20ten",
    );
  });
});

describe("the corroboration matrix", () => {
  test("has one cell per claim and article that reports it, lettered by the report the article credits", () => {
    const cells = matrixCells(claims);
    const cell = (claim: string, seed: string) => cells.find((c) => c.claim === claim && c.seed === seed)?.letter;
    // Read off the seeds by hand: the telecom figure appears in articles 000, 001, 003 and 004.
    expect(cells.filter((c) => c.claim === "telecom-decline").map((c) => c.seed)).toEqual(["000", "001", "003", "004"]);
    expect(cell("lenovo-xiaomi-quiet-cuts", "001")).toBe("W");
    expect(cell("telecom-decline", "000")).toBe("R"); // "According to a speech from … Gina Raimondo"
    expect(cell("telecom-decline", "004")).toBe("L"); // "Liberty Times Net citing the latest Chinese official trade data"
    expect(cell("smartphones-decline", "002")).toBe("•"); // article 002 names no source for its 60%
    expect(cell("xiaomi-second-largest", "003")).toBe("•"); // article 003 never names the WSJ
  });

  test("is drawn by Plot at build time as SVG with no inline style element", () => {
    const svg = corroborationPlot(claims, ["000", "001", "002", "003", "004"], sourcesCopy.matrix);
    expect(svg).toMatch(/^<svg[^>]*class="corroboration-plot"/);
    expect(svg).not.toContain("<style");
    expect(svg).toContain("Article 004");
  });

  test("reads as: the best-supported claims, and the single-source ones", () => {
    const reading = readMatrix(claims, 5);
    expect(reading.best.map((c) => c.id).sort()).toEqual([
      "laptops-decline",
      "lenovo-xiaomi-quiet-cuts",
      "mofcom-statement",
    ]);
    // grep over seeds/*.txt: "Blinken" and "Tass" occur only in 000, "stress test" and "aviation" only in 003;
    // the 98% telecom figure is in 000, 001, 003 and 004.
    const single = reading.single.map((c) => c.id);
    expect(single).toEqual(
      expect.arrayContaining([
        "blinken-speech",
        "zhang-hanhui-tass",
        "sanctions-stress-test",
        "aviation-supplies-refused",
      ]),
    );
    expect(single).not.toContain("telecom-decline");
    expect(single).not.toContain("lenovo-xiaomi-quiet-cuts");
  });
});
