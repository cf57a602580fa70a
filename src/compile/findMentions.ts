import type { TextRange } from "../schema/index.ts";

export interface Mention extends TextRange {
  text: string;
  kind: "figure" | "date";
}

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)";
const NUMBER = "\\d[\\d,]*(?:\\.\\d+)?";
const SCALE = "(?:billion|million|trillion|bn)";

// What coverage counts: numbers with a unit (%, percent, $, billion) and explicit dates.
const PATTERNS: [Mention["kind"], RegExp][] = [
  ["figure", new RegExp(`\\$\\s?${NUMBER}(?:\\s*${SCALE})?`, "g")],
  ["figure", new RegExp(`(?<![\\w.])${NUMBER}\\s*(?:%|percent\\b|per cent\\b)`, "g")],
  ["figure", new RegExp(`(?<![\\w.$])${NUMBER}\\s+${SCALE}\\b`, "g")],
  ["date", new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?(?!\\d)`, "g")],
  ["date", new RegExp(`\\b\\d{1,2}\\s+${MONTH}\\b(?:\\s+\\d{4})?`, "g")],
  ["date", new RegExp(`\\b${MONTH}\\s+\\d{4}\\b`, "g")],
  ["date", /\b(?:19|20)\d{2}\b/g],
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
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  for (const mention of found) {
    const last = kept.at(-1);
    if (last && mention.start < last.end) continue;
    kept.push(mention);
  }
  return kept;
}
