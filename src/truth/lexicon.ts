// The words a reader takes as facts. Typed into content by hand, they would bypass the quotes
// that prove them, so the truth check refuses them outside claim references. Each list is one
// class of FACT-CHECK.md; a regex per class keeps the error message specific.

import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "../lib/monthWords.ts";

const words = (list: string[]) => new RegExp(`\\b(?:${list.join("|")})\\b`, "i");

// "may" hedges; "May 10" is a date.
const MAY = "may(?!\\s+\\d)";

// May is left to MAY and the date pattern below.
const MONTHS = MONTH_NAMES.filter((m) => m !== "May");
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const CARDINALS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
  "hundreds?",
  "thousands?",
  "millions?",
  "billions?",
  "trillions?",
  "dozens?",
  "bn",
  "once",
  "twice",
  "single",
  "double",
  "triple",
  "pair",
  "couple",
];
const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "twentieth",
  "hundredth",
];
const FRACTIONS = ["half", "halves", "halved", "thirds", "quarters?", "fifths", "tenths", "percent", "per cent"];
const RELATIVE_TIME = [
  "(?:last|this|next|past|previous|coming) (?:week|month|year|spring|summer|autumn|winter|decade)",
  "weeks?",
  "months?",
  "years?",
  "days?",
  "decades?",
  "recently",
  "recent",
  "soon",
  "lately",
  "ago",
  "yesterday",
  "today",
  "tomorrow",
  "tonight",
  "now",
  "currently",
  "meanwhile",
  "then",
  "afterwards",
  "later",
  "earlier",
];
const STRONG = [
  "only",
  "biggest",
  "largest",
  "greatest",
  "first",
  "all",
  "every",
  "everyone",
  "everything",
  "never",
  "none",
  "simply",
  "completely",
  "entirely",
  "totally",
  "always",
  "all but",
  "most",
  "whole",
  "unprecedented",
  "sole",
  "solely",
  "giants?",
];

/** One class of words that may not be typed into reader-facing text. */
export interface Rule {
  id: "digit" | "date" | "number-word" | "relative-time" | "strong-word" | "quotation-mark";
  pattern: RegExp;
  why: string;
}

export const RULES: Rule[] = [
  {
    id: "digit",
    pattern: /(?<!Covid-\d*)\d+(?:[.,]\d+)*%?|%|\$|€|£/,
    why: "a number must come from a claim reference",
  },
  { id: "quotation-mark", pattern: /["“”«»]/, why: "words in quotation marks must come from a {quote:…} reference" },
  {
    id: "date",
    // "May" is also a verb, so only the capitalised month name counts, as in "In May".
    pattern: new RegExp(
      `(?:${words([...MONTHS, ...WEEKDAYS]).source})|\\b(?:${MONTH_ABBREVIATIONS.join("|")})\\.|\\b(?:in|of|on|since|until|by|early|late|mid) May\\b`,
      "i",
    ),
    why: "a date must come from a {date:…} reference",
  },
  {
    id: "number-word",
    pattern: words([...CARDINALS, ...ORDINALS, ...FRACTIONS, "two-thirds"]),
    why: "a number word must come from a claim reference",
  },
  { id: "relative-time", pattern: words(RELATIVE_TIME), why: "a time word must come from a {date:…} reference" },
  { id: "strong-word", pattern: words(STRONG), why: "a strong word needs a cited quote that uses it" },
];

/** Quotes that hedge what they report: a claim resting on one is marked hedged. */
export const HEDGE_IN_QUOTE = words([
  "reportedly",
  "according to",
  "said to",
  "is said",
  "appears?",
  "appeared",
  MAY,
  "might",
  "people familiar",
  "person familiar",
  "sources said",
  "allegedly",
]);

/** Words in a sentence that carry the hedge or the attribution on to the reader. */
export const HEDGE_IN_PROSE = words([
  "reportedly",
  "according to",
  "said",
  "says",
  "say",
  "reported",
  "reports",
  "report",
  "relay",
  "relays",
  "writes",
  "wrote",
  "told",
  "people familiar",
  "person familiar",
  "appears?",
  "appeared",
  MAY,
  "might",
  "could",
  "allegedly",
  "accounts?",
  "articles?",
  "cited",
  "citing",
]);
