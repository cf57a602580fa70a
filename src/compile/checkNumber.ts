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

const QUALIFIER_WORDS: [Qualifier, RegExp][] = [
  ["more-than", /(?:more than|over|above)\s*$/i],
  ["almost", /(?:almost|nearly)\s*$/i],
];

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
  };
  return new RegExp(byUnit[value.unit]);
}

/** The qualifier a quote puts before the number: "more than 40%" is "more-than". */
function qualifierBefore(prefix: string): Qualifier {
  return QUALIFIER_WORDS.find(([, pattern]) => pattern.test(prefix))?.[0] ?? "exactly";
}

/**
 * Why `quote` does not give `value` as declared, or null when it does: the number and its
 * unit must be in the quote, with the same hedge ("more than", "almost") the claim declares.
 */
export function checkNumberInQuote(value: NumberValue, quote: string): string | null {
  if (value.spelled !== undefined) {
    const meant = SPELLED_NUMBERS[value.spelled];
    if (meant === undefined) return `"${value.spelled}" is not a number word the compiler knows`;
    if (Math.abs(meant - value.number) > SPELLED_TOLERANCE) {
      return `${value.number} does not match "${value.spelled}" (${meant.toFixed(3)})`;
    }
  }
  const text = normalized(quote);
  const match = numberPattern(value).exec(text);
  const wanted = value.spelled ?? `${value.number} (${value.unit})`;
  if (!match) return `the quote does not give ${wanted}: "${quote}"`;
  const found = qualifierBefore(text.slice(0, match.index));
  if (found !== value.qualifier) {
    return `the quote gives ${wanted} as "${found}", but the value says "${value.qualifier}": "${quote}"`;
  }
  return null;
}
