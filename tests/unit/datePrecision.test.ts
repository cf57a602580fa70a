// A date may be no more precise than the words the article uses for it (README, "How the facts
// are kept"). The wordings below are the articles' own, from seeds/*.txt, or small edits of them.
import { describe, expect, test } from "vitest";
import { datePrecisionProblem } from "../../src/compile/checkDatePrecision.ts";
import type { ClaimDate } from "../../src/schema/index.ts";

const problem = (date: Record<string, unknown>) => datePrecisionProblem(date as ClaimDate);

describe("datePrecisionProblem(date)", () => {
  test("accepts a day its wording names with the month and year, in full or abbreviated", () => {
    expect(problem({ precision: "day", day: "2022-05-26", text: "May 26, 2022" })).toBeNull();
    expect(problem({ precision: "day", day: "2022-02-04", text: "Feb. 4, 2022" })).toBeNull();
    expect(problem({ precision: "day", day: "2022-09-04", text: "Sept 4 2022" })).toBeNull();
    expect(problem({ precision: "day", day: "2022-02-04", text: "on 04 February 2022" })).toBeNull();
  });

  test("refuses a day whose wording gives no day, another day, or another month", () => {
    expect(problem({ precision: "day", day: "2022-05-10", text: "in May 2022" })).toBe(
      '"in May 2022" names no day, so the date can be no more precise than a month',
    );
    expect(problem({ precision: "day", day: "2022-05-10", text: "May 1, 2022" })).toMatch(/names no day/);
    expect(problem({ precision: "day", day: "2022-05-10", text: "May 210, 2022" })).toMatch(/names no day/);
    expect(problem({ precision: "day", day: "2022-05-10", text: "March 10, 2022" })).toBe(
      '"March 10, 2022" does not name May, so it cannot support a day date',
    );
    // "Mayhem" is not May: the month must be a word of its own.
    expect(problem({ precision: "month", month: "2022-05", text: "Mayhem 2022" })).toMatch(/does not name May/);
  });

  test("refuses a month written as part of a month, and part of a month the wording does not say", () => {
    expect(problem({ precision: "month", month: "2022-04", text: "late April 2022" })).toBe(
      '"late April 2022" names part of the month; use precision "part-of-month"',
    );
    expect(problem({ precision: "month", month: "2022-04", text: "Mid April 2022" })).toMatch(
      /names part of the month/,
    );
    expect(
      problem({ precision: "part-of-month", month: "2022-04", part: "late", text: "in late April 2022" }),
    ).toBeNull();
    expect(problem({ precision: "part-of-month", month: "2022-04", part: "early", text: "in late April 2022" })).toBe(
      '"in late April 2022" does not say "early", so the date can be no more precise than a month',
    );
    expect(
      problem({ precision: "part-of-month", month: "2022-04", part: "late", text: "in lately April 2022" }),
    ).toMatch(/does not say "late"/);
  });

  test("asks for a basis when the wording gives no year, and accepts one", () => {
    expect(problem({ precision: "month", month: "2022-03", text: "in March" })).toBe(
      '"in March" gives no year; add a `basis` saying how the year is known',
    );
    expect(
      problem({ precision: "month", month: "2022-03", text: "in March", basis: "The article is dated 2022." }),
    ).toBeNull();
    expect(problem({ precision: "month", month: "2022-03", text: "in March 2021" })).toMatch(/gives no year/);
  });

  test("asks for the wording itself, except for an undated claim", () => {
    expect(problem({ precision: "undated", basis: "not given" })).toBeNull();
    expect(problem({ precision: "approximate", from: "2022-02-21", to: "2022-03-10", label: "x" })).toBe(
      "an approximate date needs `text`: its wording in a quote",
    );
    expect(
      problem({
        precision: "approximate",
        from: "2022-02-21",
        to: "2022-03-10",
        label: "x",
        text: "around late February and early March",
      }),
    ).toBeNull();
    expect(problem({ precision: "month", month: "2022-03" })).toBe(
      'a month date needs `text`, the wording in a quote that names it; without one, use precision "undated" with a basis',
    );
  });
});
