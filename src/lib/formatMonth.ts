import { fillIn, words } from "./words.ts";

/**
 * "2022-03" as "March 2022", through Intl so a second locale needs no code. Dates are read in
 * UTC: they are calendar months, not instants.
 */
export function formatMonth(month: string, locale = words().intl): string {
  return new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(firstDay(month));
}

/** The month's name alone: "2022-03" as "March". */
export function monthName(month: string, locale = words().intl): string {
  return new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(firstDay(month));
}

/** "2022-03" as the instant its first day starts, in UTC. */
function firstDay(month: string): number {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return Date.UTC(year, m - 1, 1);
}

/** What a change compares: "March 2022 against February 2022", in the locale's words
 * (interface.yaml's credit.period). */
export function comparisonLabel(comparison: { from: string; to: string }): string {
  const { credit, intl } = words();
  return fillIn(credit.period, { to: formatMonth(comparison.to, intl), from: formatMonth(comparison.from, intl) });
}

/** Short month name for axis ticks: "Feb". */
export function shortMonth(date: Date, locale = words().intl): string {
  return new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" }).format(date);
}
