// What coverage counts as a figure or a date in the seeds: each way the articles write one.
import { describe, expect, test } from "vitest";
import { findMentions } from "../../src/compile/findMentions.ts";

describe("findMentions(text)", () => {
  test("finds figures with a unit and explicit dates, whole", () => {
    const text =
      "rose 56.6 percent in April to $8.9 billion; on Feb. 4 and May 26; by 2024; in March 2022; 27% and 20 million euros";
    expect(findMentions(text).map((m) => m.text)).toEqual([
      "56.6 percent",
      "in April",
      "$8.9 billion",
      "Feb. 4",
      "May 26",
      "2024",
      "March 2022",
      "27%",
      "20 million",
    ]);
  });

  test("finds numbers in words, months named alone and relative dates", () => {
    const text =
      "three weeks before, a 30-year deal, in late April, last month, by nearly two-thirds, the second most phones";
    expect(findMentions(text).map((m) => m.text)).toEqual([
      "three weeks",
      "30-year",
      "late April",
      "last month",
      "two-thirds",
      "second most",
    ]);
  });

  test("reads every way the articles write a figure or a date, with its offsets and kind", () => {
    const text =
      "$ 1,200bn, 20 per cent, 7.5 trillion; May 10, 2022 and 10 May 2022, Sept. 4th; one-third, half; six months; third largest; past week; since June, mid May; 1999";
    expect(findMentions(text).map((m) => `${m.kind}:${m.text}`)).toEqual([
      "figure:$ 1,200bn",
      "figure:20 per cent",
      "figure:7.5 trillion",
      "date:May 10, 2022",
      "date:10 May 2022",
      "date:Sept. 4th",
      "figure:one-third",
      "figure:half",
      "figure:six months",
      "figure:third largest",
      "date:past week",
      "date:since June",
      "date:mid May",
      "date:1999",
    ]);
    const [first] = findMentions("By March 2022, exports fell");
    expect(first).toEqual({ kind: "date", text: "March 2022", start: 3, end: 13 });
  });

  test("ignores numbers with no unit and months named as words in passing", () => {
    expect(findMentions("3rd parties, one of them, they may go")).toEqual([]);
  });
});
