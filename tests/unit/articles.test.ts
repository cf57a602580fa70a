// The sources page shows the articles from data/articles.json, never from seeds/: what it
// prints must still be each seed file, byte for byte, with every quote marked where it is.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { article, articleText } from "../../src/data/articles.ts";
import { sources } from "../../src/data/index.ts";
import { projectRoot } from "../support/fixture.ts";

describe("data/articles.json", () => {
  test("holds each article's text exactly as the seed file has it", () => {
    for (const seed of sources.seeds) {
      expect(articleText(seed.id), seed.file).toBe(readFileSync(join(projectRoot, "seeds", seed.file), "utf8"));
    }
  });

  test("marks the quoted words of a claim, and anchors its citation where the quote starts", () => {
    // Article 004, as collected, says: "One U.S. supplier sent a letter to all of its Chinese customers in March".
    const marked = article("004").segments.filter((s) => s.claims.includes("chip-supplier-letter"));
    expect(marked.map((s) => s.text).join("")).toContain(
      "One U.S. supplier sent a letter to all of its Chinese customers",
    );
    const start = article("004").segments.find((s) => s.anchors.some((a) => a.claim === "chip-supplier-letter"));
    expect(start?.text.startsWith("One U.S. supplier")).toBe(true);
  });

  test("names an article that data/ does not hold", () => {
    expect(() => article("999")).toThrow(/No article "999" in data\/articles\.json/);
  });
});
