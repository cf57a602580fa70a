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

/** The hedge each wording puts before the spelled figure ("almost", "nearly"), or null if none fits. */
function hedgeOf(phrase: string, spelled: string | undefined): string | null {
  const p = phrase.toLowerCase().trim();
  return spelled && p.endsWith(spelled) ? p.slice(0, -spelled.length).trim() || null : null;
}

/**
 * A number in each article's own words, with the articles that use them: a figure that 001 calls
 * "almost two-thirds" and 003 "nearly two-thirds" is two wordings, so neither article is credited
 * with the other's hedge and no reader has to guess who says which. One wording (the figure as
 * formatNumber prints it) where the articles hedge alike or give digits ("more than 40%" and
 * "over 40 percent" are one figure). `cited` are the quotes' seeds and wordings of the number
 * (readNumberInQuote.ts).
 */
export function wordings(
  value: NumberValue,
  cited: readonly { seed: string; phrase?: string | null }[],
): { display: string; seeds: string[] }[] {
  const spelled = value.spelled?.toLowerCase();
  const hedges = cited.map((c) => hedgeOf(c.phrase ?? "", spelled));
  const seedsOf = (keep: (i: number) => boolean) =>
    [...new Set(cited.filter((_, i) => keep(i)).map((c) => c.seed))].sort();
  if (new Set(hedges).size < 2 || hedges.includes(null))
    return [{ display: formatNumber(value), seeds: seedsOf(() => true) }];
  return [...new Set(hedges as string[])].map((hedge) => ({
    display: `${hedge} ${value.spelled}`,
    seeds: seedsOf((i) => hedges[i] === hedge),
  }));
}

/**
 * A number as one phrase, where the page has room for only one: the wordings joined with a
 * slash ("almost/nearly two-thirds"). Prefer `wordings` wherever the articles can be named.
 */
export function formatWorded(value: NumberValue, phrases: readonly string[]): string {
  const worded = wordings(
    value,
    phrases.map((phrase) => ({ seed: "", phrase })),
  );
  if (worded.length < 2) return formatNumber(value);
  return `${worded.map((w) => hedgeOf(w.display, value.spelled?.toLowerCase())).join("/")} ${value.spelled}`;
}

/** A change as a signed number, so a fall of 40% is -40; other measures keep their number. */
export function signedNumber(value: NumberValue): number {
  return value.measure === "change" && value.direction === "down" ? -value.number : value.number;
}
