import type { NumberValue } from "../schema/index.ts";

const HEDGES = { exactly: "", "more-than": "more than ", almost: "almost " } as const;

/** How a number is printed on the page: "more than 40%", "almost two-thirds", "$8.9bn". */
export function formatNumber(value: NumberValue): string {
  const hedge = HEDGES[value.qualifier];
  if (value.spelled) return `${hedge}${value.spelled}`;
  switch (value.unit) {
    case "percent":
      return `${hedge}${value.number}%`;
    case "usd-billion":
      return `${hedge}$${value.number}bn`;
    case "years":
      return `${hedge}${value.number} years`;
    case "rank":
      return `${hedge}number ${value.number}`;
    case "calendar-year":
      return `${hedge}${value.number}`;
  }
}

/**
 * A number as the page prints it, in the articles' own hedges when they differ: a figure in
 * words that one article calls "almost two-thirds" and another "nearly two-thirds" prints as
 * "almost/nearly two-thirds", so no article is credited with a word it did not use. `phrases`
 * are the quotes' wordings of the number (readNumberInQuote.ts).
 */
export function formatWorded(value: NumberValue, phrases: readonly string[]): string {
  const spelled = value.spelled?.toLowerCase();
  const hedges = [...new Set(phrases.map((p) => p.toLowerCase().trim()))].map((p) =>
    spelled && p.endsWith(spelled) ? p.slice(0, -spelled.length).trim() : null,
  );
  if (!spelled || hedges.length < 2 || hedges.some((h) => !h)) return formatNumber(value);
  return `${hedges.join("/")} ${value.spelled}`;
}

/** A change as a signed number, so a fall of 40% is -40; other measures keep their number. */
export function signedNumber(value: NumberValue): number {
  return value.measure === "change" && value.direction === "down" ? -value.number : value.number;
}
