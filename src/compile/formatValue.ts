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

/** A change as a signed number, so a fall of 40% is -40; other measures keep their number. */
export function signedNumber(value: NumberValue): number {
  return value.measure === "change" && value.direction === "down" ? -value.number : value.number;
}
