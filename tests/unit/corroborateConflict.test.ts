// Corroboration and conflicts on small hand-made claims, so each rule is checked against a
// result written out here, not against the same code's output on the real seeds.
import { describe, expect, test } from "vitest";
import { corroborate } from "../../src/compile/corroborate.ts";
import { findConflict } from "../../src/compile/findConflict.ts";
import type { LocatedCitation, VerifiedClaim } from "../../src/compile/verifyClaims.ts";
import { claim, type ClaimInput, type CompiledCitation } from "../../src/schema/index.ts";

const cite = (seed: string, reports: string[] = []): CompiledCitation => ({
  seed,
  quote: "q",
  start: 0,
  end: 1,
  phrase: null,
  credits: reports.map((report) => ({ report, as: report.toUpperCase() })),
});

describe("corroborate(citations)", () => {
  test("counts each article once, sorted, and lists the articles that credit each report", () => {
    const result = corroborate([
      cite("003", ["wsj"]),
      cite("001"),
      cite("003", ["wsj", "tass"]),
      cite("000", ["tass"]),
    ]);
    expect(result).toEqual({
      seeds: ["000", "001", "003"],
      count: 3,
      origins: [
        { report: "tass", seeds: ["000", "003"] },
        { report: "wsj", seeds: ["003"] },
      ],
    });
  });

  test("gives no origin when no article names a report", () => {
    expect(corroborate([cite("002"), cite("002")])).toEqual({ seeds: ["002"], count: 1, origins: [] });
  });
});

/** A figure with the given values, each cited by the articles listed in `seeds`. */
function verified(values: (Record<string, unknown> & { id: string; seeds: string[] })[]): VerifiedClaim {
  const input: ClaimInput = {
    id: "phones",
    kind: "figure",
    title: "Smartphones",
    statement: "s",
    actors: ["china"],
    date: { precision: "undated", basis: "b" },
    values: values.map(
      ({ seeds, ...v }) => ({ citations: seeds.map((seed) => ({ seed, quote: "q" })), ...v }) as never,
    ),
  };
  const located = (seeds: string[]): LocatedCitation[] => seeds.map((seed) => ({ seed, quote: "q", start: 0, end: 1 }));
  return {
    claim: claim.parse(input),
    file: "f.yaml",
    citations: [],
    valueCitations: new Map(values.map((v) => [v.id, located(v.seeds)])),
  };
}

const percent = {
  type: "number",
  unit: "percent",
  measure: "change",
  direction: "down",
  comparison: { from: "2022-02", to: "2022-03" },
};

describe("findConflict(verified)", () => {
  test("two figures for one change are a conflict of value, each variant with its articles", () => {
    const conflict = findConflict(
      verified([
        { ...percent, id: "sixty", number: 60, qualifier: "exactly", seeds: ["002"] },
        {
          ...percent,
          id: "two-thirds",
          number: 66.7,
          spelled: "two-thirds",
          qualifier: "almost",
          seeds: ["003", "001", "003"],
        },
      ]),
    );
    expect(conflict).toEqual({
      claim: "phones",
      kind: "value",
      summary: "Smartphones: 60% (article 002); almost two-thirds (articles 001 and 003)",
      variants: [
        { value: "sixty", display: "60%", seeds: ["002"], worded: [{ display: "60%", seeds: ["002"] }] },
        {
          value: "two-thirds",
          display: "almost two-thirds",
          seeds: ["001", "003"],
          worded: [{ display: "almost two-thirds", seeds: ["001", "003"] }],
        },
      ],
    });
  });

  test("the same number with the same hedge, written twice, differs only in wording", () => {
    const conflict = findConflict(
      verified([
        { ...percent, id: "a", number: 98, qualifier: "exactly", seeds: ["000"] },
        { ...percent, id: "b", number: 98, qualifier: "exactly", seeds: ["004"] },
      ]),
    );
    expect(conflict?.kind).toBe("wording");
  });

  test("“40%” against “more than 40%” is a difference of value", () => {
    const conflict = findConflict(
      verified([
        { ...percent, id: "a", number: 40, qualifier: "exactly", seeds: ["000"] },
        { ...percent, id: "b", number: 40, qualifier: "more-than", seeds: ["001"] },
      ]),
    );
    expect(conflict?.summary).toBe("Smartphones: 40% (article 000); more than 40% (article 001)");
    expect(conflict?.kind).toBe("value");
  });

  test("quotations that differ are a conflict of wording, shown in quotation marks", () => {
    const conflict = findConflict(
      verified([
        { ...percent, id: "n", number: 5, qualifier: "exactly", seeds: ["000"] },
        { id: "war", type: "quotation", text: "war", seeds: ["003"] },
        { id: "conflict", type: "quotation", text: "conflict", seeds: ["001"] },
      ]),
    );
    expect(conflict).toMatchObject({
      kind: "wording",
      summary: "Smartphones: “war” (article 003); “conflict” (article 001)",
    });
  });

  test("figures of different measures, units or periods are not compared", () => {
    expect(
      findConflict(verified([{ ...percent, id: "a", number: 60, qualifier: "exactly", seeds: ["000"] }])),
    ).toBeNull();
    const apart = [
      { ...percent, id: "a", number: 60, qualifier: "exactly", seeds: ["000"] },
      { ...percent, id: "b", number: 27, qualifier: "exactly", measure: "share", seeds: ["001"] },
      { ...percent, id: "c", number: 8.9, qualifier: "exactly", unit: "usd-billion", seeds: ["002"] },
      {
        ...percent,
        id: "d",
        number: 56.6,
        qualifier: "exactly",
        comparison: { from: "2021-04", to: "2022-04" },
        seeds: ["003"],
      },
      {
        ...percent,
        id: "e",
        number: 50,
        qualifier: "exactly",
        comparison: { from: "2022-02", to: "2022-04" },
        seeds: ["004"],
      },
    ];
    expect(findConflict(verified(apart))).toBeNull();
  });
});
