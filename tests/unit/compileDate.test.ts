import { describe, expect, test } from "vitest";
import { compileDate } from "../../src/compile/compileDate.ts";

describe("compileDate(…) keeps each date's precision", () => {
  test("a day is a one-day span", () => {
    expect(compileDate({ precision: "day", day: "2022-05-10" })).toMatchObject({ label: "10 May 2022", start: "2022-05-10", end: "2022-05-10" });
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
    expect(compileDate({ precision: "month", month: "2022-03" })).toMatchObject({ start: "2022-03-01", end: "2022-03-31" });
    expect(compileDate({ precision: "undated", basis: "none" })).toMatchObject({ label: "date not given", start: null, end: null });
  });
});
