import { monthName } from "../lib/formatMonth.ts";
import type { ClaimDate } from "../schema/index.ts";

const fold = (s: string) => s.toLowerCase();

/** The month as an article may write it: "February", "Feb.", "Feb". */
function monthWords(month: string): string[] {
  const name = monthName(month);
  return [name, name.slice(0, 3), name.slice(0, 4)].map(fold);
}

function namesMonth(text: string, month: string): boolean {
  return monthWords(month).some((w) => new RegExp(`\\b${w.replace(".", "\\.")}\\b`).test(fold(text)));
}

/**
 * Why a date is more precise than its wording, or null when the wording supports it: a day needs
 * the day's number and month in `text`, part of a month needs "early", "mid" or "late" and the
 * month, a month needs the month. A year the wording does not give needs a `basis`.
 */
export function datePrecisionProblem(date: ClaimDate): string | null {
  if (date.precision === "undated") return null;
  const text = date.text ?? "";
  if (date.precision === "approximate") return text ? null : "an approximate date needs `text`: its wording in a quote";
  if (!text)
    return `a ${date.precision} date needs \`text\`, the wording in a quote that names it; without one, use precision "undated" with a basis`;
  const month = date.precision === "day" ? date.day.slice(0, 7) : date.month;
  if (!namesMonth(text, month))
    return `"${text}" does not name ${monthName(month)}, so it cannot support a ${date.precision} date`;
  if (date.precision === "day" && !new RegExp(`\\b0?${Number(date.day.slice(8))}\\b`).test(text)) {
    return `"${text}" names no day, so the date can be no more precise than a month`;
  }
  if (date.precision === "month" && /\b(early|mid|late)\b/i.test(text))
    return `"${text}" names part of the month; use precision "part-of-month"`;
  if (date.precision === "part-of-month" && !new RegExp(`\\b${date.part}\\b`, "i").test(text)) {
    return `"${text}" does not say "${date.part}", so the date can be no more precise than a month`;
  }
  if (!text.includes(month.slice(0, 4)) && !date.basis)
    return `"${text}" gives no year; add a \`basis\` saying how the year is known`;
  return null;
}
