// Quotes are matched after normalising only whitespace, typographic quotes and dashes, so a
// claim can be typed with plain ASCII punctuation but must keep every word, letter and case.
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;
const WHITESPACE = /\s/;

/** Normalised text, and for each of its characters the index it came from in the original. */
export interface NormalizedText {
  text: string;
  origin: number[];
}

function normalizeChar(char: string): string {
  if (SINGLE_QUOTES.test(char)) return "'";
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (DASHES.test(char)) return "-";
  return char;
}

/** Collapses whitespace runs to one space and maps typographic quotes and dashes to ASCII. */
export function normalize(input: string): NormalizedText {
  let text = "";
  const origin: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (WHITESPACE.test(char)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    if (pendingSpace >= 0 && text.length > 0) {
      text += " ";
      origin.push(pendingSpace);
    }
    pendingSpace = -1;
    text += normalizeChar(char);
    origin.push(i);
  }
  return { text, origin };
}

/** The normalised form of a short string, for comparisons that need no offsets. */
export function normalized(input: string): string {
  return normalize(input).text;
}
