// What a footnote shows: each quote once, the disagreement worded with its articles, and the
// articles that name no outlet said in one sentence.
import { expect, test } from "vitest";
import { claims, sources } from "../../src/data/index.ts";
import { conflictLine, noteQuotes, outletsBySeed, relaysBySeed, unnamedOutlets } from "../../src/lib/noteQuotes.ts";

test("a quote cited for several values of a claim is shown once, with its article's credit", () => {
  // seeds/claims/events.yaml cites article 003's "In March, Beijing finally acknowledged…" sentence
  // twice for beijing-calls-it-war, once for the claim and once for its "war" value.
  const warClaim = claims.find((c) => c.id === "beijing-calls-it-war")!;
  const war = noteQuotes(warClaim, relaysBySeed(sources.seeds));
  // Article 003 names its trade data for another passage only: that is said, not hidden.
  expect(war).toEqual([
    {
      seed: "003",
      quote: "In March, Beijing finally acknowledged for the first time that a “war” is taking place in Ukraine.",
      credit:
        "Article 003, which names no publication or document for this passage, though elsewhere it cites the most recently available Chinese government trade data and Beijing state media outlet The Global Times",
    },
  ]);
  // An article that names no report anywhere is credited as giving none.
  expect(noteQuotes(warClaim, new Map())[0]!.credit).toBe(
    "Article 003, which names no publication or document for this",
  );
  // Read off the seeds: 000 gives the 98% "According to a speech from U.S. Commerce Secretary Gina Raimondo";
  // 004 has it from "Liberty Times Net citing the latest Chinese official trade data", so it
  // credits the site, not the data as a second source of its own.
  const telecom = noteQuotes(
    claims.find((c) => c.id === "telecom-decline")!,
    relaysBySeed(sources.seeds),
  );
  expect(telecom.map((q) => q.seed)).toEqual(["001", "000", "001", "003", "004"]);
  expect(telecom[1]!.credit).toBe("Article 000, citing a speech from U.S. Commerce Secretary Gina Raimondo");
  expect(telecom[4]!.credit).toBe(
    "Article 004, citing Liberty Times Net, which cites the latest Chinese official trade data",
  );
});

test("a disagreement names each version with the articles that give it", () => {
  const smartphones = claims.find((c) => c.id === "smartphones-decline")!;
  // 001 says "almost two-thirds" and 003 "nearly two-thirds": each hedge names its own article.
  expect(conflictLine(smartphones)).toBe(
    "60% (article 002); almost two-thirds (article 001) or nearly two-thirds (article 003)",
  );
  expect(conflictLine(claims.find((c) => !c.conflict)!)).toBeNull();
});

test("outlets the texts do not name are said once, in the singular or the plural", () => {
  const outlet = outletsBySeed(sources.seeds);
  // Its footer names the site, and its closing credit another outlet: the credit keeps the hedge.
  expect(outlet.get("000")).toBe("Communications Today, apparently republishing Law Fare");
  expect(outlet.get("001")).toBeNull();
  expect(unnamedOutlets(["002"])).toBe("Article 002 does not name its outlet");
  expect(unnamedOutlets(["003", "001"])).toBe("Articles 001 and 003 do not name their outlet");
});

test("an article that names a report twice, spelt two ways, names it once in a credit", () => {
  // Article 002: "According to wall street journal…" and later "…the wall street journal specifies".
  const named = relaysBySeed(sources.seeds).get("002")!;
  expect(named.filter((n) => /wall street journal/i.test(n))).toEqual(["wall street journal"]);
});
