import { monthName } from "./formatMonth.ts";

// The month words English text may use, for the detectors that read dates in the articles and
// in our prose (coverage, the truth check). Printing a month goes through formatMonth.ts; the
// names here come from the same Intl formatter, so the month words are defined once.

/** "January" … "December". */
export const MONTH_NAMES = Array.from({ length: 12 }, (_, i) =>
  monthName(`2022-${String(i + 1).padStart(2, "0")}`, "en-GB"),
);

/** "Jan", "Feb" … as regex sources: "Sept?" takes "Sep" and "Sept"; "May" has no shorter form. */
export const MONTH_ABBREVIATIONS = MONTH_NAMES.filter((m) => m !== "May").map((m) =>
  m === "September" ? "Sept?" : m.slice(0, 3),
);
