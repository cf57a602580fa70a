// What a footnote shows: each quote once, the disagreement worded with its articles, and the
// articles that name no outlet said in one sentence.
import { expect, test } from "vitest";
import { claims, sources } from "../../src/data/index.ts";
import { conflictLine, noteQuotes, outletsBySeed, unnamedOutlets } from "../../src/lib/noteQuotes.ts";

test("a quote cited for several values of a claim is shown once, with its article's credit", () => {
  for (const claim of claims) {
    const all = [...claim.citations, ...claim.values.flatMap((v) => v.citations)];
    const quotes = noteQuotes(claim);
    expect(new Set(quotes.map((q) => `${q.seed} ${q.quote}`)).size, claim.id).toBe(quotes.length);
    expect(new Set(quotes.map((q) => q.quote)), claim.id).toEqual(new Set(all.map((c) => c.quote)));
    for (const q of quotes) expect(q.credit, claim.id).toMatch(new RegExp(`^Article ${q.seed}, `));
  }
});

test("a disagreement names each version with the articles that give it", () => {
  const smartphones = claims.find((c) => c.id === "smartphones-decline")!;
  expect(conflictLine(smartphones)).toBe("60% (article 002) against almost two-thirds (articles 001 and 003)");
  expect(conflictLine(claims.find((c) => !c.conflict)!)).toBeNull();
});

test("outlets the texts do not name are said once, in the singular or the plural", () => {
  const outlet = outletsBySeed(sources.seeds);
  expect(outlet.get("000")).toBe("Communications Today");
  expect(outlet.get("001")).toBeNull();
  expect(unnamedOutlets(["002"])).toBe("Article 002 does not name its outlet");
  expect(unnamedOutlets(["003", "001"])).toBe("Articles 001 and 003 do not name their outlet");
});
