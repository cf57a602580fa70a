import type { TextRange } from "../schema/index.ts";

/**
 * The sentences of a seed's verbatim text, as ranges: a sentence ends at a line break, or at
 * . ! ? followed by white space. Abbreviations such as "U.S." split a sentence in two, which
 * only ever makes credit stricter, never looser.
 */
export function sentenceRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?][”’"')]*(?=\s)|\n/g)) {
    const end = match.index + match[0].length;
    if (text.slice(start, end).trim()) ranges.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) ranges.push({ start, end: text.length });
  return ranges;
}
