import type { NumberValue, Qualifier, Unit } from "../schema/index.ts";
import { normalized } from "./normalize.ts";

/** Numbers the articles write as words, and the figure each word stands for. */
export const SPELLED_NUMBERS: Readonly<Record<string, number>> = {
  half: 50,
  "one-third": 100 / 3,
  "two-thirds": 200 / 3,
  "three-quarters": 75,
  second: 2,
  third: 3,
};

// A claim may round a spelled fraction to one decimal (two-thirds as 66.7), no further.
const SPELLED_TOLERANCE = 0.05;

const HEDGE_WORDS: [Qualifier, RegExp][] = [
  ["more-than", /\b(?:more than|over|above)\s*$/i],
  ["almost", /\b(?:almost|nearly)\s*$/i],
];

// Hedges no qualifier stands for: a number after one of these is refused, not read as exact.
const UNKNOWN_HEDGE =
  /\b(?:less than|fewer than|under|below|up to|at least|at most|about|around|roughly|some|approximately)\s*$/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The pattern that finds the number, with its unit, in a quote. */
function numberPattern(value: NumberValue): RegExp {
  if (value.spelled) return new RegExp(`(?<![\\w-])${escape(value.spelled)}(?![\\w-])`);
  const n = `(?<![\\d.])${escape(String(value.number))}(?![\\d]|\\.\\d)`;
  const byUnit: Record<Unit, string> = {
    percent: `${n}\\s*(?:%|percent|per cent)`,
    "usd-billion": `\\$\\s?${n}\\s*(?:billion|bn)`,
    years: `${n}-year`,
    rank: n,
    "calendar-year": n,
  };
  return new RegExp(byUnit[value.unit]);
}

/** The hedge a quote puts before the number ("more than 40%" is "more-than"), with its words. */
function hedgeBefore(prefix: string): { qualifier: Qualifier; words: string } {
  for (const [qualifier, pattern] of HEDGE_WORDS) {
    const match = pattern.exec(prefix);
    if (match) return { qualifier, words: match[0] };
  }
  return { qualifier: "exactly", words: "" };
}

/** A number as one quote writes it ("nearly two-thirds", "over 40 percent"), or why it is not there. */
export type NumberReading = { phrase: string; problem?: undefined } | { problem: string; phrase?: undefined };

/**
 * Reads `value` in `quote`: the number and its unit must be there, with the same hedge
 * ("more than", "almost") that the value declares.
 */
export function readNumberInQuote(value: NumberValue, quote: string): NumberReading {
  if (value.spelled !== undefined) {
    const meant = SPELLED_NUMBERS[value.spelled];
    if (meant === undefined) return { problem: `"${value.spelled}" is not a number word the compiler knows` };
    if (Math.abs(meant - value.number) > SPELLED_TOLERANCE) {
      return { problem: `${value.number} does not match "${value.spelled}" (${meant.toFixed(3)})` };
    }
  }
  const text = normalized(quote);
  const match = numberPattern(value).exec(text);
  const wanted = value.spelled ?? `${value.number} (${value.unit})`;
  if (!match) return { problem: `the quote does not give ${wanted}: "${quote}"` };
  const prefix = text.slice(0, match.index);
  const unknown = UNKNOWN_HEDGE.exec(prefix);
  if (unknown)
    return {
      problem: `the quote hedges ${wanted} with "${unknown[0].trim()}", which no qualifier stands for: "${quote}"`,
    };
  const hedge = hedgeBefore(prefix);
  if (hedge.qualifier !== value.qualifier) {
    return {
      problem: `the quote gives ${wanted} as "${hedge.qualifier}", but the value says "${value.qualifier}": "${quote}"`,
    };
  }
  return { phrase: hedge.words + match[0] };
}
