import { describe, expect, test } from "vitest";
import { claim, claimDate, isRealDay, type ClaimInput } from "../../src/schema/index.ts";

const valid: ClaimInput = {
  id: "telecom-decline",
  kind: "figure",
  title: "Telecom base stations",
  statement: "Exports fell 98%.",
  actors: ["china"],
  date: { precision: "month", month: "2022-03", basis: "stated" },
  values: [
    {
      id: "ninety-eight",
      type: "number",
      number: 98,
      unit: "percent",
      qualifier: "exactly",
      measure: "change",
      direction: "down",
      citations: [{ seed: "004", quote: "telecom base exports falling 98%" }],
    },
  ],
};

describe("claim.safeParse(…)", () => {
  test("accepts a sourced figure and fills defaults", () => {
    const parsed = claim.parse(valid);
    expect(parsed.citations).toEqual([]);
    expect(parsed.charts).toEqual([]);
  });

  test("rejects a value without a citation", () => {
    const result = claim.safeParse({ ...valid, values: [{ ...valid.values![0]!, citations: [] }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["values", 0, "citations"]);
  });

  test("rejects a claim with neither citations nor values", () => {
    const result = claim.safeParse({ ...valid, kind: "event", values: [] });
    expect(result.error?.issues.map((i) => i.message)).toContain("a claim needs citations, or values that carry them");
  });

  test("rejects unknown fields, so a typo cannot silently drop data", () => {
    expect(claim.safeParse({ ...valid, statment: "typo" }).success).toBe(false);
  });

  test("rejects an id that is not kebab-case and a kind it does not know", () => {
    expect(claim.safeParse({ ...valid, id: "Telecom Decline" }).success).toBe(false);
    expect(claim.safeParse({ ...valid, kind: "rumour" }).success).toBe(false);
  });
});

describe("claimDate", () => {
  test("isRealDay(…) accepts leap days and rejects days that do not exist", () => {
    expect(isRealDay("2024-02-29")).toBe(true);
    expect(isRealDay("2022-02-29")).toBe(false);
    expect(isRealDay("2022-04-31")).toBe(false);
    expect(isRealDay("2022-13-01")).toBe(false);
  });

  test("accepts each precision and rejects an approximate span that runs backwards", () => {
    expect(claimDate.safeParse({ precision: "part-of-month", month: "2022-04", part: "late" }).success).toBe(true);
    expect(claimDate.safeParse({ precision: "undated", basis: "not given" }).success).toBe(true);
    expect(
      claimDate.safeParse({ precision: "approximate", from: "2022-03-10", to: "2022-02-21", label: "x" }).success,
    ).toBe(false);
    expect(claimDate.safeParse({ precision: "month", month: "2022-00" }).success).toBe(false);
  });
});
