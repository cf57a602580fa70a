// The committed data/ as the pages will read it: corroboration, conflicts, coverage, freshness.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { compile, type CompileResult } from "../../src/compile/compile.ts";
import { projectRoot } from "../support/fixture.ts";

let result: CompileResult;
beforeAll(async () => {
  result = await compile(projectRoot);
});

const claim = (id: string) => {
  const found = result.claims.find((c) => c.id === id);
  if (!found) throw new Error(`no claim ${id}`);
  return found;
};

describe("compile(root)", () => {
  test("gives the same bytes on every run", async () => {
    const again = await compile(projectRoot);
    expect([...again.files]).toEqual([...result.files]);
  });

  test("matches the committed data/ byte for byte (run `npm run compile` after changing seeds/)", async () => {
    for (const [path, content] of result.files) {
      expect(await readFile(join(projectRoot, "data", path), "utf8"), `data/${path} is stale`).toBe(content);
    }
  });

  test("every located citation is the verbatim text of its seed at its offsets", async () => {
    const texts = new Map<string, string>();
    for (const seed of result.sources.seeds)
      texts.set(seed.id, await readFile(join(projectRoot, "seeds", seed.file), "utf8"));
    const citations = result.claims.flatMap((c) => [...c.citations, ...c.values.flatMap((v) => v.citations)]);
    expect(citations.length).toBeGreaterThan(50);
    for (const c of citations) {
      const found = texts.get(c.seed)!.slice(c.start, c.end);
      expect(found.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ")).toBe(
        c.quote.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"),
      );
    }
  });
});

describe("corroboration", () => {
  test("counts every article that reports a claim", () => {
    expect(claim("telecom-decline").corroboration.seeds).toEqual(["000", "001", "003", "004"]);
    expect(claim("lenovo-xiaomi-quiet-cuts").corroboration.count).toBe(5);
    expect(claim("beijing-calls-it-war").corroboration.seeds).toEqual(["003"]);
  });

  test("credits a report only where the article names it in the quote's own sentence", () => {
    // Checked by hand against the seeds: 001, 002 and 004 name the Journal beside the cuts; 000 and 003 do not.
    const wsj = claim("lenovo-xiaomi-quiet-cuts").corroboration.origins.find((o) => o.report === "wsj");
    expect(wsj?.seeds).toEqual(["001", "002", "004"]);
    // 001 and 003 give the telecom figure "according to" government data; 004 has it from
    // "Liberty Times Net citing the latest Chinese official trade data", so it credits that
    // site alone; 000 credits Raimondo's speech.
    const telecom = claim("telecom-decline").corroboration.origins;
    expect(telecom.find((o) => o.report === "official-trade-data")?.seeds).toEqual(["001", "003"]);
    expect(telecom.find((o) => o.report === "liberty-times-net")?.seeds).toEqual(["004"]);
    expect(telecom.find((o) => o.report === "raimondo-speech")?.seeds).toEqual(["000"]);
  });

  test("gives no credit to a figure its article gives without a source", () => {
    // Article 003 never names the Wall Street Journal: Xiaomi's rank is the article's own.
    const rank = claim("xiaomi-second-largest").values[0]!.citations;
    expect(rank.map((c) => c.credits)).toEqual([[]]);
    // Article 002 names no source for its smartphone figure.
    expect(claim("smartphones-decline").values.find((v) => v.id === "sixty")!.citations[0]!.credits).toEqual([]);
  });

  test("credits each report in the article's own spelling", () => {
    const laptops = claim("laptops-decline").values.find((v) => v.id === "more-than-40")!.citations;
    expect(laptops.find((c) => c.seed === "001")?.credits).toEqual([
      { report: "official-trade-data", as: "the latest Chinese government figures" },
    ]);
    expect(laptops.find((c) => c.seed === "004")?.credits.map((c) => c.as)).toEqual(["Liberty Times Net"]);
  });

  test("marks a claim hedged when a cited quote hedges", () => {
    expect(claim("sanctions-stress-test").hedged).toBe(true);
    expect(claim("lenovo-xiaomi-quiet-cuts").hedged).toBe(true);
    expect(claim("blinken-speech").hedged).toBe(false);
  });

  test("lists single-source claims in the report", () => {
    expect(result.report.sourcesPerClaim.single).toContain("chip-supplier-letter");
    expect(result.report.sourcesPerClaim.single).not.toContain("telecom-decline");
  });
});

describe("conflicts", () => {
  test("the smartphone figures are a conflict of value, each variant with its own sources", () => {
    expect(claim("smartphones-decline").conflict).toMatchObject({
      kind: "value",
      variants: [
        { display: "60%", seeds: ["002"] },
        // 001 says "almost two-thirds", 003 "nearly two-thirds": each keeps its own hedge, and
        // each hedge names the article that uses it.
        {
          display: "almost/nearly two-thirds",
          seeds: ["001", "003"],
          worded: [
            { display: "almost two-thirds", seeds: ["001"] },
            { display: "nearly two-thirds", seeds: ["003"] },
          ],
        },
      ],
    });
    expect(claim("smartphones-decline").conflict?.summary).toBe(
      "Smartphones: 60% (article 002); almost two-thirds (article 001) or nearly two-thirds (article 003)",
    );
  });

  test("“40%” against “more than 40%” is a difference of value: one is exact, the other open-ended", () => {
    expect(claim("laptops-decline").conflict?.kind).toBe("value");
  });

  test("claims the articles agree on have no conflict", () => {
    expect(claim("telecom-decline").conflict).toBeNull();
    expect(result.report.conflicts.map((c) => c.claim).sort()).toEqual([
      "laptops-decline",
      "mofcom-statement",
      "smartphones-decline",
    ]);
  });
});

describe("the export-declines chart data", () => {
  test("holds only percentage changes from February to March, the smartphone range included", () => {
    const rows = result.charts["export-declines"].rows;
    expect(rows.map((r) => [r.label, r.low, r.high, r.role])).toEqual([
      ["Laptops", -40, -40, "category"],
      ["Smartphones", -66.7, -60, "category"],
      ["Telecom base stations", -98, -98, "category"],
      ["China's exports to Russia", -27, -27, "total"],
    ]);
    expect(rows.flatMap((r) => r.variants).every((v) => v.from === "2022-02" && v.to === "2022-03")).toBe(true);
  });

  test("carries the Shanghai caveat's words, so every rendering and download can print them", () => {
    const [caveat] = result.charts["export-declines"].caveats;
    expect(caveat?.statement).toContain("disrupted by quarantine in Shanghai");
  });

  test("records the quotes that name a row differently from its label", () => {
    const telecom = result.charts["export-declines"].rows.find((r) => r.claim === "telecom-decline")!;
    expect(telecom.otherWordings.map((w) => w.seed)).toEqual(["000", "004"]);
    expect(result.report.namings.map((n) => n.label)).toEqual(["Telecom base stations"]);
  });
});

describe("the timeline data", () => {
  test("keeps imprecise dates as spans and puts undated events last", () => {
    const events = result.charts.timeline.events;
    const dji = events.find((e) => e.claim === "dji-suspension")!;
    expect(dji.date).toMatchObject({ precision: "part-of-month", start: "2022-04-21", end: "2022-04-30" });
    const undated = events.filter((e) => e.date.start === null);
    expect(events.slice(-undated.length)).toEqual(undated);
    expect(events[0]!.claim).toBe("no-limits-announcement");
  });
});
