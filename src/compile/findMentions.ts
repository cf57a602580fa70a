import { MONTH_ABBREVIATIONS, MONTH_NAMES } from "../lib/monthWords.ts";
import type { TextRange } from "../schema/index.ts";

export interface Mention extends TextRange {
  text: string;
  kind: "figure" | "date";
}

const MONTH = `(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS].join("|")})`;
const NUMBER = "\\d[\\d,]*(?:\\.\\d+)?";
const SCALE = "(?:billion|million|trillion|bn)";

const COUNT = "(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|several)";

// What coverage counts: numbers with a unit (%, percent, $, billion), numbers in words
// ("two-thirds", "three weeks", "second most"), explicit dates, a month named alone ("in March",
// "late April") and relative dates ("last month").
const PATTERNS: [Mention["kind"], RegExp][] = [
  ["figure", new RegExp(`\\$\\s?${NUMBER}(?:\\s*${SCALE})?`, "g")],
  ["figure", new RegExp(`(?<![\\w.])${NUMBER}\\s*(?:%|percent\\b|per cent\\b)`, "g")],
  ["figure", new RegExp(`(?<![\\w.$])${NUMBER}\\s+${SCALE}\\b`, "g")],
  ["date", new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?!\\d)`, "g")],
  ["date", new RegExp(`\\b\\d{1,2}\\s+${MONTH}\\b(?:\\s+\\d{4})?`, "g")],
  ["date", new RegExp(`\\b${MONTH}\\s+\\d{4}\\b`, "g")],
  ["date", /\b(?:19|20)\d{2}\b/g],
  ["figure", /\b\d+-year\b/g],
  ["figure", /\b(?:one|two)-thirds?\b|\bhalf\b/gi],
  ["figure", new RegExp(`\\b${COUNT}\\s+(?:weeks|months|years|days)\\b`, "gi")],
  ["figure", /\b(?:second|third|fourth|fifth)\s+(?:most|largest|biggest)\b/gi],
  ["date", /\b(?:last|this|next|past)\s+(?:week|month|year)\b/gi],
  ["date", new RegExp(`\\b(?:in|In|since|until|by|early|late|mid)\\s+${MONTH}\\b`, "g")],
];

/**
 * Every figure with a unit and every explicit date in a text ("40 percent", "$8.9 billion",
 * "May 10", "March 2022", "2024"), longest first where matches overlap.
 */
export function findMentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      found.push({ kind, text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  // Where matches overlap ("in March" and "March 2022"), the longest wins.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Mention[] = [];
  for (const mention of found) {
    if (!kept.some((k) => mention.start < k.end && k.start < mention.end)) kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
