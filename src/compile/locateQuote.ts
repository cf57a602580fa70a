import type { TextRange } from "../schema/index.ts";
import type { NormalizedText } from "./normalize.ts";
import { normalized } from "./normalize.ts";

/**
 * Where `quote` first occurs in a seed, as offsets into the seed's verbatim text, or null.
 * Matching ignores only differences in whitespace, typographic quotes and dashes.
 */
export function locateQuote(seed: NormalizedText, quote: string): TextRange | null {
  const needle = normalized(quote);
  if (needle.length === 0) return null;
  const at = seed.text.indexOf(needle);
  if (at < 0) return null;
  const start = seed.origin[at]!;
  const end = seed.origin[at + needle.length - 1]! + 1;
  return { start, end };
}

/** True when `inner` lies wholly inside `outer`. */
export function within(inner: TextRange, outer: TextRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when the two ranges share at least one character. */
export function overlaps(a: TextRange, b: TextRange): boolean {
  return a.start < b.end && b.start < a.end;
}
