import { describe, expect, test } from "vitest";
import { compileDate } from "../../src/compile/compileDate.ts";

describe("compileDate(…) keeps each date's precision", () => {
  test("a day is a one-day span", () => {
    expect(compileDate({ precision: "day", day: "2022-05-10" })).toMatchObject({
      label: "10 May 2022",
      start: "2022-05-10",
      end: "2022-05-10",
    });
  });

  test("“late April” is the last third of April, not a day", () => {
    expect(compileDate({ precision: "part-of-month", month: "2022-04", part: "late" })).toMatchObject({
      label: "late April 2022",
      start: "2022-04-21",
      end: "2022-04-30",
    });
  });

  test("“late February” ends on the month's last day", () => {
    expect(compileDate({ precision: "part-of-month", month: "2022-02", part: "late" }).end).toBe("2022-02-28");
  });

  test("a month spans the whole month, and an undated claim has no span", () => {
    expect(compileDate({ precision: "month", month: "2022-03" })).toMatchObject({
      start: "2022-03-01",
      end: "2022-03-31",
    });
    expect(compileDate({ precision: "undated", basis: "none" })).toMatchObject({
      label: "date not given",
      start: null,
      end: null,
    });
  });

  test("early and mid are the first and second thirds, and a day's label drops its leading zero", () => {
    expect(compileDate({ precision: "part-of-month", month: "2022-03", part: "early" })).toMatchObject({
      label: "early March 2022",
      start: "2022-03-01",
      end: "2022-03-10",
    });
    expect(compileDate({ precision: "part-of-month", month: "2022-03", part: "mid" })).toMatchObject({
      start: "2022-03-11",
      end: "2022-03-20",
    });
    expect(compileDate({ precision: "part-of-month", month: "2024-02", part: "late" }).end).toBe("2024-02-29");
    expect(compileDate({ precision: "day", day: "2022-02-04" }).label).toBe("4 February 2022");
    expect(compileDate({ precision: "month", month: "2022-04" }).end).toBe("2022-04-30");
  });

  test("an approximate date keeps the quote's wording, with the year added, and every date keeps its text and basis", () => {
    // Article 003: "began around late February and early March".
    const approx = compileDate({
      precision: "approximate",
      from: "2022-02-21",
      to: "2022-03-10",
      text: "around late February and early March",
      basis: "b",
    });
    expect(approx).toEqual({
      precision: "approximate",
      label: "around late February and early March 2022",
      start: "2022-02-21",
      end: "2022-03-10",
      text: "around late February and early March",
      basis: "b",
    });
    expect(compileDate({ precision: "month", month: "2022-03", text: "in March" })).toMatchObject({
      text: "in March",
      basis: null,
    });
  });
});
