import { formatMonth } from "../lib/formatMonth.ts";
import type { ClaimDate, CompiledDate } from "../schema/index.ts";

// Early, mid and late are read as the first, second and last third of the month.
const PARTS = { early: [1, 10], mid: [11, 20], late: [21, 31] } as const;

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function monthParts(month: string): [number, number] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return [y, m];
}

/** The span and printed label of a date, keeping its precision: "late April 2022" stays a span. */
export function compileDate(date: ClaimDate): CompiledDate {
  const wording = { text: date.text ?? null, basis: date.basis ?? null };
  switch (date.precision) {
    case "day": {
      const d = Number(date.day.slice(8));
      return {
        precision: "day",
        label: `${d} ${formatMonth(date.day.slice(0, 7))}`,
        start: date.day,
        end: date.day,
        ...wording,
      };
    }
    case "month": {
      const [y, m] = monthParts(date.month);
      return {
        precision: "month",
        label: formatMonth(date.month),
        start: `${date.month}-01`,
        end: `${date.month}-${pad(lastDay(y, m))}`,
        ...wording,
      };
    }
    case "part-of-month": {
      const [y, m] = monthParts(date.month);
      const [first, last] = PARTS[date.part];
      return {
        precision: "part-of-month",
        label: `${date.part} ${formatMonth(date.month)}`,
        start: `${date.month}-${pad(first)}`,
        end: `${date.month}-${pad(Math.min(last, lastDay(y, m)))}`,
        ...wording,
      };
    }
    case "approximate":
      // The label is the quote's own wording; only the year, from `from`, is added.
      return {
        precision: "approximate",
        label: `${date.text ?? ""} ${date.from.slice(0, 4)}`.trim(),
        start: date.from,
        end: date.to,
        ...wording,
      };
    case "undated":
      return { precision: "undated", label: "date not given", start: null, end: null, ...wording };
  }
}
